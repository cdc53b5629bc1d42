"""The benchmark corpus generator, ``bench/make_corpus.py``, writes what ``coopdb check`` accepts
and ``coopdb load`` loads.

Benchmarks are only comparable if the generator is deterministic, and only meaningful if its
output is a valid seeds folder; both are checked here on a small corpus. The generator runs as a
subprocess because it is a stand-alone script, exactly as a benchmark would run it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import REPOSITORY, run, sql

SCRIPT = REPOSITORY / "bench" / "make_corpus.py"
ARTICLES = 30
# Tables with one row per fact as ``coopdb check`` counts facts (a source counts as one).
FACT_TABLES = (
    "sources",
    "official_mentions",
    "enterprise_mentions",
    "meetings",
    "meeting_participants",
    "proposals",
    "trade_figures",
    "trade_goods",
    "twinning_agreements",
    "quantities",
    "attestations",
    "statements",
    "source_dates",
)


def generate(out: Path, seed: int, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            *("--articles", str(ARTICLES), "--seed", str(seed), "--out", str(out)),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_generator_is_deterministic_and_its_output_passes_check(tmp_path: Path) -> None:
    first, again, other = tmp_path / "first", tmp_path / "again", tmp_path / "other"
    for folder, seed in ((first, 7), (again, 7), (other, 8)):
        result = generate(folder, seed)
        assert result.returncode == 0, result.stderr
        assert f"{ARTICLES} articles" in result.stdout

    written = contents(first)
    assert len([name for name in written if name.endswith(".txt")]) == ARTICLES
    assert {"regions.yaml", "officials.yaml", "enterprises.yaml"} <= written.keys()
    assert written == contents(again)
    different = contents(other)
    assert written.keys() != different.keys()
    assert written["officials.yaml"] != different["officials.yaml"]

    checked = run("check", str(first))
    assert checked.exit_code == 0, checked.output
    assert checked.output.startswith(f"ok: {ARTICLES} articles")


def test_its_yaml_is_what_yaml_safe_dump_writes(tmp_path: Path) -> None:
    """The generator's faster dumper changes nothing: every file is safe_dump's output."""
    assert generate(tmp_path, 4).returncode == 0
    for path in sorted(tmp_path.glob("*.yaml")):
        written = path.read_text(encoding="utf-8")
        again = yaml.safe_dump(
            yaml.safe_load(written), sort_keys=False, allow_unicode=True, width=1 << 20
        )
        assert written == again, path.name
        assert "&id" not in written and "*id" not in written, path.name


def test_generator_refuses_a_non_empty_folder_unless_forced(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = generate(tmp_path, 1)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]

    forced = generate(tmp_path, 1, "--force")
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_every_fact_check_counts_is_loaded(migrated_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    assert generate(folder, 3).returncode == 0
    checked = run("check", str(folder))
    assert checked.exit_code == 0, checked.output
    counted = re.search(r"(\d+) facts", checked.output)
    assert counted is not None, checked.output

    loaded = run("--database-url", migrated_db, "load", str(folder))
    assert loaded.exit_code == 0, loaded.stderr
    rows = sum(
        int(str(sql(migrated_db, f"SELECT count(*) FROM core.{t}")[0][0])) for t in FACT_TABLES
    )
    assert rows == int(counted[1])
    assert sql(migrated_db, "SELECT count(*) FROM core.sources") == [(ARTICLES,)]
