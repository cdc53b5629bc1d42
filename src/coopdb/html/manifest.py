"""What a site build remembers in its folder, so the next build renders only what changed.

``.coopdb-site.json`` in the site's folder holds, for every file the build produced, the
digest of the page's *inputs* (the rows it was drawn from, the paths it links to and the
code that draws it) and the file's size and modification time as written. A page whose inputs
digest is the same and whose file is still as written is not drawn again.

It also holds the database's change token (``database_token``): the latest load in the load
journal, the schema's revision and PostgreSQL's own count of rows written to ``core``. When
the token, the code and every file are as recorded, nothing in the database changed since the
last build and no page is even read from it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

MANIFEST = ".coopdb-site.json"
FORMAT = 1

TOKEN_SQL = """
SELECT (SELECT coalesce(max(id), 0) FROM core.loads),
       (SELECT string_agg(version_num, ',' ORDER BY version_num) FROM public.alembic_version),
       (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_all_tables
        WHERE schemaname = 'core')
"""
"""The load journal numbers every load that wrote a row; the revision changes with every
migration; the statistics count writes made any other way (a false alarm costs only a
rebuild that finds little changed)."""


def database_token(conn: psycopg.Connection[Any]) -> str:
    """A string that changes whenever the database's content may have changed."""
    row = conn.execute(TOKEN_SQL).fetchone()
    return json.dumps([str(v) for v in row] if row else [])


def _code_version() -> str:
    """The drawing code: this package's sources, coopdb's and the chart renderer's versions."""
    from importlib.metadata import PackageNotFoundError, version

    from coopdb import __version__

    digest = hashlib.sha256(__version__.encode())
    try:
        digest.update(version("vl-convert-python").encode())
    except PackageNotFoundError:
        digest.update(b"no charts")
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


CODE_VERSION = _code_version()


def digest(*inputs: Any) -> str:
    """The digest of a page's inputs: plain records (dicts, lists, dates, Decimals, str),
    whose ``repr`` is exact and stable, plus the code that draws them."""
    return hashlib.sha256((CODE_VERSION + repr(inputs)).encode()).hexdigest()


@dataclass
class Entry:
    """One file as the last build left it."""

    inputs: str
    size: int
    mtime_ns: int

    def intact(self, path: Path) -> bool:
        """The file is still the one written (not removed, not edited since)."""
        try:
            stat = path.stat()
        except OSError:
            return False
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns


@dataclass
class Manifest:
    """The last build's token, code version and files."""

    token: str = ""
    code: str = ""
    files: dict[str, Entry] = field(default_factory=dict)

    def unchanged(self, relative: str, inputs: str, folder: Path) -> bool:
        """The file of ``relative`` was drawn from these very inputs and is still there."""
        entry = self.files.get(relative)
        return entry is not None and entry.inputs == inputs and entry.intact(folder / relative)

    def current(self, token: str, folder: Path) -> bool:
        """Nothing changed since this build: same database token, same code, every file."""
        return (
            bool(self.files)
            and self.token == token
            and self.code == CODE_VERSION
            and all(e.intact(folder / p) for p, e in self.files.items())
        )


def read_manifest(folder: Path) -> Manifest:
    """The manifest of the last build, or an empty one (a first build, or one unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return Manifest()
        files = {p: Entry(*e) for p, e in data["files"].items()}
        return Manifest(str(data["token"]), str(data["code"]), files)
    except (OSError, ValueError, KeyError, TypeError):
        return Manifest()


def write_manifest(folder: Path, manifest: Manifest) -> None:
    """Write the manifest atomically, after every page it lists, when it changed."""
    data = {
        "format": FORMAT,
        "token": manifest.token,
        "code": manifest.code,
        "files": {p: [e.inputs, e.size, e.mtime_ns] for p, e in sorted(manifest.files.items())},
    }
    text = json.dumps(data, separators=(",", ":"))
    path = folder / MANIFEST
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return  # a build that changed nothing leaves every file of the folder untouched
    scratch = folder / (MANIFEST + ".tmp")
    scratch.write_text(text, encoding="utf-8")
    os.replace(scratch, path)
