"""The search page (the home page) and the article page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.shortcuts import redirect
from django.views.generic import DetailView, ListView

from articles.facets import facet_context
from articles.filters import ArticleFilter
from articles.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticleTag,
    Country,
    Person,
    Quote,
)
from articles.search import RANK_WINDOW, parse_query

# The body is read for the snippet of a search (TOAST reads of one page of rows only).
RESULT_FIELDS = (
    "id", "title", "date", "date_month_only", "outlet", "language", "lead", "body", "views",
    "country_codes", "speaker_ids",
)  # fmt: skip


class CountedPaginator(Paginator):
    """A paginator told the total in advance (the facet query already counted the matches)."""

    def __init__(self, *args, count: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if count is not None:
            self.__dict__["count"] = count


def attach_result_links(articles) -> None:
    """Set `country_list` and `speaker_list` on each result, in two queries for the page."""
    codes = {code for a in articles for code in a.country_codes}
    speaker_ids = {pk for a in articles for pk in a.speaker_ids}
    countries = {c.code: c for c in Country.objects.filter(code__in=codes)} if codes else {}
    people = (
        {p.pk: p for p in Person.objects.filter(pk__in=speaker_ids).only("name", "slug")}
        if speaker_ids
        else {}
    )
    for article in articles:
        article.country_list = sorted(
            (countries[c] for c in article.country_codes if c in countries),
            key=lambda c: c.name_ru,
        )
        article.speaker_list = [people[pk] for pk in article.speaker_ids if pk in people]


class ArticleListView(ListView):
    """Search and browse: a query, filters, facets and one page of results."""

    template_name = "articles/article_list.html"
    paginate_by = 20
    paginator_class = CountedPaginator

    def get_queryset(self):
        self.filterset = ArticleFilter(self.request.GET, queryset=Article.objects.all())
        facets = self.facets = facet_context(self.filterset.qs, self.request.GET)
        return self.filterset.results(facets["total"], facets["newest"]).only(*RESULT_FIELDS)

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kw):
        count = self.facets["total"]
        if self.filterset.sort_name == "relevance":
            count = min(count, RANK_WINDOW)  # see articles.search.top_ranked
        return CountedPaginator(queryset, per_page, orphans, allow_empty_first_page, count=count)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        results = list(context["object_list"])
        attach_result_links(results)
        search = self.filterset.search
        q = self.request.GET.get("q", "").strip()
        by_date = self.request.GET.copy()
        by_date.pop("page", None)
        by_date["sort"] = "date"
        context.update(
            by_date="?" + by_date.urlencode(),
            object_list=results,
            filter=self.filterset,
            form=self.filterset.form,
            search=search,
            q=q[:500],
            facets=self.facets,
            total=self.facets["total"],
            active_filters=self.filterset.active_filters(),
            jump_person=self.filterset.person_match,
            sort=self.filterset.sort_name,
            ranked_window=RANK_WINDOW
            if self.filterset.sort_name == "relevance" and self.facets["total"] > RANK_WINDOW
            else None,
        )
        return context


class ArticleDetailView(DetailView):
    """The permanent page of one article; `?q=` marks the search terms."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.prefetch_related(
            Prefetch(
                "person_links",
                queryset=ArticlePerson.objects.select_related("person").order_by(
                    "-speaker", "-mentions", "person__name"
                ),
            ),
            Prefetch(
                "country_links",
                queryset=ArticleCountry.objects.select_related("country").order_by(
                    "-in_headline", "-mentions", "country__name_ru"
                ),
            ),
            Prefetch("tag_links", queryset=ArticleTag.objects.select_related("tag")),
            Prefetch("quotes", queryset=Quote.objects.select_related("person")),
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if kwargs.get("slug") != self.object.slug:
            url = self.object.get_absolute_url()
            if request.GET:
                url += "?" + request.GET.urlencode()
            return redirect(url, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        q = self.request.GET.get("q", "")[:500]
        context.update(
            search=parse_query(q),
            q=q,
            related=self.related(article),
            permalink=self.request.build_absolute_uri(article.get_absolute_url()),
        )
        return context

    def related(self, article, limit: int = 6):
        """Return recent articles sharing the most people (then countries) with this one."""
        # Kazakhstan is in nearly every article: it does not make two articles related.
        codes = [c for c in article.country_codes if c != "KZ"]
        if not article.person_ids and not codes:
            return []
        candidates = list(
            Article.objects.filter(
                Q(person_ids__overlap=article.person_ids or [0])
                | Q(country_codes__overlap=codes or ["--"])
            )
            .exclude(pk=article.pk)
            .order_by("-date", "-id")
            .only("id", "title", "date", "outlet", "person_ids", "country_codes")[:200]
        )
        people, countries = set(article.person_ids), set(codes)

        def shared(other):
            return 2 * len(people & set(other.person_ids)) + len(
                countries & set(other.country_codes)
            )

        candidates.sort(key=lambda other: (-shared(other), -other.date.toordinal()))
        return candidates[:limit]
