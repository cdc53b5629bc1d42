"""Everything known about a region, and the lists the read commands print, gathered in a
few indexed queries (psycopg only, no ORM: this is the path a person waits on at the shell).

One module per job: ``lookup`` resolves what a user typed to a region id; ``queries`` holds
the SQL and returns plain records; ``documents`` turns a region's records into the report,
one builder per section, every fact pointing to its numbered source; ``lists`` builds the
list commands' documents; ``snapshots`` holds ``snapshot``, the one read-only REPEATABLE READ
transaction every read command runs all its queries in, so a load committing between two
queries can never make one query's rows point at ids another query did not see.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopdb.reports.documents import report_document
    from coopdb.reports.lists import (
        SEARCH_TEXT_LIMIT,
        enterprises_document,
        officials_document,
        regions_document,
        search_document,
        trade_document,
    )
    from coopdb.reports.lookup import REGION_NAMES_SQL, RegionLookupError, find_region
    from coopdb.reports.queries import (
        ENTERPRISES_SQL,
        GOODS_SQL,
        MEETINGS_SQL,
        OFFICIALS_SQL,
        PROPOSALS_SQL,
        REGION_SQL,
        SOURCES_SQL,
        TRADE_SQL,
        TWINNING_SQL,
        Record,
        Report,
        region_report,
    )
    from coopdb.reports.snapshots import in_snapshot, snapshot

_HOMES = {
    "report_document": "documents",
    **dict.fromkeys(
        [
            "SEARCH_TEXT_LIMIT",
            "enterprises_document",
            "officials_document",
            "regions_document",
            "search_document",
            "trade_document",
        ],
        "lists",
    ),
    **dict.fromkeys(["REGION_NAMES_SQL", "RegionLookupError", "find_region"], "lookup"),
    **dict.fromkeys(
        [
            "ENTERPRISES_SQL",
            "GOODS_SQL",
            "MEETINGS_SQL",
            "OFFICIALS_SQL",
            "PROPOSALS_SQL",
            "REGION_SQL",
            "SOURCES_SQL",
            "TRADE_SQL",
            "TWINNING_SQL",
            "Record",
            "Report",
            "region_report",
        ],
        "queries",
    ),
    **dict.fromkeys(["in_snapshot", "snapshot"], "snapshots"),
}
"""The module each name lives in: a name is imported on first use, so ``coopdb report``
loads neither the list commands nor anything else it does not run."""


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = f"{__name__}.{home}"
    __import__(module)  # the import statement's path, which -X importtime measures
    value = getattr(sys.modules[module], name)
    globals()[name] = value
    return value


__all__ = [
    "ENTERPRISES_SQL",
    "GOODS_SQL",
    "MEETINGS_SQL",
    "OFFICIALS_SQL",
    "PROPOSALS_SQL",
    "REGION_NAMES_SQL",
    "REGION_SQL",
    "SEARCH_TEXT_LIMIT",
    "SOURCES_SQL",
    "TRADE_SQL",
    "TWINNING_SQL",
    "Record",
    "RegionLookupError",
    "Report",
    "enterprises_document",
    "find_region",
    "in_snapshot",
    "officials_document",
    "region_report",
    "regions_document",
    "report_document",
    "search_document",
    "snapshot",
    "trade_document",
]
