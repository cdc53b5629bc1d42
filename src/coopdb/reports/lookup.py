"""What a user typed for a region → the region's id: its key, name, other names (Russian
too) or ISO code, in any case; the closest names when nothing or several match."""

from __future__ import annotations

import difflib
import unicodedata
from typing import Any

import psycopg

from coopdb.errors import NotFoundError


class RegionLookupError(NotFoundError):
    """The name matched no region, or several; ``candidates`` are the closest names."""

    listed_by = "coopdb regions"

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


REGION_NAMES_SQL = """
SELECT r.id, r.key AS name FROM core.regions r
UNION ALL SELECT r.id, r.name FROM core.regions r
UNION ALL SELECT r.id, r.iso_code FROM core.regions r WHERE r.iso_code IS NOT NULL
UNION ALL SELECT n.region_id, n.name FROM core.region_names n
"""


def find_region(conn: psycopg.Connection[Any], query: str) -> int:
    """The id of the one region whose key, name, other name or ISO code matches ``query``.

    Exact matches (case-insensitive) win; otherwise a name that starts with the query
    ('kursk' → 'Kursk Oblast', 'курская' → 'Курская область').
    """
    wanted = _fold(query)
    names = [(int(row[0]), str(row[1])) for row in conn.execute(REGION_NAMES_SQL)]
    if not wanted:
        raise RegionLookupError("no region name given", [])
    exact = {rid for rid, name in names if _fold(name) == wanted}
    matches = exact or {
        rid
        for rid, name in names
        if any(word.startswith(wanted) for word in (_fold(name), *_fold(name).split()))
    }
    if len(matches) == 1:
        return matches.pop()
    preferred = dict(conn.execute("SELECT id, name FROM core.regions").fetchall())
    if matches:
        candidates = sorted(str(preferred[rid]) for rid in matches)
        raise RegionLookupError(f"'{query}' matches more than one region", candidates)
    by_name = {_fold(name): rid for rid, name in names}
    close = difflib.get_close_matches(wanted, list(by_name), n=6, cutoff=0.5)
    suggestions = list(dict.fromkeys(str(preferred[by_name[name]]) for name in close))[:3]
    raise RegionLookupError(f"no region matches '{query}'", suggestions)


def find_region_or_all(conn: psycopg.Connection[Any], region: str | None) -> int | None:
    """The id of the region a ``--region`` option names, or None when it names none."""
    return None if region is None else find_region(conn, region)
