"""Rebuilding the site after a load draws only the pages whose inputs changed, and the site it
leaves is byte for byte the site a full build of the same database writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import run

ARTICLE = "002_a28e6e6453cc9cc1"
OFFICIAL = "Roman Starovoit"


def _build(url: str, folder: Path, *, full: bool = False) -> tuple[int, list[str]]:
    """Build into ``folder``; the number of pages drawn and the files written."""
    from coopdb.db import Target, connect
    from coopdb.html.site import build_site
    from coopdb.reports import snapshot

    with connect(Target(url, embedded=False)) as conn, snapshot(conn):
        result = build_site(conn, folder, full=full)
    return result.drawn, sorted(result.written_paths)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != ".coopdb-site.json"
    }


def _load(url: str, folder: Path) -> None:
    result = run("--database-url", url, "load", str(folder))
    assert result.exit_code == 0, result.stderr


def _differing(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    return sorted(p for p in after.keys() | before.keys() if before.get(p) != after.get(p))


@pytest.fixture(scope="module")
def built_site(
    _shared_loaded_db: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, int]:
    """The seeds' site, built once: every loaded clone holds the same rows with the same ids, so
    a copy of it is what a first build of any of them writes (the full-build checks prove it)."""
    folder = tmp_path_factory.mktemp("site") / "public"
    drawn, written = _build(_shared_loaded_db, folder)
    assert drawn > 0 and "index.html" in written
    return folder, drawn


def _copy_of(built_site: tuple[Path, int], tmp_path: Path) -> Path:
    """A private copy of the built site, with its files' times, to rebuild in place."""
    folder = tmp_path / "public"
    shutil.copytree(built_site[0], folder)
    return folder


def _same_as_a_full_build(url: str, folder: Path, scratch: Path) -> None:
    _build(url, scratch)
    assert _files(folder) == _files(scratch)


def test_a_rebuild_of_an_unchanged_database_draws_nothing(loaded_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "public"
    drawn, written = _build(loaded_db, folder)
    assert drawn > 0 and "index.html" in written
    stamps = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    assert _build(loaded_db, folder) == (0, [])
    assert stamps == {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    # a load that changes nothing leaves the database, and so the site, as it was
    _load(loaded_db, Path(__file__).resolve().parents[1] / "seeds")
    assert _build(loaded_db, folder) == (0, [])


def test_one_changed_article_draws_its_page_and_no_other(
    loaded_db: str, seeds_copy: Path, tmp_path: Path, built_site: tuple[Path, int]
) -> None:
    folder = _copy_of(built_site, tmp_path)
    assert _build(loaded_db, folder) == (0, [])
    before = _files(folder)
    article = seeds_copy / f"{ARTICLE}.txt"
    article.write_text(
        article.read_text(encoding="utf-8") + "\n\nThe talks ended in the evening.\n",
        encoding="utf-8",
    )
    _load(loaded_db, seeds_copy)
    drawn, written = _build(loaded_db, folder)
    pages = [p for p in written if not p.startswith("data/")]
    assert pages == [f"articles/{ARTICLE}.html"]
    assert drawn == 1  # not one region, official or enterprise page drawn again
    assert "The talks ended in the evening." in (folder / pages[0]).read_text(encoding="utf-8")
    assert written == _differing(before, _files(folder))
    _same_as_a_full_build(loaded_db, folder, tmp_path / "full")


def test_an_official_renamed_in_the_shared_files_redraws_every_page_naming_them(
    loaded_db: str, seeds_copy: Path, tmp_path: Path, built_site: tuple[Path, int]
) -> None:
    folder = _copy_of(built_site, tmp_path)
    before = _files(folder)
    naming = sorted(
        p for p, content in before.items() if OFFICIAL.encode() in content and p.endswith(".html")
    )
    kinds = {p.split("/")[0] for p in naming}
    assert {"officials", "regions", "articles"} <= kinds, naming
    officials = seeds_copy / "officials.yaml"
    text = officials.read_text(encoding="utf-8")
    assert f"name: {OFFICIAL}\n" in text
    officials.write_text(text.replace(f"name: {OFFICIAL}\n", "name: Roman V. Starovoit\n"))
    _load(loaded_db, seeds_copy)
    drawn, written = _build(loaded_db, folder)
    after = _files(folder)
    assert written == _differing(before, after)
    for page in naming:
        if page.startswith("data/"):
            continue
        assert page in written, page
        assert b"Roman V. Starovoit" in after[page], page
    assert drawn < len([p for p in after if not p.startswith("data/")])  # not everything
    _same_as_a_full_build(loaded_db, folder, tmp_path / "full")


def test_a_page_edited_or_removed_by_hand_is_drawn_again(
    read_only_db: str, tmp_path: Path, built_site: tuple[Path, int]
) -> None:
    folder = _copy_of(built_site, tmp_path)
    region = folder / "regions" / "kursk-oblast.html"
    original = region.read_bytes()
    region.write_bytes(b"edited")
    (folder / "index.html").unlink()
    drawn, written = _build(read_only_db, folder)
    assert (drawn, written) == (2, ["index.html", "regions/kursk-oblast.html"])
    assert region.read_bytes() == original


def test_a_full_build_draws_every_page_and_rewrites_none_unchanged(
    read_only_db: str, tmp_path: Path, built_site: tuple[Path, int]
) -> None:
    folder = _copy_of(built_site, tmp_path)
    assert _build(read_only_db, folder, full=True) == (built_site[1], [])


@pytest.mark.parametrize("damage", ["{not json", '{"format": 99}'])
def test_an_unreadable_manifest_means_a_full_build(
    read_only_db: str, tmp_path: Path, damage: str, built_site: tuple[Path, int]
) -> None:
    folder = _copy_of(built_site, tmp_path)
    (folder / ".coopdb-site.json").write_text(damage, encoding="utf-8")
    assert _build(read_only_db, folder) == (built_site[1], [])
    assert _build(read_only_db, folder) == (0, [])
