"""Input fingerprints: the hash that lets a load skip an article whose verdict cannot have
changed since it was loaded."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).parent


_IMPORT = re.compile(
    rb"^[ \t]*(?:from[ \t]+(coopdb[\w.]*)[ \t]+import[ \t]+(?:\(([^)]*)\)|([\w \t,]+))"
    rb"|import[ \t]+(coopdb[\w.]*))",
    re.M,
)
"""An import of a coopdb module: ``from coopdb.x import a, b`` (a and b may be modules, the
list may be in parentheses) or ``import coopdb.x``. A regular expression rather than ``ast``:
it runs on every check."""


def validator_files() -> list[Path]:
    """Every file whose code decides a verdict: each module of this package and each coopdb
    module they import, found by reading their imports (so a new module cannot be missed)."""
    root = PACKAGE.parent
    found: set[Path] = set()
    todo = sorted(PACKAGE.glob("*.py"))
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        for module, listed, inline, plain in _IMPORT.findall(path.read_bytes()):
            names = (listed or inline).decode().split(",")
            dotted = [plain.decode()] if plain else [module.decode()]
            dotted += [f"{dotted[0]}.{n.split()[0]}" for n in names if n.strip() and not plain]
            for name in dotted:
                base = root.joinpath(*name.split(".")[1:])
                todo += [p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()]
    return sorted(found)


@functools.cache
def _validator_fingerprint() -> bytes:
    """Changes whenever the validation code does, so cached verdicts never outlive it."""
    digest = hashlib.sha256()
    for path in validator_files():
        digest.update(path.relative_to(PACKAGE.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.digest()


def input_fingerprint(shared: bytes, facts: bytes, text: bytes) -> str:
    """Hash of everything an article's validation depends on: if it is unchanged since the
    article was loaded, so is the verdict, and the article need not be read again.
    ``shared`` is ``shared_fingerprint()`` of the shared files."""
    digest = hashlib.sha256(shared)
    for part in (facts, text):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def shared_fingerprint(shared_files: Iterable[bytes]) -> bytes:
    """The validator's code and the shared files, hashed once for all articles."""
    digest = hashlib.sha256(_validator_fingerprint())
    for part in shared_files:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.digest()
