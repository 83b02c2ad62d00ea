import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
application = get_wsgi_application()

from articles.facet_index import warm  # noqa: E402  (needs the app registry)

warm()
