"""The first steps of a load: regions, entities and sources, whose ids the facts need."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from psycopg import sql

from coopdb.curation import corpus as c
from coopdb.curation.spool import SpooledSource
from coopdb.load.engine import Syncer, Table
from coopdb.load.result import LoadResult
from coopdb.load.rows import (
    DATE_COLUMNS,
    _date_values,
    _is_cyrillic,
    _set_region_parents,
    _span,
)
from coopdb.load.tenures import HOLDING_COLUMNS, SHARED_COLUMNS, holding_values, shared_values
from coopdb.models import SCHEMA


def _upsert_names(
    sync: Syncer,
    table: str,
    owner: str,
    ids: dict[Any, int],
    names: Iterable[tuple[Any, str, Sequence[str]]],
) -> None:
    """Each entity's preferred name and its other spellings, every spelling once, the
    preferred one marked: officials and enterprises keep their names alike."""
    sync.upsert(
        Table(table, (owner, "name"), ("is_preferred",)),
        (
            (ids[key], name, name == preferred)
            for key, preferred, others in names
            for name in dict.fromkeys((preferred, *others))
        ),
    )


class _SourceSteps:
    """The steps whose natural-key → id maps the fact steps need, and the maps themselves."""

    region_id: dict[Any, int]
    sector_id: dict[Any, int]
    official_id: dict[Any, int]
    post_id: dict[Any, int]
    enterprise_id: dict[Any, int]
    source_id: dict[Any, int]
    meeting_id: dict[Any, int]
    changed: list[SpooledSource]
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
            "regions",
            ("key",),
            ("name", "kind", "country", "iso_code", *SHARED_COLUMNS),
            alternate="iso_code",
        )
        sync.upsert(
            regions_table,
            (
                (r.key, r.name, r.kind, r.country, r.iso_code, *shared_values(r))
                for r in corpus.regions
            ),
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
            Table("officials", ("key",), ("name", "country", *SHARED_COLUMNS)),
            ((o.key, o.name, o.country, *shared_values(o)) for o in corpus.officials),
        )
        official_id = sync.ids("officials", "key")
        names = ((o.key, o.name, o.other_names) for o in corpus.officials)
        _upsert_names(sync, "official_names", "official_id", official_id, names)
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
                    *HOLDING_COLUMNS,
                ),
            ),
            (
                (
                    official_id[o.key],
                    post_id[h.post],
                    h.term,
                    *_span(h.start),
                    *_span(h.end),
                    *holding_values(h),
                )
                for o in corpus.officials
                for h in o.holdings
            ),
        )
        sync.upsert(
            Table(
                "enterprises",
                ("key",),
                ("name", "kind", "country", "region_id", "sector_id", *SHARED_COLUMNS),
            ),
            (
                (
                    e.key,
                    e.name,
                    e.kind,
                    e.country,
                    region_id[e.region] if e.region else None,
                    sector_id[e.sector] if e.sector else None,
                    *shared_values(e),
                )
                for e in corpus.enterprises
            ),
        )
        enterprise_id = sync.ids("enterprises", "key")
        names = ((e.key, e.name, e.aliases) for e in corpus.enterprises)
        _upsert_names(sync, "enterprise_names", "enterprise_id", enterprise_id, names)
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
        result.sources_compared = len(changed)
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
