"""The v2 columns of figures (trade figures, proposal money, quantities) and the rules a load
checks across articles: a ``same_as`` or a quantity's link names a key of any article, and a
figure group has at most one preferred figure, including figures of articles not read again.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from psycopg.types.json import Jsonb

from coopdb.curation import corpus as c
from coopdb.errors import ProblemsError
from coopdb.load.engine import Row, Table

if TYPE_CHECKING:
    from coopdb.load.facts import _Mirror

NOTHING_LOADED = "nothing was loaded"

PERIOD_SUFFIXES = (
    "kind",
    "months",
    "basis",
    "note",
    "citation",
    "start_precision",
    "end_precision",
)
ERROR_COLUMNS = (
    "source_error",
    "source_error_note",
    "corrected_low",
    "corrected_high",
    "corrected_best",
    "corrected_text",
    "corrected_citation",
)
TRADE_FIGURE_COLUMNS = (
    "status",
    "value_best",
    "value_qualifier_words",
    *(f"period_{suffix}" for suffix in PERIOD_SUFFIXES),
    *(f"compared_{suffix}" for suffix in PERIOD_SUFFIXES),
    "change_low_pct",
    "change_high_pct",
    "change_best_pct",
    "change_qualifier",
    "change_qualifier_words",
    "change_text",
    "change_direction",
    "prior_value_low",
    "prior_value_high",
    "rank",
    *ERROR_COLUMNS,
)
"""Appended after the v1 columns of a trade figure row (``load.rows._trade_row``)."""
PROPOSAL_MONEY_COLUMNS = (
    "amount_best",
    "amount_qualifier_words",
    "amount_status",
    *ERROR_COLUMNS,
)


def _json(citation: c.Citation | None) -> Jsonb | None:
    return None if citation is None else Jsonb(citation.as_json())


def period_values(period: c.Period) -> Row:
    return (
        period.kind,
        period.months,
        period.basis,
        period.note,
        _json(period.citation),
        period.start_precision,
        period.end_precision,
    )


def _cents(value: Decimal | None) -> Decimal | None:
    """A corrected quantity kept in a money column (two places)."""
    return None if value is None else value.quantize(Decimal("0.01"))


def error_values(error: c.SourceError | None) -> Row:
    if error is None:
        return (False, None, None, None, None, None, None)
    return (
        True,
        error.note,
        _cents(error.corrected_low),
        _cents(error.corrected_high),
        _cents(error.corrected_best),
        error.corrected_text,
        _json(error.citation),
    )


def trade_figure_values(f: c.TradeFigure) -> Row:
    change = f.change
    return (
        f.status,
        f.value.best,
        f.value.qualifier_words,
        *period_values(f.period),
        *period_values(f.compared_with),
        change.low_pct if change else None,
        change.high_pct if change else None,
        change.best_pct if change else None,
        change.qualifier if change else None,
        change.qualifier_words if change else None,
        change.text if change else None,
        change.direction if change else ("unchanged" if f.change_pct == 0 else _way(f)),
        f.prior_low,
        f.prior_high,
        f.rank,
        *error_values(f.source_error),
    )


def _way(f: c.TradeFigure) -> str | None:
    """A v1 ``change_pct`` says its direction by its sign."""
    if f.change_pct is None:
        return None
    return "increase" if f.change_pct > 0 else "decrease"


def proposal_money(p: c.Proposal) -> Row:
    amount = p.amount
    return (
        amount.best if amount else None,
        amount.qualifier_words if amount else None,
        p.amount_status if amount else None,
        *error_values(p.amount_source_error),
    )


# --- rules across articles -------------------------------------------------------------------


def _live(mirror: _Mirror) -> tuple[str, dict[str, Any]]:
    """SQL for the trade figures as they will be after this load (stale rows of the synced
    sources are deleted only at its end), with its parameters."""
    wanted = [(mirror.source_id[s.key], f.key) for s in mirror.changed for f in s.trade_figures]
    return (
        "SELECT t.* FROM core.trade_figures t WHERE NOT (t.source_id = ANY(%(sources)s))"
        " OR (t.source_id, t.key) IN"
        " (SELECT * FROM unnest(%(wanted_sources)s::bigint[], %(wanted_keys)s::text[]))",
        {
            "sources": mirror.scope["sources"],
            "wanted_sources": [w[0] for w in wanted],
            "wanted_keys": [w[1] for w in wanted],
        },
    )


def _describe(rows: list[tuple[Any, ...]], message: str) -> list[str]:
    return [message.format(*row) for row in rows]


def link_figures(mirror: _Mirror) -> None:
    """Set ``same_as_id`` from each synced figure's ``same_as`` key (a figure of any article),
    then refuse two preferred figures in one figure group."""
    cur = mirror.driver.cursor()
    ids: list[int] = []
    keys: list[str] = []
    targets: list[str | None] = []
    for s in mirror.changed:  # columns, not the figures: every article's are read here
        source = mirror.source_id[s.key]
        for f in s.trade_figures:
            ids.append(source)
            keys.append(f.key)
            targets.append(f.same_as)
    live, params = _live(mirror)
    params |= {"ids": ids, "keys": keys, "targets": targets}
    rows = cur.execute(
        f"WITH live AS ({live}),"
        " w AS (SELECT * FROM unnest(%(ids)s::bigint[], %(keys)s::text[], %(targets)s::text[])"
        "  AS w(source_id, key, target)),"
        " o AS (SELECT key, min(id) AS id FROM live GROUP BY key)"
        " SELECT f.id, w.target, o.id, s.file_name, w.key FROM w"
        " JOIN core.trade_figures f ON f.source_id = w.source_id AND f.key = w.key"
        " JOIN core.sources s ON s.id = w.source_id"
        " LEFT JOIN o ON o.key = w.target",
        params,
    ).fetchall()
    missing = [(file, key, target) for _, target, found, file, key in rows if target and not found]
    if missing:
        lines = _describe(
            missing, "{0}: trade figure '{1}': same_as names unknown trade figure '{2}'"
        )
        raise ProblemsError(lines, NOTHING_LOADED)
    cur.execute(
        "UPDATE core.trade_figures t SET same_as_id = w.target"
        " FROM unnest(%s::bigint[], %s::bigint[]) AS w(id, target)"
        " WHERE t.id = w.id AND t.same_as_id IS DISTINCT FROM w.target",
        ([r[0] for r in rows], [r[2] for r in rows]),
    )
    check_preferred(mirror, live, params)


GROUP_EDGES = """
f AS (
    SELECT t.id, t.same_as_id, t.rank,
           min(t.id) OVER (
               PARTITION BY t.region_id, t.flow, t.period_start, t.period_end,
                            CASE WHEN t.status IN ('actual', 'estimate') THEN 'history'
                                 ELSE t.status END
           ) AS attributes_first,
           t.period_start IS NOT NULL AND t.period_end IS NOT NULL AS has_interval
    FROM live t
), edge(a, b) AS (
    SELECT id, attributes_first FROM f WHERE has_interval AND id <> attributes_first
    UNION ALL SELECT attributes_first, id FROM f WHERE has_interval AND id <> attributes_first
    UNION ALL SELECT id, same_as_id FROM f WHERE same_as_id IS NOT NULL
    UNION ALL SELECT same_as_id, id FROM f WHERE same_as_id IS NOT NULL
)"""
"""Two figures are of one group when they have the same Russian region, flow, period interval
and status class (actual and estimate are history), or one names the other as ``same_as``;
as ``reporting.trade_figure_groups`` defines it."""


def check_preferred(mirror: _Mirror, live: str, params: dict[str, Any]) -> None:
    """At most one preferred figure per group, over every article (read again or not); a
    clash is told from the side of the article being loaded."""
    rows = mirror.driver.execute(
        f"WITH RECURSIVE live AS ({live}), {GROUP_EDGES},"
        " reach(origin, id) AS (SELECT id, id FROM f WHERE rank = 'preferred'"
        "  UNION SELECT r.origin, e.b FROM reach r JOIN edge e ON e.a = r.id)"
        " SELECT p.id, o.id, p.source_id, sp.file_name, p.key, so.file_name, o.key FROM reach r"
        " JOIN live p ON p.id = r.id AND p.rank = 'preferred' AND p.id <> r.origin"
        " JOIN live o ON o.id = r.origin"
        " JOIN core.sources sp ON sp.id = p.source_id JOIN core.sources so ON so.id = o.source_id"
        " ORDER BY 4, 5",
        params,
    ).fetchall()
    loading = {mirror.source_id[s.key] for s in mirror.changed}
    told: set[frozenset[int]] = set()
    clashes = []
    for p_id, o_id, _source, *names in sorted(rows, key=lambda r: r[2] not in loading):
        if frozenset((p_id, o_id)) not in told:
            told.add(frozenset((p_id, o_id)))
            clashes.append(tuple(names))
    if clashes:
        lines = _describe(
            sorted(clashes),
            "{0}: trade figure '{1}' is ranked preferred, as is '{3}' ({2}) of the same"
            " figure group: rank one figure of a group preferred",
        )
        raise ProblemsError(lines, NOTHING_LOADED)


# --- quantities ------------------------------------------------------------------------------

LINK_TABLES = {
    "proposal": "proposals",
    "meeting": "meetings",
    "twinning": "twinning_agreements",
    "statement": "statements",
    "trade_figure": "trade_figures",
}
QUANTITY_COLUMNS = (
    "region_id",
    "what",
    "unit",
    "value_low",
    "value_high",
    "value_best",
    "value_qualifier",
    "value_qualifier_words",
    "value_text",
    "status",
    *(f"{kind}_id" for kind in LINK_TABLES),
    "period_label",
    "period_start",
    "period_end",
    *(f"period_{suffix}" for suffix in PERIOD_SUFFIXES),
    *ERROR_COLUMNS,
    "note",
    "quote",
    "quote_start",
    "quote_end",
)


def _link_ids(mirror: _Mirror) -> dict[tuple[str, str], dict[int, int]]:
    """(kind, key) → {source id: row id} for every key a synced quantity links to."""
    wanted: dict[str, set[str]] = {}
    for s in mirror.changed:
        for q in s.quantities:
            if q.link is not None:
                wanted.setdefault(q.link[0], set()).add(q.link[1])
    found: dict[tuple[str, str], dict[int, int]] = {}
    for kind, keys in wanted.items():
        rows = mirror.driver.execute(
            f"SELECT key, source_id, id FROM core.{LINK_TABLES[kind]} WHERE key = ANY(%s)",
            (sorted(keys),),
        )
        for key, source, row_id in rows:
            found.setdefault((kind, key), {})[source] = row_id
    return found


def _link(
    q: c.Quantity,
    source: tuple[int, str],
    found: dict[tuple[str, str], dict[int, int]],
    missing: list[str],
) -> list[int | None]:
    """The quantity's one link column set (its own article's row first), the others NULL."""
    ids: list[int | None] = [None] * len(LINK_TABLES)
    if q.link is None:
        return ids
    kind, key = q.link
    rows = found.get((kind, key), {})
    if not rows:
        what = kind.replace("_", " ")
        missing.append(f"{source[1]}: quantity '{q.key}': unknown {what} '{key}'")
        return ids
    ids[list(LINK_TABLES).index(kind)] = rows.get(source[0], min(rows.values()))
    return ids


def _quantity_row(
    q: c.Quantity, source: int, region_id: dict[Any, int], link: list[int | None]
) -> Row:
    v, p = q.value, q.period
    return (
        source,
        q.key,
        region_id[q.region] if q.region else None,
        q.what,
        q.unit,
        v.low,
        v.high,
        v.best,
        v.qualifier,
        v.qualifier_words,
        v.text,
        q.status,
        *link,
        p.label,
        p.start.earliest if p.start else None,
        p.end.latest if p.end else None,
        *period_values(p),
        *error_values(q.source_error),
        q.note,
        q.quote.text,
        q.quote.start,
        q.quote.end,
    )


def load_quantities(mirror: _Mirror) -> None:
    """Quantities of the synced sources, each linked to the fact it belongs to (any article's);
    runs after every fact it may link to is written."""
    found = _link_ids(mirror)
    missing: list[str] = []

    def rows() -> Iterator[Row]:
        for s in mirror.changed:
            source = mirror.source_id[s.key]
            for q in s.quantities:
                link = _link(q, (source, s.file_name), found, missing)
                yield _quantity_row(q, source, mirror.region_id, link)

    # Rows are streamed to the stage, not held: an unknown link refuses the load after it
    # (the caller's transaction rolls the staged rows back with the rest).
    mirror.sync.upsert(
        Table("quantities", ("source_id", "key"), QUANTITY_COLUMNS, mirror.in_scope),
        rows(),
        mirror.scope,
    )
    if missing:
        raise ProblemsError(missing, NOTHING_LOADED)
