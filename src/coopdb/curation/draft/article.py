"""A new article put into a seeds folder: its bytes unchanged, under its content-hash name
``NNN_<first 16 hex of its sha256>.txt``, with the drafted facts file next to it."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from coopdb.curation.draft.draft import Draft, draft_article
from coopdb.curation.draft.known import read_known
from coopdb.curation.draft.writer import draft_yaml
from coopdb.curation.limits import ARTICLE_UNWANTED
from coopdb.curation.problems import CurationError
from coopdb.curation.seedfiles import MAX_ARTICLE_BYTES, SHARED_FILES
from coopdb.errors import CoopdbError

_SEED_NAME = re.compile(r"^(\d+)_([0-9a-f]{16})\.txt$")


class ArticleRefusedError(CoopdbError):
    """The article or the seeds folder cannot take a draft; one line says why."""


@dataclass(frozen=True)
class Placed:
    text: Path
    facts: Path
    draft: Draft


def article_name(raw: bytes, existing: list[str]) -> str:
    """The next number in the folder and the first 16 hex digits of the text's sha256."""
    numbers = [int(m[1]) for name in existing if (m := _SEED_NAME.match(name))]
    number = max(numbers, default=-1) + 1
    return f"{number:03d}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"


def read_article(path: Path) -> tuple[bytes, str]:
    """The article's bytes and text; refused when it is not a UTF-8 text file."""
    if not path.is_file():
        raise ArticleRefusedError(f"{path}: no such file")
    raw = path.read_bytes()
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleRefusedError(
            f"{path}: {len(raw):,} bytes; an article may hold {MAX_ARTICLE_BYTES:,}"
        )
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleRefusedError(f"{path}: not UTF-8 text (byte {error.start})") from None
    if raw.startswith(b"\xef\xbb\xbf") or ARTICLE_UNWANTED.search(body) or not body.strip():
        raise ArticleRefusedError(
            f"{path}: not an article's text (empty, a byte-order mark, or control characters)"
        )
    return raw, body


def _check_folder(seeds: Path) -> list[str]:
    if not seeds.is_dir():
        raise ArticleRefusedError(f"{seeds}: not a folder")
    names = sorted(os.listdir(seeds))
    missing = [name for name in SHARED_FILES if name not in names]
    if missing:
        raise ArticleRefusedError(f"{seeds}: not a seeds folder (no {', '.join(missing)})")
    return names


def _already(seeds: Path, names: list[str], raw: bytes) -> str | None:
    digest = hashlib.sha256(raw).hexdigest()
    for name in names:
        match = _SEED_NAME.match(name)
        if match and (digest.startswith(match[2]) or (seeds / name).read_bytes() == raw):
            return name
    return None


def place_article(source: Path, seeds: Path) -> Placed:
    """Copy ``source`` into ``seeds`` under its hash name and write its draft facts file."""
    raw, body = read_article(source)
    names = _check_folder(seeds)
    same = _already(seeds, names, raw)
    if same is not None:
        raise ArticleRefusedError(f"{source}: already in {seeds} as {same}")
    try:
        known = read_known(seeds)
    except CurationError as error:
        raise ArticleRefusedError(f"{seeds}: {error.problems[0]}") from None
    name = article_name(raw, names)
    draft = draft_article(name, body, known)
    text_path, facts_path = seeds / name, (seeds / name).with_suffix(".yaml")
    with open(text_path, "xb") as out:
        out.write(raw)
    with open(facts_path, "x", encoding="utf-8") as out:
        out.write(draft_yaml(draft))
    return Placed(text_path, facts_path, draft)
