from django.urls import path

from articles.views import browse, search

app_name = "articles"

urlpatterns = [
    path("", search.ArticleListView.as_view(), name="article-list"),
    path(
        "articles/<int:pk>-<str:slug>/", search.ArticleDetailView.as_view(), name="article-detail"
    ),
    path("articles/<int:pk>/", search.ArticleDetailView.as_view(), name="article-detail-short"),
    path("people/<slug:slug>/", browse.person_detail, name="person-detail"),
    path("countries/<str:code>/", browse.country_detail, name="country-detail"),
    path("tags/<slug:slug>/", browse.tag_detail, name="tag-detail"),
]
