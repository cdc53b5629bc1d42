"""Citations as the database stores them: jsonb objects {url, publication, says}."""

from __future__ import annotations

from psycopg.types.json import Jsonb

from coopdb.curation import corpus as c


def citation_json(citation: c.Citation | None) -> Jsonb | None:
    """A citation as its jsonb column stores it (absent parts left out); None for none."""
    return Jsonb(citation.as_json()) if citation else None
