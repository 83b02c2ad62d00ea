from django.urls import path

from articles import feeds
from articles.views import browse, exports, search

app_name = "articles"

urlpatterns = [
    path("", search.ArticleListView.as_view(), name="article-list"),
    path(
        "articles/<int:pk>-<str:slug>/", search.ArticleDetailView.as_view(), name="article-detail"
    ),
    path("articles/<int:pk>/", search.ArticleDetailView.as_view(), name="article-detail-short"),
    path("people/", browse.PersonListView.as_view(), name="person-list"),
    path("people/<slug:slug>/", browse.person_detail, name="person-detail"),
    path("people/<slug:slug>/feed/", feeds.PersonFeed(), name="person-feed"),
    path("countries/", browse.CountryListView.as_view(), name="country-list"),
    path("countries/<str:code>/", browse.country_detail, name="country-detail"),
    path("countries/<str:code>/feed/", feeds.CountryFeed(), name="country-feed"),
    path("tags/", browse.TagListView.as_view(), name="tag-list"),
    path("tags/<slug:slug>/", browse.tag_detail, name="tag-detail"),
    path("tags/<slug:slug>/feed/", feeds.TagFeed(), name="tag-feed"),
    path("feed/", feeds.SearchFeed(), name="search-feed"),
    path("export.csv", exports.export_csv, name="export-csv"),
    path("export.json", exports.export_json, name="export-json"),
]
