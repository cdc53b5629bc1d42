"""Where the files that ship with coopdb live: seeds, migrations, alembic.ini.

A wheel carries them inside the package (``coopdb/_data``); a source checkout or editable
install reads them from the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent / "_data"
_REPOSITORY = Path(__file__).resolve().parents[2]


def _find(name: str) -> Path:
    packaged = _PACKAGED / name
    return packaged if packaged.exists() else _REPOSITORY / name


def seeds_dir() -> Path:
    """The curated seeds that ship with this version of coopdb."""
    return _find("seeds")


def migrations_dir() -> Path:
    """The Alembic migration scripts."""
    return _find("migrations")


def alembic_ini() -> Path:
    """The Alembic configuration (logging; the URL is always given by coopdb)."""
    return _find("alembic.ini")
