from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Архив парламентской дипломатии"
admin.site.site_title = "Архив: редакция"

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("articles.urls")),
]
