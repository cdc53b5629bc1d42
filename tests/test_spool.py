"""Validated articles are spooled, not held: a load's memory does not grow with their texts and
facts, and what it reads back is what was validated."""

from __future__ import annotations

import dataclasses
import tracemalloc
from pathlib import Path

import pytest

from conftest import generated_corpus
from coopdb.curation import corpus as c
from coopdb.curation import validate_folder

ARTICLES = 120


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_corpus(tmp_path_factory.mktemp("spool") / "corpus", ARTICLES, seed=3)


def test_a_validated_corpus_holds_little_per_article(folder: Path) -> None:
    tracemalloc.start()
    try:
        corpus = validate_folder(folder)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(corpus.sources) == ARTICLES
    # Held as objects, its text and facts make some 45 KB an article here; spooled, its key, file
    # name and fingerprints stay (the shared files' entities are counted here too).
    assert held / ARTICLES < 20_000, f"{held / ARTICLES:.0f} bytes held per article"
    corpus.sources.close()


def test_spooled_articles_read_back_as_validated(folder: Path) -> None:
    corpus = validate_folder(folder)
    for spooled in corpus.sources:
        assert spooled.body == (folder / spooled.file_name).read_text(encoding="utf-8")
        fields = {f.name: getattr(spooled, f.name) for f in dataclasses.fields(c.Source)}
        # The facts fingerprint hashes every field: equal, so every field read back equal.
        assert c.with_fingerprint(c.Source(**fields)).facts_sha256 == spooled.facts_sha256
