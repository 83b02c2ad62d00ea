"""Articles per month, drawn on the server as an inline SVG bar chart.

`month_counts` reads the counts in one query; `build_timeline` lays the bars out (every month
between the first and the last one, empty months included) so the template only prints numbers.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

HEIGHT = 170
PLOT_TOP = 14
PLOT_BOTTOM = 130  # bars stand on this line; month and year labels go below it
LEFT = 36
RIGHT = 30  # room for a year label that starts at the last bar
TARGET_PLOT_WIDTH = 720
MIN_STEP, MAX_STEP = 6, 48


@dataclass(frozen=True)
class Bar:
    month: datetime.date
    count: int
    x: float
    y: float
    width: float
    height: float
    active: bool

    @property
    def key(self) -> str:
        """Return the month as `YYYY-MM`, the value of the search's `month` filter."""
        return f"{self.month:%Y-%m}"

    @property
    def center(self) -> float:
        return round(self.x + self.width / 2, 1)


@dataclass(frozen=True)
class Label:
    x: float
    text: str


@dataclass(frozen=True)
class Timeline:
    bars: tuple[Bar, ...]
    year_labels: tuple[Label, ...]
    month_labels: tuple[Label, ...]
    width: float
    height: int
    max_count: int
    total: int
    plot_top: int = PLOT_TOP
    plot_bottom: int = PLOT_BOTTOM
    left: int = LEFT

    @property
    def plot_height(self) -> int:
        return self.plot_bottom - self.plot_top

    @property
    def first(self) -> datetime.date:
        return self.bars[0].month

    @property
    def last(self) -> datetime.date:
        return self.bars[-1].month

    @property
    def busiest(self) -> Bar:
        return max(self.bars, key=lambda bar: (bar.count, bar.month))

    @property
    def nonempty_bars(self) -> list[Bar]:
        return [bar for bar in self.bars if bar.count]


def month_counts(queryset) -> list[tuple[datetime.date, int]]:
    """Return `(first day of month, number of articles)` for the months that have articles."""
    rows = (
        queryset.order_by()
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
        .values_list("month", "n")
    )
    return list(rows)


def _next_month(day: datetime.date) -> datetime.date:
    return datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def build_timeline(counts, active: str | None = None) -> Timeline | None:
    """Lay out one bar per month from the first to the last month in `counts`.

    `active` is a `YYYY-MM` month to mark as selected. Return None when there is nothing to draw.
    """
    by_month = {month.replace(day=1): n for month, n in counts if n}
    if not by_month:
        return None
    months = []
    month, last = min(by_month), max(by_month)
    while month <= last:
        months.append(month)
        month = _next_month(month)
    step = max(MIN_STEP, min(MAX_STEP, TARGET_PLOT_WIDTH / len(months)))
    gap = max(1.0, step * 0.2)
    max_count = max(by_month.values())
    plot_height = PLOT_BOTTOM - PLOT_TOP
    bars, years, month_labels = [], [], []
    show_months = len(months) <= 24
    for i, month in enumerate(months):
        n = by_month.get(month, 0)
        x = LEFT + i * step
        height = max(2.0, round(plot_height * n / max_count, 1)) if n else 0
        bars.append(
            Bar(
                month=month,
                count=n,
                x=round(x + gap / 2, 1),
                y=round(PLOT_BOTTOM - height, 1),
                width=round(step - gap, 1),
                height=height,
                active=active == f"{month:%Y-%m}",
            )
        )
        if show_months:
            month_labels.append(Label(round(x + step / 2, 1), str(month.month)))
        if i == 0 or month.month == 1:
            years.append(Label(round(x + (step / 2 if show_months else 0), 1), str(month.year)))
    return Timeline(
        bars=tuple(bars),
        year_labels=tuple(_spaced(years, 34)),
        month_labels=tuple(_spaced(month_labels, 12)),
        width=round(LEFT + len(months) * step + RIGHT, 1),
        height=HEIGHT,
        max_count=max_count,
        total=sum(by_month.values()),
    )


def _spaced(labels: list[Label], room: float) -> list[Label]:
    """Drop labels that would overlap the previous one kept."""
    kept: list[Label] = []
    for label in labels:
        if not kept or label.x - kept[-1].x >= room:
            kept.append(label)
    return kept


def timeline_for(queryset, active: str | None = None) -> Timeline | None:
    """Return the timeline of the articles in `queryset` (one query)."""
    return build_timeline(month_counts(queryset), active=active)


def _month_name(month: datetime.date) -> str:
    return date_format(month, "F Y")


def render_timeline(timeline: Timeline | None, timeline_id: str, params) -> str:
    """Return the escaped HTML figure of `timeline`; each bar links to its month in `params`.

    Built in one pass here rather than with a template loop: a timeline of a dozen years has
    150 bars, and the tags per bar made it the slowest part of a person's or country's page.
    """
    if timeline is None:
        return ""
    base = params.copy()
    for name in ("page", "year", "date_from", "date_to"):
        base.pop(name, None)

    def href(bar: Bar) -> str:
        query = base.copy()
        query["month"] = bar.key
        return escape("?" + query.urlencode())

    tid = escape(timeline_id)
    width, height, left = timeline.width, timeline.height, timeline.left
    top, bottom = timeline.plot_top, timeline.plot_bottom
    first, last = _month_name(timeline.first), _month_name(timeline.last)
    busiest = timeline.busiest
    articles_word = escape(gettext("статей"))
    desc = gettext(
        "С %(first)s по %(last)s: всего статей — %(total)s; больше всего в месяц (%(most)s) — "
        "%(busiest)s. Таблица ниже повторяет данные."
    ) % {
        "first": first,
        "last": last,
        "total": timeline.total,
        "most": busiest.count,
        "busiest": _month_name(busiest.month),
    }
    out = [
        f'<figure class="timeline" aria-labelledby="{tid}-caption">',
        f'<figcaption id="{tid}-caption">{escape(gettext("Статьи по месяцам"))} '
        f'<span class="meta">{escape(first)} — {escape(last)} · {escape(gettext("всего"))} '
        f"{timeline.total}</span></figcaption>",
        f'<svg class="timeline-chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{tid}-title {tid}-desc">',
        f'<title id="{tid}-title">{escape(gettext("Число статей по месяцам"))}</title>',
        f'<desc id="{tid}-desc">{escape(desc)}</desc>',
        f'<line class="axis" x1="{left}" y1="{bottom}" x2="{width}" y2="{bottom}"/>',
        f'<line class="grid" x1="{left}" y1="{top}" x2="{width}" y2="{top}"/>',
        f'<text class="tick" x="{left - 4}" y="{top + 4}" text-anchor="end">'
        f"{timeline.max_count}</text>",
        f'<text class="tick" x="{left - 4}" y="{bottom}" text-anchor="end">0</text>',
    ]
    rows = []
    for bar in timeline.bars:
        if not bar.count:
            continue
        link, name = href(bar), escape(_month_name(bar.month))
        active = " active" if bar.active else ""
        out.append(
            f'<a class="bar{active}" href="{link}" aria-label="{name}: {bar.count}" '
            f'data-month="{bar.key}"><rect class="hit" x="{bar.x}" y="{top}" '
            f'width="{bar.width}" height="{timeline.plot_height}"/><rect x="{bar.x}" '
            f'y="{bar.y}" width="{bar.width}" height="{bar.height}"><title>{name} — '
            f"{articles_word}: {bar.count}</title></rect></a>"
        )
        rows.append(f'<tr><td><a href="{link}">{name}</a></td><td>{bar.count}</td></tr>')
    for label in timeline.month_labels:
        out.append(
            f'<text class="month" x="{label.x}" y="{bottom + 14}" text-anchor="middle">'
            f"{escape(label.text)}</text>"
        )
    anchor = "middle" if timeline.month_labels else "start"
    for label in timeline.year_labels:
        out.append(
            f'<text class="year" x="{label.x}" y="{bottom + 32}" text-anchor="{anchor}">'
            f"{escape(label.text)}</text>"
        )
    out += [
        "</svg>",
        '<details class="timeline-table">',
        f"<summary>{escape(gettext('Таблица по месяцам'))}</summary>",
        f'<table><thead><tr><th scope="col">{escape(gettext("Месяц"))}</th>'
        f'<th scope="col">{escape(gettext("Статей"))}</th></tr></thead>',
        f"<tbody>{''.join(rows)}</tbody></table>",
        "</details>",
        "</figure>",
    ]
    return mark_safe("\n".join(out))  # every interpolated text is escaped above
