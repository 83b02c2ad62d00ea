"""Template filters of the search pages: hit marking (escape first, then mark) and plurals."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles import search as article_search

register = template.Library()


@register.filter
def highlight(text, parsed) -> SafeString:
    """Escape `text` and wrap the words matching the parsed query in <mark>."""
    return article_search.highlight(str(text or ""), parsed or None)


@register.filter
def snippet(article, parsed) -> SafeString:
    """Return an escaped, marked window of the article's lead or body around the first hit."""
    texts = [article.lead]
    if parsed:
        texts.append(article.body)
    return article_search.snippet(texts, parsed or None)


@register.filter
def plural_ru(number, forms: str) -> str:
    """Return the Russian plural form for `number` from "статья,статьи,статей"."""
    one, few, many = ([*forms.split(","), "", ""])[:3]
    n = abs(int(number or 0))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


@register.filter
def paragraphs_marked(text, parsed) -> list[SafeString]:
    """Split a body into paragraphs, each escaped and marked."""
    return [
        article_search.highlight(p, parsed or None) if parsed else mark_safe(escape(p))
        for p in str(text or "").split("\n\n")
        if p.strip()
    ]
