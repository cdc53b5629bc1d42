"""Validation shared by several processes (``--jobs``, COOPDB_JOBS) gives what one process
gives: the same corpus, and the same problems in the same order, whatever the timing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import generated_corpus, run
from coopdb.curation import CurationError, parallel, validate_folder, yamlread
from coopdb.curation.corpus import Corpus
from coopdb.curation.seedfiles import MAX_ARTICLE_BYTES, MAX_FACTS_BYTES

ARTICLES = 120  # well above parallel.MIN_FILES: two jobs start a worker for the rest


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_corpus(tmp_path_factory.mktemp("jobs") / "corpus", ARTICLES, seed=11)


def _articles(folder: Path) -> list[Path]:
    shared = {"regions.yaml", "officials.yaml", "enterprises.yaml"}
    return sorted(p for p in folder.glob("*.yaml") if p.name not in shared)


def _summary(corpus: Corpus) -> list[tuple[str, str, str]]:
    """Every validated article by its facts fingerprint (which hashes every field)."""
    return [(s.key, s.facts_sha256, s.input_sha256) for s in corpus.sources]


def _problems(folder: Path, jobs: int) -> list[str]:
    with pytest.raises(CurationError) as raised:
        validate_folder(folder, jobs=jobs)
    return [str(problem) for problem in raised.value.problems]


def test_a_folder_validates_the_same_with_one_job_or_two(folder: Path) -> None:
    assert parallel.MIN_FILES < ARTICLES
    one, two = validate_folder(folder, jobs=1), validate_folder(folder, jobs=2)
    assert len(one.sources) == ARTICLES
    assert _summary(one) == _summary(two)
    assert one.fact_count() == two.fact_count()


def test_problems_come_in_file_order_whichever_process_parsed_them(
    folder: Path, tmp_path: Path
) -> None:
    """Refusals happen as files are read, which two jobs do ahead of validating them: they
    are held until their file's turn, among the parse and validation problems."""
    spoiled = tmp_path / "spoiled"
    shutil.copytree(folder, spoiled)
    articles = _articles(spoiled)
    later = parallel.MIN_FILES + 6  # past the files parsed before the workers start
    articles[2].write_text(articles[2].read_text() + "\nbroken: [unclosed\n")
    articles[later].write_text(articles[later].read_text() + "\nbroken: [unclosed\n")
    big = articles[later + 10]
    big.write_text(big.read_text() + "#" * MAX_FACTS_BYTES)  # refused as it is read
    articles[later + 11].with_suffix(".txt").unlink()  # its article is missing
    facts = articles[later + 20].read_text().replace("quote: ", "quote: not in the article ", 1)
    articles[later + 20].write_text(facts)
    text = articles[later + 40].with_suffix(".txt")
    text.write_text(text.read_text() + " more" * MAX_ARTICLE_BYTES)  # refused as it is read
    linked = articles[later + 42]
    linked.unlink()
    linked.symlink_to(articles[later + 41])  # refused as the folder is listed

    alone = _problems(spoiled, jobs=1)
    assert any("invalid YAML" in line for line in alone)
    assert any("over the" in line and big.name in line for line in alone)
    assert any("over the" in line and text.name in line for line in alone)
    assert any("symbolic link" in line and linked.name in line for line in alone)
    assert any(articles[later + 20].name in line for line in alone)
    assert _problems(spoiled, jobs=2) == alone
    assert _problems(spoiled, jobs=3) == alone


_READ_YAML = yamlread.read_yaml


def _recording_read_yaml(path: Path, raw: bytes, problems: list[Any]) -> Any:
    """``read_yaml`` that notes which process ran it (in a file named by the environment)."""
    with Path(os.environ["COOPDB_TEST_PIDS"]).open("a") as out:
        out.write(f"{os.getpid()}\n")
    return _READ_YAML(path, raw, problems)


def _dying_read_yaml(path: Path, raw: bytes, problems: list[Any]) -> Any:
    """``read_yaml`` that kills any worker process that runs it."""
    if os.getpid() != int(os.environ["COOPDB_TEST_PARENT"]):
        os._exit(9)
    return _READ_YAML(path, raw, problems)


@pytest.mark.skipif(not parallel.FORKS, reason="workers are forked on Linux only")
def test_two_jobs_parse_in_another_process(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "pids"
    monkeypatch.setenv("COOPDB_TEST_PIDS", str(record))
    monkeypatch.setattr(parallel, "read_yaml", _recording_read_yaml)  # forked workers have it
    validate_folder(folder, jobs=2)
    pids = record.read_text().split()
    assert len(pids) == ARTICLES
    assert pids[: parallel.MIN_FILES] == [str(os.getpid())] * parallel.MIN_FILES
    assert str(os.getpid()) not in pids[parallel.MIN_FILES :]
    record.unlink()
    validate_folder(folder, jobs=1)
    assert set(record.read_text().split()) == {str(os.getpid())}


def test_a_load_of_a_few_changed_articles_starts_no_worker(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles unchanged since they were loaded are not parsed: with a handful left to
    parse, they are parsed here, and the folder's other entries are not held for a batch."""
    loaded = {s.key: s.input_sha256 for s in validate_folder(folder, jobs=1).sources}
    changed = sorted(loaded)[:: ARTICLES // 5]
    for key in changed:
        loaded[key] = "0" * 64
    record = tmp_path / "pids"
    monkeypatch.setenv("COOPDB_TEST_PIDS", str(record))
    monkeypatch.setattr(parallel, "read_yaml", _recording_read_yaml)
    corpus = validate_folder(folder, loaded, jobs=2)
    assert sorted(s.key for s in corpus.sources) == changed
    assert len(corpus.unchanged) == ARTICLES - len(changed)
    assert record.read_text().split() == [str(os.getpid())] * len(changed)


def test_a_worker_that_dies_changes_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed (say, by the out-of-memory killer) breaks the pool: the batches it had
    and every later one are parsed by the validating process instead."""
    expected = _summary(validate_folder(folder, jobs=1))
    monkeypatch.setenv("COOPDB_TEST_PARENT", str(os.getpid()))
    monkeypatch.setattr(parallel, "read_yaml", _dying_read_yaml)
    assert _summary(validate_folder(folder, jobs=2)) == expected


def test_check_takes_jobs_from_the_option_or_the_environment(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = run("check", "--jobs", "1", str(folder))
    assert one.exit_code == 0, one.stderr
    monkeypatch.setenv("COOPDB_JOBS", "2")
    assert run("check", str(folder)).stdout == one.stdout
    monkeypatch.setenv("COOPDB_JOBS", "0")
    refused = run("check", str(folder))
    assert refused.exit_code == 2
    assert refused.stderr.strip().splitlines() == [
        "Error: Invalid value for '--jobs' (env var: 'COOPDB_JOBS'):"
        " '0' is not a number of processes from 1 to 256"
    ]
