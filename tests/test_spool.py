"""Validated articles are spooled, not held: a load's memory does not grow with their texts and
facts, and what it reads back is what was validated."""

from __future__ import annotations

import dataclasses
import functools
import gc
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from conftest import generated_corpus
from coopdb.curation import corpus as c
from coopdb.curation import validate_folder

ARTICLES = 120


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_corpus(tmp_path_factory.mktemp("spool") / "corpus", ARTICLES, seed=3)


def test_a_validated_corpus_holds_little_per_article(folder: Path) -> None:
    # One validation first: what any validation fills once (the interpreter's table of interned
    # strings, which path parts enter and which doubles in one block of megabytes when a long
    # session fills it; caches) is not held per article. Garbage left by earlier tests, or
    # cycles validation made and no collection has reached yet, is not held either: only what
    # survives a full collection counts.
    validate_folder(folder).sources.close()
    gc.collect()
    tracemalloc.start()
    try:
        corpus = validate_folder(folder)
        gc.collect()
        held, _peak = tracemalloc.get_traced_memory()
        where = tracemalloc.take_snapshot().statistics("lineno")[:5]
    finally:
        tracemalloc.stop()
    assert len(corpus.sources) == ARTICLES
    # Held as objects, its text and facts make some 45 KB an article here; spooled, its key, file
    # name and fingerprints stay (the shared files' entities are counted here too).
    assert held / ARTICLES < 20_000, f"{held / ARTICLES:.0f} bytes held per article; most at " + (
        "; ".join(str(line) for line in where)
    )
    corpus.sources.close()


def test_spooled_articles_read_back_as_validated(folder: Path) -> None:
    corpus = validate_folder(folder)
    for spooled in corpus.sources:
        assert spooled.body == (folder / spooled.file_name).read_text(encoding="utf-8")
        fields = {f.name: getattr(spooled, f.name) for f in dataclasses.fields(c.Source)}
        # The facts fingerprint hashes every field: equal, so every field read back equal.
        assert c.with_fingerprint(c.Source(**fields)).facts_sha256 == spooled.facts_sha256


def test_a_spool_that_keeps_only_counts_writes_nothing_and_reads_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``coopdb check`` validates with ``keep_facts=False``: the same counts as a load's
    validation, no temporary file, and no facts to read back by mistake."""
    from coopdb.resources import seeds_dir

    kept = validate_folder(seeds_dir())
    opened: list[object] = []
    real = tempfile.TemporaryFile

    def counting(*args: Any, **kwargs: Any) -> Any:
        opened.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", counting)
    counted = validate_folder(seeds_dir(), keep_facts=False)
    assert not opened
    assert counted.fact_count() == kept.fact_count() == 141
    assert [s.key for s in counted.sources] == [s.key for s in kept.sources]
    assert all(s.facts_sha256 == "" for s in counted.sources)
    assert all(s.facts_sha256 for s in kept.sources)
    with pytest.raises(RuntimeError, match="only counts"):
        _ = next(iter(counted.sources)).meetings


def test_a_released_facts_file_reads_its_lines_again_only_while_unchanged(folder: Path) -> None:
    """Problems found across articles name lines after every article was read: a released
    file keeps no text (a folder's texts would grow the memory with it) but reads its bytes
    again, and gives no line at all rather than a wrong one if they changed meanwhile."""
    from coopdb.curation.yamlread import read_yaml

    path = next(p for p in sorted(folder.glob("*.yaml")) if p.name[0].isdigit())
    raw = path.read_bytes()
    loc = ("meetings", 0, "key")
    held = read_yaml(path, raw, [])
    assert held is not None
    expected = held.line(loc)
    assert expected is not None and expected > 1
    readings: list[tuple[bytes | None, int | None]] = [
        (raw, expected),
        (b"meetings: []\n" + raw, None),  # changed since it was validated
        (None, None),  # gone, or refused now
    ]
    for now, line in readings:
        released = read_yaml(path, raw, [])
        assert released is not None
        released.release(functools.partial(_same, now), raw)
        assert released.doc is None and released._text is None
        assert released.line(loc) == line


def _same(value: bytes | None) -> bytes | None:
    return value
