"""Charts of the HTML pages: Vega-Lite specifications rendered to SVG offline.

``vl-convert-python`` carries Vega and Vega-Lite inside one wheel, with no dependencies and no
network access, so a chart is drawn by a maintained grammar of graphics rather than by hand,
and the page gets plain SVG. It is imported here only, on the HTML path: the other commands
never load it. The SVG is embedded as a ``data:`` image, so its alt text is the image's own
and the page's Content-Security-Policy needs no inline style for it.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Sequence
from html import escape
from typing import Any

from coopdb.errors import CoopdbError

INSTALL_HINT = "the HTML pages need the html extra: pip install 'coopdb[html]'"

STATUS_COLOURS = {
    "actual": "#1d4ed8",
    "estimate": "#b45309",
    "forecast": "#7c3aed",
    "target": "#15803d",
    "allocation": "#be185d",
    "amount": "#475569",
}
"""One colour per figure status; anything but an actual is also drawn dashed and paler."""

PRECISION_LANES = ["day", "month", "year"]


class ChartsUnavailableError(CoopdbError):
    """The html extra is not installed: one line saying what to install."""


def require_charts() -> None:
    """Fail in one line, before any work, when the html extra is missing."""
    try:
        import vl_convert  # noqa: F401
    except ImportError as error:
        raise ChartsUnavailableError(INSTALL_HINT) from error


_TINY_SPEC: dict[str, Any] = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "data": {"values": [{"n": 1}]},
    "mark": "point",
    "encoding": {"x": {"field": "n", "type": "quantitative"}},
}


def start_engine() -> threading.Thread:
    """Start vl-convert's JavaScript engine in the background: its first conversion spends
    seconds starting it, and it runs without the GIL, so it starts while the page's
    queries run and the page is built; the charts then wait only for what is left."""
    require_charts()
    import vl_convert

    thread = threading.Thread(target=vl_convert.vegalite_to_svg, args=(_TINY_SPEC,), daemon=True)
    thread.start()
    return thread


def _svg(spec: dict[str, Any]) -> str:
    require_charts()
    import vl_convert

    return str(vl_convert.vegalite_to_svg(spec))


def chart_image(spec: dict[str, Any], alt: str) -> str:
    """One chart as an ``<img>`` of inline SVG with its alt text (no request, any viewer)."""
    data = base64.b64encode(_svg(spec).encode()).decode()
    return f'<img class="chart" src="data:image/svg+xml;base64,{data}" alt="{escape(alt)}">'


def _base(values: Sequence[dict[str, Any]], title: str) -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": title,
        "width": 640,
        "data": {"values": list(values)},
        "config": {"font": "sans-serif", "view": {"stroke": None}},
    }


def trade_spec(values: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Each figure a box over its period from low to high, its best value a diamond;
    colour by status, non-actuals dashed. ``values``: start, end, low, high, best, status,
    label (ISO dates, millions of US dollars)."""
    statuses = sorted({v["status"] for v in values})
    colour = {
        "field": "status",
        "type": "nominal",
        "scale": {"domain": statuses, "range": [STATUS_COLOURS.get(s, "#444") for s in statuses]},
        "legend": {"title": "status"},
    }
    x = {"field": "start", "type": "temporal", "title": "period", "scale": {"padding": 30}}
    box = {
        "x": x,
        "x2": {"field": "end"},
        "y": {"field": "low", "type": "quantitative", "title": "US$ million"},
        "y2": {"field": "high"},
        "color": colour,
        "stroke": colour,
    }
    spec = _base(values, "Trade figures over their periods (US$ million)")
    spec["height"] = 260
    spec["layer"] = [
        {
            "transform": [{"filter": "datum.status === 'actual'"}],
            "mark": {"type": "rect", "strokeWidth": 2, "fillOpacity": 0.35},
            "encoding": box,
        },
        {
            "transform": [{"filter": "datum.status !== 'actual'"}],
            "mark": {"type": "rect", "strokeWidth": 2, "fillOpacity": 0.1, "strokeDash": [5, 3]},
            "encoding": box,
        },
        {
            "mark": {"type": "point", "shape": "diamond", "filled": True, "size": 90},
            "encoding": {
                "x": {"field": "middle", "type": "temporal"},
                "y": {"field": "best", "type": "quantitative"},
                "color": colour,
            },
        },
        {
            "mark": {"type": "text", "dy": -10, "fontSize": 10},
            "encoding": {
                "x": {"field": "middle", "type": "temporal"},
                "y": {"field": "high", "type": "quantitative"},
                "text": {"field": "label"},
            },
        },
    ]
    return spec


def meetings_spec(values: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Meetings on a time line, one lane per date precision; a month or a year is drawn as
    the span it covers. ``values``: earliest, latest, middle (ISO dates), precision, label."""
    spec = _base(values, "Meetings by date, one lane per precision of the date")
    y = {
        "field": "precision",
        "type": "nominal",
        "scale": {"domain": PRECISION_LANES},
        "title": "date known to the",
    }
    x = {"field": "earliest", "type": "temporal", "title": "date", "scale": {"padding": 50}}
    spec["height"] = 120
    spec["layer"] = [
        {
            "mark": {"type": "bar", "height": 10, "opacity": 0.35, "color": "#6d28d9"},
            "encoding": {"x": x, "x2": {"field": "latest"}, "y": y},
        },
        {
            "mark": {"type": "point", "filled": True, "size": 80, "color": "#6d28d9"},
            "encoding": {"x": {"field": "middle", "type": "temporal"}, "y": y},
        },
        {
            "mark": {"type": "text", "dy": -12, "fontSize": 10},
            "encoding": {
                "x": {"field": "middle", "type": "temporal"},
                "y": y,
                "text": {"field": "label"},
            },
        },
    ]
    return spec


def counts_spec(
    values: Sequence[dict[str, Any]], title: str, x_title: str = "count"
) -> dict[str, Any]:
    """Horizontal stacked bars: ``values`` rows of group, part, count."""
    spec = _base(values, title)
    spec["mark"] = "bar"
    spec["encoding"] = {
        "y": {"field": "group", "type": "nominal", "title": None},
        "x": {
            "field": "count",
            "type": "quantitative",
            "title": x_title,
            "axis": {"tickMinStep": 1, "format": "d"} if x_title == "count" else {},
        },
        "color": {"field": "part", "type": "nominal", "title": "status"},
    }
    return spec
