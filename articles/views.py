"""Public pages of the archive."""

from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView

from articles.models import Article, Country, Person, Tag


class ArticleListView(ListView):
    """The home page: newest articles first."""

    template_name = "articles/article_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Article.objects.prefetch_related("countries").order_by("-date", "-id")


class ArticleDetailView(DetailView):
    model = Article
    template_name = "articles/article_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return redirect(f"/?person={person.pk}")


def country_detail(request, code):
    country = get_object_or_404(Country, code=code.upper())
    return redirect(f"/?country={country.code}")


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return redirect(f"/?tag={tag.slug}")
