"""Global keys in the database: one event, several articles.

A fact may refer to a fact of another article by its global key (a proposal made at a meeting
another article reports, an attestation). A load syncs only the articles that changed, so the
keys of the others are in the database, and three things are checked there, inside the load's
transaction, before anything is removed:

- a key a changed article defines is not also defined by an article skipped as unchanged;
- a reference to a key no article read defines names a key an unchanged article defines;
- a fact an unchanged article refers to or attests is not removed or renamed (a foreign key
  would otherwise null the reference, or refuse with a database error): one line per problem.

A fact whose key moved to another changed article keeps its references: they are pointed at
the new row before the old one is removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from psycopg import sql

from coopdb.curation.spool import SpooledSource
from coopdb.errors import ProblemsError

if TYPE_CHECKING:
    from coopdb.load.sources import _SourceSteps

KEYED = {
    "meeting": "meetings",
    "proposal": "proposals",
    "trade_figure": "trade_figures",
    "twinning": "twinning_agreements",
    "quantity": "quantities",
    "statement": "statements",
}
"""Each kind of globally keyed fact and its table."""

REFERRERS: tuple[tuple[str, str, str, str | None], ...] = (
    ("proposals", "meeting_id", "meeting", "proposal"),
    ("statements", "meeting_id", "meeting", "statement"),
    *(
        ("quantities", f"{kind}_id", kind, "quantity")
        for kind in ("meeting", "proposal", "twinning", "statement", "trade_figure")
    ),
    *(
        ("attestations", f"{kind}_id", kind, None)
        for kind in ("meeting", "proposal", "trade_figure", "twinning", "statement")
    ),
    ("trade_figures", "same_as_id", "trade_figure", "trade figure"),
    ("twinning_agreements", "renews_id", "twinning", "twinning"),
)
"""(table, column, kind it refers to, what a row of the table is called; None: no key)."""


def _words(kind: str) -> str:
    return kind.replace("_", " ")


def _kept_keys(steps: _SourceSteps, kind: str, keys: Iterable[str]) -> dict[str, str]:
    """Those of ``keys`` that articles this load does not sync define → the file (only the
    keys asked about: the unchanged articles may define 100,000s)."""
    cur = steps.driver.cursor()
    cur.execute(
        sql.SQL(
            "SELECT t.key, s.file_name FROM {table} t JOIN core.sources s ON s.id = t.source_id"
            " WHERE t.key = ANY(%(keys)s) AND NOT (t.source_id = ANY(%(sources)s))"
        ).format(table=sql.Identifier("core", KEYED[kind])),
        {**steps.scope, "keys": sorted(set(keys))},
    )
    return {str(key): str(file) for key, file in cur.fetchall()}


def check_global_keys(steps: _SourceSteps) -> None:
    """Refuse the load, one line per problem, when the changed articles' keys clash with, or
    refer to, or remove what unchanged articles define or refer to."""
    corpus = steps.corpus
    if not corpus.unchanged:
        return  # every article was read: the check saw all of them
    problems: list[str] = []
    asked: dict[str, set[str]] = {kind: set(corpus.global_keys.get(kind, {})) for kind in KEYED}
    for foreign in corpus.foreign_keys:
        asked[foreign.kind].add(foreign.key)
    kept = {kind: _kept_keys(steps, kind, keys) for kind, keys in asked.items()}
    files = {s.key: s.file_name for s in corpus.sources}
    for kind, keys in corpus.global_keys.items():
        for key, article in keys.items():
            other = kept[kind].get(key)
            if other is not None and other != files.get(article):
                problems.append(
                    f"{files.get(article, article)}: duplicate {_words(kind)} key '{key}':"
                    f" {other} (unchanged since it was loaded) defines it already; keys are"
                    " unique across the folder"
                )
    for foreign in corpus.foreign_keys:
        if foreign.key not in kept[foreign.kind]:
            problems.append(
                f"{foreign.where}: unknown {_words(foreign.kind)} '{foreign.key}':"
                " no article defines it"
            )
    problems += _removed_but_referred(steps)
    if problems:
        raise ProblemsError(sorted(problems), "nothing was loaded")


def _removed_but_referred(steps: _SourceSteps) -> list[str]:
    """Facts of re-synced articles that unchanged articles refer to, and that no article
    defines any more."""
    problems = []
    cur = steps.driver.cursor()
    for table, column, kind, what in REFERRERS:
        label = sql.SQL("r.key") if what else sql.SQL("NULL::text")
        cur.execute(
            sql.SQL(
                "SELECT t.key, ts.file_name, rs.file_name, {label} FROM {table} r"
                " JOIN {target} t ON t.id = r.{column}"
                " JOIN core.sources ts ON ts.id = t.source_id"
                " JOIN core.sources rs ON rs.id = r.source_id"
                " WHERE NOT (r.source_id = ANY(%(sources)s)) AND t.source_id = ANY(%(sources)s)"
            ).format(
                label=label,
                table=sql.Identifier("core", table),
                target=sql.Identifier("core", KEYED[kind]),
                column=sql.Identifier(column),
            ),
            steps.scope,
        )
        defined = steps.corpus.global_keys.get(kind, {})
        rows = [row for row in cur.fetchall() if row[0] not in defined]
        elsewhere = _kept_keys(steps, kind, [str(row[0]) for row in rows]) if rows else {}
        for key, target_file, referrer_file, referrer_key in rows:
            if key in elsewhere:
                continue
            by = f"{what} '{referrer_key}'" if what else "an attestation"
            verb = "attests" if table == "attestations" else "refers to"
            problems.append(
                f"{target_file}: {_words(kind)} '{key}' is removed or renamed, but {by} of"
                f" {referrer_file} {verb} it (change that article too)"
            )
    return problems


def key_ids(
    steps: _SourceSteps, kind: str, ids: dict[Any, int], defined: Iterable[tuple[str, str]]
) -> dict[str, int]:
    """Global key → id for ``kind``, after its table's upsert: the rows of articles not synced,
    and the rows the synced articles define (``defined``: (article key, fact key) pairs).
    ``ids`` is the table's (source id, key) → id map. A row about to be removed as stale is
    never chosen, even while a key moving to another article is on both rows."""
    synced = set(steps.scope["sources"])
    found = {key: id_ for (source, key), id_ in ids.items() if source not in synced}
    for article, key in defined:
        found[key] = ids[(steps.source_id[article], key)]
    return found


def repoint_moved(steps: _SourceSteps) -> None:
    """References from unchanged articles to a fact whose key moved to another article now
    point at its new row (the old one is removed as stale next); call after every upsert."""
    cur = steps.driver.cursor()
    for table, column, kind, _what in REFERRERS:
        target = KEYED[kind]
        if not _staged(steps, target):
            continue
        cur.execute(
            sql.SQL(
                "UPDATE {table} AS r SET {column} = n.id FROM {target} AS o, {target} AS n"
                " WHERE r.{column} = o.id AND n.key = o.key AND n.id <> o.id"
                " AND NOT (r.source_id = ANY(%(sources)s)) AND o.source_id = ANY(%(sources)s)"
                " AND NOT EXISTS (SELECT 1 FROM {stage} AS s"
                "                 WHERE s.source_id = o.source_id AND s.key = o.key)"
                " AND (NOT (n.source_id = ANY(%(sources)s)) OR EXISTS ("
                "      SELECT 1 FROM {stage} AS s WHERE s.source_id = n.source_id"
                "      AND s.key = n.key))"
            ).format(
                table=sql.Identifier("core", table),
                column=sql.Identifier(column),
                target=sql.Identifier("core", target),
                stage=sql.Identifier(f"stage_{target}"),
            ),
            steps.scope,
        )


def _staged(steps: _SourceSteps, table: str) -> bool:
    """Whether this load staged ``table`` (a step another part owns may not exist yet)."""
    return any(t.name == table for t, _params in steps.sync.staged)


def defined_pairs(sources: Iterable[SpooledSource], section: str) -> list[tuple[str, str]]:
    """(article key, fact key) of every keyed fact of ``section`` in ``sources``."""
    return [(s.key, item.key) for s in sources for item in getattr(s, section)]
