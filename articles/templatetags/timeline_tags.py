"""The server-drawn timeline of a person's, country's or tag's articles."""

from django import template

from articles.timeline import render_timeline

register = template.Library()


@register.simple_tag(takes_context=True)
def timeline_chart(context, timeline, timeline_id):
    """Render `timeline` as an SVG figure whose bars keep the current filters."""
    return render_timeline(timeline, timeline_id, context.request.GET)
