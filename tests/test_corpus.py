"""The benchmark corpus generator, ``bench/make_corpus.py``, writes what ``coopdb check`` accepts
and ``coopdb load`` loads.

Benchmarks are only comparable if the generator is deterministic, and only meaningful if its
output is a valid seeds folder; both are checked here on a small corpus. The generator runs as a
subprocess because it is a stand-alone script, exactly as a benchmark would run it.
"""

from __future__ import annotations

import re
import shutil
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


def test_a_link_to_a_fact_of_another_seed_article_names_it_in_another_article(
    tmp_path: Path,
) -> None:
    """Keys are global, so one seed article may attest a meeting another reports: each generated
    link names that meeting, under its new key, in another generated article."""
    seeds = tmp_path / "seeds"
    shutil.copytree(REPOSITORY / "seeds", seeds)
    paths = sorted(p for p in seeds.glob("*.yaml") if p.with_suffix(".txt").is_file())
    first, last = (yaml.safe_load(p.read_text(encoding="utf-8")) for p in (paths[0], paths[-1]))
    meeting = first["meetings"][0]["key"]
    last.setdefault("attestations", []).append(
        {"meeting": meeting, "quote": last["meetings"][0]["quote"]}
    )
    paths[-1].write_text(
        yaml.safe_dump(last, sort_keys=False, allow_unicode=True, width=1 << 20), encoding="utf-8"
    )
    assert run("check", str(seeds)).exit_code == 0
    out = tmp_path / "corpus"
    driver = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        " import make_corpus as m; m.SEEDS = Path(sys.argv[2]); sys.exit(m.main(sys.argv[3:]))"
    )
    arguments = ("--articles", str(ARTICLES), "--seed", "5", "--out", str(out))
    command = [sys.executable, "-c", driver, str(SCRIPT.parent), str(seeds), *arguments]
    subprocess.run(command, check=True, capture_output=True)

    checked = run("check", str(out))
    assert checked.exit_code == 0, checked.output
    defined: dict[str, str] = {}
    links: list[tuple[str, str]] = []
    for path in sorted(out.glob("0*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        defined |= {item["key"]: path.name for item in doc.get("meetings", [])}
        links += [(item["meeting"], path.name) for item in doc.get("attestations", [])]
    assert links
    assert all(key in defined and defined[key] != name for key, name in links)


def test_no_post_has_more_holders_than_a_real_one_would() -> None:
    """A large corpus spreads its officials over the posts instead of piling hundreds onto the
    few outside Russian regions (holdings' queries would grow with the square of that)."""
    sys.path.insert(0, str(SCRIPT.parent))
    import corpus_world
    import make_corpus

    world, _templates = make_corpus.build(10_000, 1)
    holders = {post: len(people) for post, people in world.holders.items()}
    assert len(world.officials) > 1_000
    # a promotion adds a holder to a post that is already full: at most a couple more
    assert max(holders.values()) <= corpus_world.MAX_HOLDERS + 2, sorted(holders.values())[-5:]
