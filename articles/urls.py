from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<int:pk>-<str:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("articles/<int:pk>/", views.ArticleDetailView.as_view(), name="article-detail-short"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("countries/<str:code>/", views.country_detail, name="country-detail"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag-detail"),
]
