"""The fact steps of a load: mentions, meetings, proposals, trade figures and twinning."""

from __future__ import annotations

from collections.abc import Iterable

from coopdb.curation import corpus as c
from coopdb.curation.spool import SpooledSource
from coopdb.load.crossrefs import defined_pairs, key_ids
from coopdb.load.engine import Table
from coopdb.load.figures import PROPOSAL_MONEY_COLUMNS, TRADE_FIGURE_COLUMNS, link_figures
from coopdb.load.rows import (
    DATE_COLUMNS,
    QUOTE_COLUMNS,
    _date_values,
    _proposal_row,
    _quote,
    _trade_row,
)
from coopdb.load.sources import _SourceSteps
from coopdb.load.tenures import (
    PROPOSAL_DATE_COLUMNS,
    TWINNING_COLUMNS,
    link_renewals,
    twinning_values,
)

Mention = c.OfficialMention | c.EnterpriseMention


class _Mirror(_SourceSteps):
    """One load's steps, sharing the natural-key → id maps each step needs from the last."""

    def mentions(self) -> None:
        """Officials and enterprises named in the synced sources."""
        post_id, region_id = self.post_id, self.region_id
        self._mentions(
            "official_mentions",
            "official_id",
            "post_id",
            (
                (s, self.official_id[m.official], post_id[m.post] if m.post else None, m)
                for s in self.changed
                for m in s.official_mentions
            ),
        )
        self._mentions(
            "enterprise_mentions",
            "enterprise_id",
            "region_id",
            (
                (s, self.enterprise_id[m.enterprise], region_id[m.region] if m.region else None, m)
                for s in self.changed
                for m in s.enterprise_mentions
            ),
        )

    def _mentions(
        self,
        table: str,
        named_column: str,
        context_column: str,
        mentions: Iterable[tuple[SpooledSource, int, int | None, Mention]],
    ) -> None:
        """One mention table: keyed by source, who or what is named, and where the quote starts;
        ``context_column`` is the post held (officials) or the region concerned (enterprises)."""
        source_id = self.source_id
        self.sync.upsert(
            Table(
                table,
                ("source_id", named_column, "quote_start"),
                (context_column, "name_as_written", "quote", "quote_end", "note"),
                self.in_scope,
            ),
            (
                (
                    source_id[s.key],
                    named,
                    m.quote.start,
                    context,
                    m.name_as_written,
                    m.quote.text,
                    m.quote.end,
                    m.note,
                )
                for s, named, context, m in mentions
            ),
            self.scope,
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
                "meetings",
                ("source_id", "key"),
                ("place", *DATE_COLUMNS, *QUOTE_COLUMNS, "note"),
                in_scope,
            ),
            (
                (
                    source_id[s.key],
                    m.key,
                    m.place,
                    *_date_values(m.date),
                    *_quote(m.quote),
                    m.note,
                )
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
                ("post_id", "side", "source_id", *QUOTE_COLUMNS, "note"),
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
                    p.note,
                )
                for s in changed
                for m in s.meetings
                for p in m.participants
            ),
            scope,
        )
        # Keys are global: a proposal or statement may be made at another article's meeting.
        self.meeting_id = key_ids(self, "meeting", meeting_id, defined_pairs(changed, "meetings"))

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
                    *PROPOSAL_MONEY_COLUMNS,
                    *PROPOSAL_DATE_COLUMNS,
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
                    *TRADE_FIGURE_COLUMNS,
                ),
                in_scope,
            ),
            (_trade_row(f, source_id[s.key], region_id) for s in changed for f in s.trade_figures),
            scope,
        )
        link_figures(self)
        sync.upsert(
            Table(
                "trade_goods",
                ("source_id", "region_id", "direction", "goods"),
                (*QUOTE_COLUMNS, "note"),
                in_scope,
            ),
            (
                (
                    source_id[s.key],
                    region_id[g.region],
                    g.direction,
                    g.goods,
                    *_quote(g.quote),
                    g.note,
                )
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
                ("status", "units_count", *DATE_COLUMNS, *QUOTE_COLUMNS, *TWINNING_COLUMNS),
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
                    *twinning_values(t),
                )
                for s in changed
                for t in s.twinning
            ),
            scope,
        )
        twinning_id = sync.ids("twinning_agreements", "source_id", "key")
        link_renewals(self, twinning_id)
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
