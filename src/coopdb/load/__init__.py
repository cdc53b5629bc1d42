"""Make the database mirror a validated corpus, in one transaction, writing only what changed.

Each table is synced the same way: the desired rows are COPYed into a temporary stage, then
one UPDATE touches rows whose values differ (``IS DISTINCT FROM``), one INSERT adds rows whose
natural key is new, and, after every table has been upserted, one DELETE per table (children
first) removes rows no longer curated. Unchanged rows are never written, so ids stay stable
and a repeated load creates no row versions. Sources whose text and resolved facts hash the
same as in the database are skipped entirely, unless the load is *full*: then every source and
every fact is staged and compared, so rows changed, deleted or added by hand are repaired too.
A *rehearsal* is a full load whose caller rolls it back (``coopdb db verify``): its counts are
the drift, and its new rows take temporary negative ids so no identity sequence moves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import Connection

from coopdb.curation import corpus as c
from coopdb.db import DatabaseError
from coopdb.errors import CoopdbError
from coopdb.models import SCHEMA, Base

Row = tuple[Any, ...]


class LoadLockTimeoutError(CoopdbError):
    """Another load held the lock for longer than the caller was willing to wait."""


@dataclass
class TableCounts:
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0


@dataclass
class LoadResult:
    """What a load did, per table, for the summary line and for tests."""

    tables: dict[str, TableCounts] = field(default_factory=dict)
    sources_skipped: int = 0
    skipped_fact_rows: int = 0

    def total(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            total.added += counts.added
            total.changed += counts.changed
            total.removed += counts.removed
            total.unchanged += counts.unchanged
        total.unchanged += self.skipped_fact_rows
        return total

    @property
    def wrote_nothing(self) -> bool:
        total = self.total()
        return total.added == total.changed == total.removed == 0

    def written(self) -> list[tuple[str, TableCounts]]:
        """Tables the load wrote to, parents first (for a full load's per-table lines)."""
        return [
            (name, counts)
            for name, counts in self.tables.items()
            if counts.added or counts.changed or counts.removed
        ]

    def summary(self) -> str:
        total = self.total()
        return (
            f"{total.added} added, {total.changed} changed, {total.removed} removed,"
            f" {total.unchanged} unchanged rows"
            f" ({self.sources_skipped} unchanged article(s) skipped)"
        )


@dataclass(frozen=True)
class Table:
    """How one table is synced: its natural key, its other columns, and the delete scope."""

    name: str
    key: tuple[str, ...]
    values: tuple[str, ...] = ()
    scope: str | None = None
    """SQL on alias ``t`` limiting deletions (``%(sources)s`` is the list of synced sources)."""
    alternate: str | None = None
    """Another unique column: a row found by it, whose one-column key was changed (by hand, or
    a region renamed in the files), gets its key back and keeps its id, instead of a new row
    colliding with it on that column."""


def _ident(column: str) -> sql.Identifier:
    return sql.Identifier(column)


def _columns(names: Sequence[str], alias: str | None = None) -> sql.Composed:
    return sql.SQL(", ").join(
        sql.Identifier(alias, name) if alias else sql.Identifier(name) for name in names
    )


def _match(key: Sequence[str]) -> sql.Composed:
    """Stage row ``s`` and table row ``t`` have the same natural key."""
    return sql.SQL(" AND ").join(
        sql.SQL("{t} = {s}").format(t=sql.Identifier("t", k), s=sql.Identifier("s", k)) for k in key
    )


def _assignment(names: Sequence[str]) -> sql.Composable:
    """``SET`` list giving table columns the stage row's values."""
    if len(names) == 1:
        return sql.SQL("{col} = {val}").format(
            col=_ident(names[0]), val=sql.Identifier("s", names[0])
        )
    return sql.SQL("({cols}) = ({vals})").format(cols=_columns(names), vals=_columns(names, "s"))


class Syncer:
    """Stages and upserts tables now, deletes stale rows at the end (children first)."""

    def __init__(
        self, conn: psycopg.Connection[Any], result: LoadResult, *, rehearsal: bool = False
    ) -> None:
        self.conn = conn
        self.result = result
        self.staged: list[tuple[Table, dict[str, Any]]] = []
        self.rehearsal = rehearsal
        self.rehearsal_ids = 0
        """Temporary ids given so far in a rehearsal (new rows get -1, -2, …)."""

    def _stage_name(self, table: Table) -> sql.Identifier:
        return sql.Identifier(f"stage_{table.name}")

    def upsert(
        self, table: Table, rows: Iterable[Row], params: dict[str, Any] | None = None
    ) -> None:
        count = self._stage(table, rows)
        counts = self.result.tables.setdefault(table.name, TableCounts())
        cur = self.conn.cursor()
        target = sql.Identifier(SCHEMA, table.name)
        stage = self._stage_name(table)
        match = _match(table.key)
        if table.alternate:
            counts.changed += self._rekey(table)
        if table.values:
            cur.execute(
                sql.SQL(
                    "UPDATE {target} AS t SET {assignment} FROM {stage} AS s"
                    " WHERE {match} AND ({old}) IS DISTINCT FROM ({new})"
                ).format(
                    target=target,
                    assignment=_assignment(table.values),
                    stage=stage,
                    match=match,
                    old=_columns(table.values, "t"),
                    new=_columns(table.values, "s"),
                )
            )
            counts.changed += max(cur.rowcount, 0)
        columns = (*table.key, *table.values)
        ids: sql.Composable = sql.SQL("")
        new_ids: sql.Composable = sql.SQL("")
        if self.rehearsal and "id" in Base.metadata.tables[f"{SCHEMA}.{table.name}"].c:
            ids = sql.SQL("id, ")
            new_ids = sql.SQL("-({} + row_number() OVER ()), ").format(self.rehearsal_ids)
        cur.execute(
            sql.SQL(
                "INSERT INTO {target} ({ids}{cols}) SELECT {new_ids}{scols} FROM {stage} AS s"
                " WHERE NOT EXISTS (SELECT 1 FROM {target} AS t WHERE {match})"
            ).format(
                target=target,
                ids=ids,
                cols=_columns(columns),
                new_ids=new_ids,
                scols=_columns(columns, "s"),
                stage=stage,
                match=match,
            )
        )
        added = max(cur.rowcount, 0)
        self.rehearsal_ids += added
        counts.added += added
        counts.unchanged += count - counts.added - counts.changed
        self.staged.append((table, params or {}))

    def _stage(self, table: Table, rows: Iterable[Row]) -> int:
        """COPY the desired rows into a temporary table shaped like the target; their count."""
        columns = (*table.key, *table.values)
        stage = self._stage_name(table)
        cur = self.conn.cursor()
        cur.execute(
            sql.SQL(
                "CREATE TEMP TABLE {stage} ON COMMIT DROP AS"
                " SELECT {cols} FROM {target} WITH NO DATA"
            ).format(stage=stage, cols=_columns(columns), target=sql.Identifier(SCHEMA, table.name))
        )
        count = 0
        with cur.copy(
            sql.SQL("COPY {stage} ({cols}) FROM STDIN").format(stage=stage, cols=_columns(columns))
        ) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        cur.execute(sql.SQL("ANALYZE {stage}").format(stage=stage))
        return count

    def _rekey(self, table: Table) -> int:
        """Give back its key (and values) to a row found by the alternate unique column."""
        assert table.alternate and len(table.key) == 1
        key, alternate = _ident(table.key[0]), _ident(table.alternate)
        cur = self.conn.cursor()
        cur.execute(
            sql.SQL(
                "UPDATE {target} AS t SET {assignment} FROM {stage} AS s"
                " WHERE t.{alternate} = s.{alternate} AND t.{key} <> s.{key}"
                " AND NOT EXISTS (SELECT 1 FROM {target} AS o WHERE o.{key} = s.{key})"
                " AND NOT EXISTS (SELECT 1 FROM {stage} AS o WHERE o.{key} = t.{key})"
            ).format(
                target=sql.Identifier(SCHEMA, table.name),
                assignment=_assignment((*table.key, *table.values)),
                stage=self._stage_name(table),
                alternate=alternate,
                key=key,
            )
        )
        return max(cur.rowcount, 0)

    def delete_stale(self) -> None:
        """Remove rows no longer curated, children before parents."""
        cur = self.conn.cursor()
        for table, params in reversed(self.staged):
            match = _match(table.key)
            scope = sql.SQL(table.scope + " AND ") if table.scope else sql.SQL("")
            cur.execute(
                sql.SQL(
                    "DELETE FROM {target} AS t WHERE {scope}"
                    " NOT EXISTS (SELECT 1 FROM {stage} AS s WHERE {match})"
                ).format(
                    target=sql.Identifier(SCHEMA, table.name),
                    scope=scope,
                    stage=self._stage_name(table),
                    match=match,
                ),
                params,
            )
            counts = self.result.tables[table.name]
            counts.removed += max(cur.rowcount, 0)

    def ids(self, table: str, *key: str) -> dict[Any, int]:
        """Map natural key (a value, or a tuple for composite keys) → id."""
        cur = self.conn.cursor()
        cur.execute(
            sql.SQL("SELECT id, {cols} FROM {target}").format(
                cols=_columns(key), target=sql.Identifier(SCHEMA, table)
            )
        )
        if len(key) == 1:
            return {row[1]: row[0] for row in cur}
        return {tuple(row[1:]): row[0] for row in cur}


def _date_values(dated: c.DatedAs) -> Row:
    parts = dated.parts
    if parts is None:
        return (None, None, None, None, None, None, dated.basis, dated.note)
    return (
        parts.year,
        parts.month,
        parts.day,
        parts.date,
        parts.earliest,
        parts.latest,
        dated.basis,
        dated.note,
    )


DATE_COLUMNS = (
    "date_year",
    "date_month",
    "date_day",
    "date",
    "date_earliest",
    "date_latest",
    "date_basis",
    "date_note",
)
QUOTE_COLUMNS = ("quote", "quote_start", "quote_end")


def _quote(quote: c.Quote) -> Row:
    return (quote.text, quote.start, quote.end)


def _span(dated: c.DatedAs) -> Row:
    parts = dated.parts
    if parts is None:
        return (None, None, None, None, None, dated.basis)
    return (parts.year, parts.month, parts.day, parts.earliest, parts.latest, dated.basis)


def acquire_load_lock(
    conn: psycopg.Connection[Any], timeout_seconds: float, on_wait: Callable[[str], None]
) -> None:
    """Take the load lock for the rest of the transaction; ``on_wait`` gets the line naming
    who holds it when the load has to wait. Readers cannot take it (see coopdb.locks)."""
    from coopdb.locks import LOAD_LOCK, LockTimeoutError, take_lock

    try:
        take_lock(
            conn,
            LOAD_LOCK,
            what="the load lock",
            action="coopdb load",
            timeout_seconds=timeout_seconds,
            on_wait=on_wait,
        )
    except LockTimeoutError as error:
        raise LoadLockTimeoutError(
            f"{error}; try again later or give a longer --lock-timeout"
        ) from None


ProgressHook = Callable[[str], None]


def loaded_fingerprints(connection: Connection) -> dict[str, str]:
    """Input fingerprints of the loaded articles (call with the load lock held)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    rows = driver.execute("SELECT key, input_sha256 FROM core.sources WHERE input_sha256 <> ''")
    return {str(key): str(value) for key, value in rows}


def load_corpus(
    connection: Connection,
    corpus: c.Corpus,
    *,
    progress: ProgressHook | None = None,
    lock_timeout_seconds: float = 600,
    on_wait: Callable[[str], None] | None = None,
    full: bool = False,
    rehearsal: bool = False,
) -> LoadResult:
    """Make the database mirror ``corpus`` inside the caller's transaction.

    ``full`` compares every source and fact instead of trusting the stored fingerprints (the
    corpus must then have been validated without them, so no article is left unread);
    ``rehearsal`` (implies ``full``) is for a caller that will roll the transaction back.
    """
    full = full or rehearsal
    if full and corpus.unchanged:
        raise ValueError("a full load needs every article read: validate without fingerprints")
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    acquire_load_lock(driver, lock_timeout_seconds, on_wait or (lambda _line: None))
    result = LoadResult()
    sync = Syncer(driver, result, rehearsal=rehearsal)
    step = progress or (lambda _name: None)

    mirror = _Mirror(sync, driver, corpus, result, full)
    try:
        step("entities")
        mirror.regions()
        mirror.entities()
        step("sources")
        mirror.sources()
        step("facts")
        mirror.mentions()
        mirror.meetings()
        mirror.proposals()
        mirror.trade()
        mirror.twinning()
        step("removing what is no longer curated")
        sync.delete_stale()
    except psycopg.errors.UniqueViolation as error:
        raise DatabaseError(_unrepairable(error)) from None
    return result


def _unrepairable(error: psycopg.errors.UniqueViolation) -> str:
    """One line for a value the files give one row while another row holds it.

    Valid files never collide with themselves, so the other row was changed by hand (two
    rows' unique values swapped, say): a load cannot tell which row should keep its id.
    """
    detail = error.diag.message_detail or ""
    return (
        f"the database differs from the files in a way a load cannot repair:"
        f" {error.diag.message_primary} ({detail.strip()}); change that row by hand"
    )


class _Mirror:
    """One load's steps, sharing the natural-key → id maps each step needs from the last."""

    region_id: dict[Any, int]
    sector_id: dict[Any, int]
    official_id: dict[Any, int]
    post_id: dict[Any, int]
    enterprise_id: dict[Any, int]
    source_id: dict[Any, int]
    meeting_id: dict[Any, int]
    changed: list[c.Source]
    """The sources whose facts are synced."""
    scope: dict[str, Any]
    in_scope: str

    def __init__(
        self,
        sync: Syncer,
        driver: psycopg.Connection[Any],
        corpus: c.Corpus,
        result: LoadResult,
        full: bool,
    ) -> None:
        self.sync = sync
        self.driver = driver
        self.corpus = corpus
        self.result = result
        self.full = full

    def regions(self) -> None:
        """Sectors and regions (shared, like all entities: staged and compared every time)."""
        sync, corpus, result = self.sync, self.corpus, self.result
        sync.upsert(
            Table("sectors", ("key",), ("name",)), ((s.key, s.name) for s in corpus.sectors)
        )
        regions_table = Table(
            "regions", ("key",), ("name", "kind", "country", "iso_code"), alternate="iso_code"
        )
        sync.upsert(
            regions_table,
            ((r.key, r.name, r.kind, r.country, r.iso_code) for r in corpus.regions),
        )
        region_id = sync.ids("regions", "key")
        moved = _set_region_parents(self.driver, corpus.regions, region_id)
        result.tables["regions"].changed += moved
        result.tables["regions"].unchanged -= moved
        sync.upsert(
            Table("region_names", ("region_id", "name"), ("lang",)),
            (
                (region_id[r.key], name, "ru" if _is_cyrillic(name) else "en")
                for r in corpus.regions
                for name in r.other_names
            ),
        )
        self.region_id = region_id
        self.sector_id = sync.ids("sectors", "key")

    def entities(self) -> None:
        """Officials with their names and posts, enterprises with their names."""
        sync, corpus, region_id, sector_id = self.sync, self.corpus, self.region_id, self.sector_id
        sync.upsert(
            Table("officials", ("key",), ("name", "country")),
            ((o.key, o.name, o.country) for o in corpus.officials),
        )
        official_id = sync.ids("officials", "key")
        sync.upsert(
            Table("official_names", ("official_id", "name"), ("is_preferred",)),
            (
                (official_id[o.key], name, name == o.name)
                for o in corpus.officials
                for name in dict.fromkeys((o.name, *o.other_names))
            ),
        )
        sync.upsert(
            Table("posts", ("key",), ("title", "body", "region_id")),
            ((p.key, p.title, p.body, region_id[p.region]) for p in corpus.posts),
        )
        post_id = sync.ids("posts", "key")
        sync.upsert(
            Table(
                "holdings",
                ("official_id", "post_id", "term"),
                (
                    "start_year",
                    "start_month",
                    "start_day",
                    "start_earliest",
                    "start_latest",
                    "start_basis",
                    "end_year",
                    "end_month",
                    "end_day",
                    "end_earliest",
                    "end_latest",
                    "end_basis",
                ),
            ),
            (
                (official_id[o.key], post_id[h.post], h.term, *_span(h.start), *_span(h.end))
                for o in corpus.officials
                for h in o.holdings
            ),
        )
        sync.upsert(
            Table("enterprises", ("key",), ("name", "kind", "country", "region_id", "sector_id")),
            (
                (
                    e.key,
                    e.name,
                    e.kind,
                    e.country,
                    region_id[e.region] if e.region else None,
                    sector_id[e.sector] if e.sector else None,
                )
                for e in corpus.enterprises
            ),
        )
        enterprise_id = sync.ids("enterprises", "key")
        sync.upsert(
            Table("enterprise_names", ("enterprise_id", "name"), ("is_preferred",)),
            (
                (enterprise_id[e.key], name, name == e.name)
                for e in corpus.enterprises
                for name in dict.fromkeys((e.name, *e.aliases))
            ),
        )
        self.official_id = official_id
        self.post_id = post_id
        self.enterprise_id = enterprise_id

    def sources(self) -> None:
        """Sources to sync (all of them when full, else those whose hashes changed)."""
        sync, corpus, result = self.sync, self.corpus, self.result
        cur = self.driver.cursor()
        stored = {
            key: (sha, facts, inputs)
            for key, sha, facts, inputs in cur.execute(
                sql.SQL("SELECT key, sha256, facts_sha256, input_sha256 FROM {}").format(
                    sql.Identifier(SCHEMA, "sources")
                )
            )
        }
        changed = [
            s
            for s in corpus.sources
            if self.full or stored.get(s.key) != (s.sha256, s.facts_sha256, s.input_sha256)
        ]
        changed_keys = {s.key for s in changed}
        skipped = [s for s in corpus.sources if s.key not in changed_keys]
        result.sources_skipped = len(skipped) + len(corpus.unchanged)
        result.skipped_fact_rows = sum(1 + c.fact_rows(s) for s in skipped)
        curated = [s.key for s in corpus.sources] + corpus.unchanged
        # Only changed sources are staged (their bodies are the bulk of a load); a source is
        # removed when it is no longer curated at all.
        sync.upsert(
            Table(
                "sources",
                ("key",),
                (
                    "file_name",
                    "title",
                    "publisher",
                    "dateline",
                    "sha256",
                    "facts_sha256",
                    "input_sha256",
                    "body",
                    *DATE_COLUMNS,
                ),
                "NOT (t.key = ANY(%(curated)s))",
                alternate="file_name",
            ),
            (
                (
                    s.key,
                    s.file_name,
                    s.title,
                    s.publisher,
                    s.dateline,
                    s.sha256,
                    s.facts_sha256,
                    s.input_sha256,
                    s.body,
                    *_date_values(s.published),
                )
                for s in changed
            ),
            {"curated": curated},
        )
        source_id = sync.ids("sources", "key")
        # Facts are synced for changed sources only; deletions are scoped to them and to sources
        # that disappeared (whose facts the cascade from sources removes anyway).
        curated_keys = set(curated)
        synced = [source_id[s.key] for s in changed] + [
            i for key, i in source_id.items() if key not in curated_keys
        ]
        scope = {"sources": synced}
        in_scope = "t.source_id = ANY(%(sources)s)"
        self.changed = changed
        self.source_id = source_id
        self.scope = scope
        self.in_scope = in_scope

    def mentions(self) -> None:
        """Officials and enterprises named in the synced sources."""
        (
            sync,
            region_id,
            official_id,
            post_id,
            enterprise_id,
            source_id,
            changed,
            scope,
            in_scope,
        ) = (
            self.sync,
            self.region_id,
            self.official_id,
            self.post_id,
            self.enterprise_id,
            self.source_id,
            self.changed,
            self.scope,
            self.in_scope,
        )
        sync.upsert(
            Table(
                "official_mentions",
                ("source_id", "official_id", "quote_start"),
                ("post_id", "name_as_written", "quote", "quote_end"),
                in_scope,
            ),
            (
                (
                    source_id[s.key],
                    official_id[m.official],
                    m.quote.start,
                    post_id[m.post] if m.post else None,
                    m.name_as_written,
                    m.quote.text,
                    m.quote.end,
                )
                for s in changed
                for m in s.official_mentions
            ),
            scope,
        )
        sync.upsert(
            Table(
                "enterprise_mentions",
                ("source_id", "enterprise_id", "quote_start"),
                ("region_id", "name_as_written", "quote", "quote_end"),
                in_scope,
            ),
            (
                (
                    source_id[s.key],
                    enterprise_id[m.enterprise],
                    m.quote.start,
                    region_id[m.region] if m.region else None,
                    m.name_as_written,
                    m.quote.text,
                    m.quote.end,
                )
                for s in changed
                for m in s.enterprise_mentions
            ),
            scope,
        )

    def meetings(self) -> None:
        """Meetings, the regions they concern, and their participants."""
        sync, region_id, official_id, post_id, source_id, changed, scope, in_scope = (
            self.sync,
            self.region_id,
            self.official_id,
            self.post_id,
            self.source_id,
            self.changed,
            self.scope,
            self.in_scope,
        )
        sync.upsert(
            Table(
                "meetings", ("source_id", "key"), ("place", *DATE_COLUMNS, *QUOTE_COLUMNS), in_scope
            ),
            (
                (source_id[s.key], m.key, m.place, *_date_values(m.date), *_quote(m.quote))
                for s in changed
                for m in s.meetings
            ),
            scope,
        )
        meeting_id = sync.ids("meetings", "source_id", "key")
        meeting_scope = (
            "t.meeting_id IN (SELECT id FROM core.meetings WHERE source_id = ANY(%(sources)s))"
        )
        sync.upsert(
            Table("meeting_regions", ("meeting_id", "region_id"), (), meeting_scope),
            (
                (meeting_id[(source_id[s.key], m.key)], region_id[r])
                for s in changed
                for m in s.meetings
                for r in m.regions
            ),
            scope,
        )
        sync.upsert(
            Table(
                "meeting_participants",
                ("meeting_id", "official_id"),
                ("post_id", "side", "source_id", *QUOTE_COLUMNS),
                meeting_scope,
            ),
            (
                (
                    meeting_id[(source_id[s.key], m.key)],
                    official_id[p.official],
                    post_id[p.post] if p.post else None,
                    p.side,
                    source_id[s.key],
                    *_quote(p.quote),
                )
                for s in changed
                for m in s.meetings
                for p in m.participants
            ),
            scope,
        )
        self.meeting_id = meeting_id

    def proposals(self) -> None:
        """Proposals and the enterprises they involve."""
        (
            sync,
            region_id,
            sector_id,
            official_id,
            enterprise_id,
            source_id,
            meeting_id,
            changed,
            scope,
            in_scope,
        ) = (
            self.sync,
            self.region_id,
            self.sector_id,
            self.official_id,
            self.enterprise_id,
            self.source_id,
            self.meeting_id,
            self.changed,
            self.scope,
            self.in_scope,
        )
        sync.upsert(
            Table(
                "proposals",
                ("source_id", "key"),
                (
                    "title",
                    "sector_id",
                    "status",
                    "region_id",
                    "meeting_id",
                    "proposed_by_official_id",
                    "proposed_by_side",
                    "amount_low",
                    "amount_high",
                    "currency",
                    "amount_qualifier",
                    "amount_text",
                    *QUOTE_COLUMNS,
                ),
                in_scope,
            ),
            (
                _proposal_row(p, source_id[s.key], sector_id, region_id, meeting_id, official_id)
                for s in changed
                for p in s.proposals
            ),
            scope,
        )
        proposal_id = sync.ids("proposals", "source_id", "key")
        sync.upsert(
            Table(
                "proposal_enterprises",
                ("proposal_id", "enterprise_id"),
                (),
                "t.proposal_id IN (SELECT id FROM core.proposals"
                " WHERE source_id = ANY(%(sources)s))",
            ),
            (
                (proposal_id[(source_id[s.key], p.key)], enterprise_id[e])
                for s in changed
                for p in s.proposals
                for e in p.enterprises
            ),
            scope,
        )

    def trade(self) -> None:
        """Trade figures and traded goods."""
        sync, region_id, source_id, changed, scope, in_scope = (
            self.sync,
            self.region_id,
            self.source_id,
            self.changed,
            self.scope,
            self.in_scope,
        )
        sync.upsert(
            Table(
                "trade_figures",
                ("source_id", "key"),
                (
                    "region_id",
                    "partner_country",
                    "flow",
                    "period_label",
                    "period_start",
                    "period_end",
                    "value_low",
                    "value_high",
                    "currency",
                    "value_qualifier",
                    "value_text",
                    "change_pct",
                    "compared_label",
                    "compared_start",
                    "compared_end",
                    "note",
                    *QUOTE_COLUMNS,
                ),
                in_scope,
            ),
            (_trade_row(f, source_id[s.key], region_id) for s in changed for f in s.trade_figures),
            scope,
        )
        sync.upsert(
            Table(
                "trade_goods",
                ("source_id", "region_id", "direction", "goods"),
                QUOTE_COLUMNS,
                in_scope,
            ),
            (
                (source_id[s.key], region_id[g.region], g.direction, g.goods, *_quote(g.quote))
                for s in changed
                for g in s.trade_goods
            ),
            scope,
        )

    def twinning(self) -> None:
        """Twinning agreements and their regions."""
        sync, corpus, region_id, source_id, changed, scope, in_scope = (
            self.sync,
            self.corpus,
            self.region_id,
            self.source_id,
            self.changed,
            self.scope,
            self.in_scope,
        )
        sync.upsert(
            Table(
                "twinning_agreements",
                ("source_id", "key"),
                ("status", "units_count", *DATE_COLUMNS, *QUOTE_COLUMNS),
                in_scope,
            ),
            (
                (
                    source_id[s.key],
                    t.key,
                    t.status,
                    t.count,
                    *_date_values(t.date),
                    *_quote(t.quote),
                )
                for s in changed
                for t in s.twinning
            ),
            scope,
        )
        twinning_id = sync.ids("twinning_agreements", "source_id", "key")
        country = {r.key: r.country for r in corpus.regions}
        sync.upsert(
            Table(
                "twinning_regions",
                ("twinning_id", "region_id"),
                ("side",),
                "t.twinning_id IN (SELECT id FROM core.twinning_agreements"
                " WHERE source_id = ANY(%(sources)s))",
            ),
            (
                (twinning_id[(source_id[s.key], t.key)], region_id[r], country[r])
                for s in changed
                for t in s.twinning
                for r in t.regions
            ),
            scope,
        )


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def _set_region_parents(
    conn: psycopg.Connection[Any], regions: list[c.Region], region_id: dict[Any, int]
) -> int:
    """Parents are set after all regions exist, writing only rows whose parent changed.

    Returns how many regions changed only here: rows the upsert already wrote in this
    transaction (new or changed regions) are counted there, not twice.
    """
    ids = [region_id[region.key] for region in regions]
    parents = [region_id[region.parent] if region.parent else None for region in regions]
    row = conn.execute(
        "WITH moved AS ("
        " UPDATE core.regions AS t SET parent_id = w.parent"
        " FROM unnest(%s::bigint[], %s::bigint[]) AS w(id, parent)"
        " WHERE t.id = w.id AND t.parent_id IS DISTINCT FROM w.parent RETURNING t.id)"
        " SELECT count(*) FROM moved JOIN core.regions AS r ON r.id = moved.id"
        " WHERE r.xmin <> pg_current_xact_id()::xid",
        (ids, parents),
    ).fetchone()
    return int(row[0]) if row else 0


def _proposal_row(
    p: c.Proposal,
    source: int,
    sector_id: dict[Any, int],
    region_id: dict[Any, int],
    meeting_id: dict[Any, int],
    official_id: dict[Any, int],
) -> Row:
    amount = p.amount
    return (
        source,
        p.key,
        p.title,
        sector_id[p.sector],
        p.status,
        region_id[p.region] if p.region else None,
        meeting_id[(source, p.meeting)] if p.meeting else None,
        official_id[p.proposed_by] if p.proposed_by else None,
        p.proposed_by_side,
        amount.low if amount else None,
        amount.high if amount else None,
        amount.currency if amount else None,
        amount.qualifier if amount else None,
        amount.text if amount else None,
        *_quote(p.quote),
    )


def _trade_row(f: c.TradeFigure, source: int, region_id: dict[Any, int]) -> Row:
    return (
        source,
        f.key,
        region_id[f.region],
        "BY",  # every curated figure is trade with Belarus (the column's default)
        f.flow,
        f.period.label,
        f.period.start.earliest if f.period.start else None,
        f.period.end.latest if f.period.end else None,
        f.value.low,
        f.value.high,
        f.value.currency,
        f.value.qualifier,
        f.value.text,
        f.change_pct,
        f.compared_with.label,
        f.compared_with.start.earliest if f.compared_with.start else None,
        f.compared_with.end.latest if f.compared_with.end else None,
        f.note,
        *_quote(f.quote),
    )
