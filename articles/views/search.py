"""The search page (the home page) and the article page."""

from django.shortcuts import redirect
from django.views.generic import DetailView, ListView

from articles.models import Article


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
