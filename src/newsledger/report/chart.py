"""The estimates-over-time chart as inline SVG, drawn here in Python: no chart library, no script, no network.

Colours and sizes are SVG presentation attributes (not ``style=``), so the chart passes a CSP that forbids inline
styles. Every point links to the figure's sentence in the article.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from markupsafe import Markup, escape

from newsledger.ledger import Ledger

# Okabe–Ito: tells sources apart for colour-blind readers too, and prints on grey.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D31")
WIDTH, HEIGHT = 640, 280
LEFT, RIGHT, TOP, BOTTOM = 64, 20, 16, 44
INSET = 36  # keeps the first and last points (and their date labels) clear of the plot's edges
LOWER = frozenset({"more than", "at least"})
UPPER = frozenset({"up to", "fewer than"})


@dataclass(frozen=True)
class ChartPoint:
    date: str | None
    value: float | None
    series: str
    href: str
    label: str
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Band:
    low: float | None
    best: float | None
    high: float | None
    high_open: bool = False  # the largest bound is a floor ("more than 3,000"): drawn open to the top, "3,000+"


def parse_date(value: str | None) -> dt.date | None:
    """'2025-03-14', or '2025-03' read as the first of the month; anything else is undated."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(value[: len(fmt) + 2], fmt).date()
        except ValueError:
            continue
    return None


def series_colours(names: list[str]) -> dict[str, str]:
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(dict.fromkeys(names))}


def number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _ticks(top: float) -> list[float]:
    """Round y ticks (1, 2, 5 × 10^k) from 0 to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    return [step * i for i in range(int(math.ceil(top / step)) + 1)]


def _marker(x: float, y: float, qualifier: str | None, colour: str) -> str:
    if qualifier in LOWER:  # a floor: the triangle points up, the way the true number lies
        return f'<path d="M{x:.1f} {y - 6:.1f}L{x + 6:.1f} {y + 4:.1f}L{x - 6:.1f} {y + 4:.1f}Z" fill="{colour}"/>'
    if qualifier in UPPER:
        return f'<path d="M{x:.1f} {y + 6:.1f}L{x + 6:.1f} {y - 4:.1f}L{x - 6:.1f} {y - 4:.1f}Z" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>'


# A chart written as a file of its own has no report stylesheet: the report's chart rules, colours written out.
STANDALONE_CSS = (".grid{stroke:#e6e8ec;stroke-width:1}.axis{stroke:#5b616b;stroke-width:1}"
                  ".tick,.best-label,.legend{fill:#5b616b;font-size:13px;font-family:sans-serif}"
                  ".band{fill:#0b5cad;fill-opacity:.12}.best{stroke:#0b5cad;stroke-width:1.5;stroke-dasharray:5 4}"
                  ".title{fill:#1d1f23;font-size:15px;font-weight:bold;font-family:sans-serif}")
LEGEND_ROW, LEGEND_COLUMNS, HEADER = 22, 3, 28


def estimate_chart(points: list[ChartPoint], band: Band | None, title: str, *, standalone: bool = False
                   ) -> Markup | None:
    """A line per source through its estimates by date, the reconciled low–high band and best line; None when
    nothing has both a date and a value. `standalone`: an SVG file of its own (newsledger chart) — its title
    above, a legend of sources below, styles inside, and no links into a report it is not part of."""
    dated = [(parse_date(p.date), p) for p in points]
    dated = [(d, p) for d, p in dated if d is not None and p.value is not None]
    if not dated:
        return None
    days = [d.toordinal() for d, _ in dated]
    x0, x1 = min(days), max(days)
    if x1 - x0 < 2:
        x0, x1 = x0 - 1, x1 + 1
    tops = [p.high if p.high is not None else p.value for _, p in dated]
    if band is not None:
        tops += [v for v in (band.high, band.best) if v is not None]
    ticks = _ticks(max(t for t in tops if t is not None) * 1.08)
    y_top = ticks[-1] or 1.0
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(day: int) -> float:
        return LEFT + INSET + (day - x0) / (x1 - x0) * (plot_w - 2 * INSET)

    def sy(value: float) -> float:
        return TOP + plot_h - value / y_top * plot_h

    colours = series_colours([p.series for _, p in sorted(dated, key=lambda dp: (dp[0], dp[1].series))])
    # Sources reporting on one day would hide each other: spread them a few pixels apart.
    nudge = {name: (i - (len(colours) - 1) / 2) * 4 for i, name in enumerate(colours)}
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}" '
             f'xmlns="http://www.w3.org/2000/svg">', f"<title>{escape(title)}</title>"]
    if standalone:
        rows = math.ceil(len(colours) / LEGEND_COLUMNS)
        height = HEADER + HEIGHT + rows * LEGEND_ROW + 8
        parts = [f'<svg viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
                 f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
                 f"<title>{escape(title)}</title><style>{STANDALONE_CSS}</style>",
                 f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>',
                 f'<text class="title" x="{LEFT}" y="19">{escape(title)}</text>',
                 f'<g transform="translate(0 {HEADER})">']
    for t in ticks:
        y = sy(t)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{number(t)}</text>')
    label_days = sorted(set(days))
    step = max(1, math.ceil(len(label_days) / 5))
    for day in label_days[::step]:
        x = sx(day)
        parts.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{TOP}" y2="{TOP + plot_h}"/>')
        parts.append(f'<text class="tick" x="{x:.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">'
                     f"{dt.date.fromordinal(day).isoformat()}</text>")
    if band is not None and band.low is not None and band.high is not None:
        y_hi, y_lo = (TOP if band.high_open else sy(band.high)), sy(band.low)
        parts.append(f'<rect class="band" x="{LEFT}" y="{y_hi:.1f}" width="{plot_w}" '
                     f'height="{max(y_lo - y_hi, 1.5):.1f}"><title>reconciled low {number(band.low)} – high '
                     f"{number(band.high)}{'+ (open: the largest figure is a floor)' if band.high_open else ''}"
                     f"</title></rect>")
    if band is not None and band.best is not None:
        y = sy(band.best)
        parts.append(f'<line class="best" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="best-label" x="{WIDTH - RIGHT - 4}" y="{y - 5:.1f}" text-anchor="end">'
                     f"best {number(band.best)}</text>")
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>')
    for name, colour in colours.items():
        mine = sorted(((d.toordinal(), p) for d, p in dated if p.series == name), key=lambda dp: dp[0])
        coords = [(sx(day) + nudge[name], sy(p.value)) for day, p in mine if p.value is not None]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            parts.append(f'<polyline class="series" points="{path}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"/>')
        for (x, y), (_, p) in zip(coords, mine, strict=True):
            whisker = ""
            if p.low is not None and p.high is not None and p.high > p.low:
                whisker = (f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{sy(p.high):.1f}" y2="{sy(p.low):.1f}" '
                           f'stroke="{colour}" stroke-width="2"/>')
            inner = f"<title>{escape(p.label)}</title>{whisker}{_marker(x, y, p.qualifier, colour)}"
            parts.append(f'<g class="point">{inner}</g>' if standalone else
                         f'<a class="point" href="#{escape(p.href)}" aria-label="{escape(p.label)}">{inner}</a>')
    if standalone:
        parts.append("</g>")
        for i, (name, colour) in enumerate(colours.items()):
            x = LEFT + (i % LEGEND_COLUMNS) * ((WIDTH - LEFT) // LEGEND_COLUMNS)
            y = HEADER + HEIGHT + (i // LEGEND_COLUMNS) * LEGEND_ROW + 8
            parts.append(f'<circle cx="{x + 5}" cy="{y}" r="5" fill="{colour}"/>'
                         f'<text class="legend" x="{x + 15}" y="{y + 4}">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def render_png(svg: str) -> bytes:
    """The chart as PNG, rendered by resvg (the optional `png` extra; a renderer compiled into its wheel, so no
    system library is needed). RuntimeError when it is not installed."""
    try:
        import resvg_py
    except ImportError:
        raise RuntimeError("PNG output needs the resvg renderer: pip install 'newsledger[png]' "
                           "(or write --svg and convert it with any SVG tool)") from None
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff", zoom=2.0))


def quantity_chart(ledger: Ledger, story: str, quantity: str | None = None) -> str:
    """The standalone SVG of one quantity's estimates in `story`: the chart the report shows for it. `quantity` is
    an estimate id or its figure alignment's id (default: the quantity with the most dated estimates). KeyError
    when there is no such quantity, ValueError when it has nothing to chart."""
    from newsledger.compare.labels import category_words, figure_phrase, outlet_label

    estimates = [e for e in ledger.estimates if e.story == story]
    if quantity is not None:
        estimates = [e for e in estimates if quantity in (e.id, e.alignment)]
        if not estimates:
            raise KeyError(quantity)
    if not estimates:
        raise ValueError(f"story {story} has no estimates to chart")
    est = max(estimates, key=lambda e: (sum(1 for p in e.points if p.date and p.value is not None), e.id))
    articles = {a.id: a for a in ledger.articles}
    names = {s.id: s.name for s in ledger.sources}
    figures = {f.id: f for f in ledger.figures}
    points = []
    for p in est.points:
        art = articles.get(p.article)
        outlet = outlet_label(art) if art is not None else p.article
        series = names.get(p.source or "") or outlet
        phrase = figure_phrase(figures[p.figure]) if p.figure in figures else number(p.value or 0)
        points.append(ChartPoint(date=p.date, value=p.value, series=series, href=p.figure,
                                 label=f"{series}, {p.date or 'undated'}: {phrase} ({outlet})", low=p.low,
                                 high=p.high, qualifier=p.qualifier))
    what = " ".join(x for x in (est.counted, category_words(est.category)) if x) or "figure"
    span = "running total" if est.span == "total" else f"per {est.span}"
    chart = estimate_chart(points, Band(est.low, est.best, est.high), f"Estimates over time: {what}, {span}",
                           standalone=True)
    if chart is None:
        raise ValueError(f"quantity {est.id} has no dated estimate to chart")
    return str(chart)
