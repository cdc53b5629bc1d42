"""The reports package: regions are filtered by id (a district or city may have no ISO code),
the package's old import path keeps every name, and its modules stay small."""

from __future__ import annotations

import json
import subprocess
import sys

import psycopg

from conftest import REPOSITORY, modules_imported_by, run, sql
from coopdb.load.reporting import refresh_reporting

DISTRICT = "Rylsky District"
"""A Russian district added without an ISO code (the format allows none for districts)."""


def _add_district_with_facts(url: str) -> None:
    """A district of Kursk Oblast with no ISO code, given one of Kursk's trade figures, one of
    its enterprise mentions and one of its meetings."""
    sql(
        url,
        """
        WITH d AS (
            INSERT INTO core.regions (key, name, kind, country, parent_id)
            SELECT 'rylsky-district', %s, 'district', 'RU', r.id
            FROM core.regions r WHERE r.iso_code = 'RU-KRS'
            RETURNING id
        ), t AS (
            UPDATE core.trade_figures SET region_id = (SELECT id FROM d)
            WHERE id = (SELECT min(f.id) FROM core.trade_figures f
                        JOIN core.regions r ON r.id = f.region_id WHERE r.iso_code = 'RU-KRS')
        ), m AS (
            UPDATE core.enterprise_mentions SET region_id = (SELECT id FROM d)
            WHERE id = (SELECT min(x.id) FROM core.enterprise_mentions x
                        JOIN core.regions r ON r.id = x.region_id WHERE r.iso_code = 'RU-KRS')
        )
        INSERT INTO core.meeting_regions (meeting_id, region_id)
        SELECT min(mr.meeting_id), (SELECT id FROM d) FROM core.meeting_regions mr
        JOIN core.regions r ON r.id = mr.region_id WHERE r.iso_code = 'RU-KRS'
        """,
        (DISTRICT,),
    )
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        refresh_reporting(conn, full=True)  # writes by hand reach reporting at a full load


def _json(url: str, *args: str) -> object:
    result = run("--database-url", url, *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_region_without_an_iso_code_is_found_by_every_filter(loaded_db: str) -> None:
    """Before, ``--region`` compared ``coalesce(iso_code, name)`` with the views' ISO code
    columns: a district without a code matched nothing in ``trade`` and ``enterprises``."""
    _add_district_with_facts(loaded_db)
    trade = _json(loaded_db, "trade", "--region", DISTRICT)
    assert isinstance(trade, list) and len(trade) == 1
    assert trade[0]["russian_region"] == DISTRICT
    enterprises = _json(loaded_db, "enterprises", "--region", DISTRICT)
    assert isinstance(enterprises, list) and len(enterprises) == 1
    assert enterprises[0]["mentions"] == 1 and enterprises[0]["russian_regions"] == DISTRICT
    officials = _json(loaded_db, "officials", "--region", DISTRICT)
    assert isinstance(officials, list) and officials
    report = _json(loaded_db, "report", "rylsky")
    assert isinstance(report, dict)
    assert report["region"]["iso_code"] is None and report["region"]["parent"] == "Kursk Oblast"
    assert len(report["trade_figures"]) == 1 and len(report["enterprises"]) == 1
    assert len(report["meetings"]) == 1 and report["sources"]
    text = run("--database-url", loaded_db, "report", DISTRICT)
    assert text.exit_code == 0, text.stderr
    assert f"{DISTRICT} (no ISO code)" in text.stdout
    # Kursk Oblast keeps the rest of its facts, and no longer lists the ones moved away
    kursk = _json(loaded_db, "trade", "--region", "kursk")
    assert isinstance(kursk, list) and kursk
    assert {row["russian_region"] for row in kursk} == {"Kursk Oblast"}


def test_the_package_keeps_every_name_of_the_old_module() -> None:
    """``from coopdb.reports import …`` keeps working for every name, each resolved from the
    module that owns it (the lazy table and the typed imports agree)."""
    from coopdb import reports

    homes = reports._HOMES
    assert sorted(homes) == sorted(reports.__all__)
    for name, home in homes.items():
        module = __import__(f"coopdb.reports.{home}", fromlist=[name])
        assert getattr(reports, name) is getattr(module, name), name


def test_report_loads_neither_sqlalchemy_nor_the_list_commands() -> None:
    """``coopdb report`` stays on psycopg alone and imports only the modules it runs."""
    modules = modules_imported_by(
        "from coopdb.reports import find_region, region_report, report_document, snapshot"
    )
    out = " ".join(m for m in modules if m.startswith(("sqlalchemy", "coopdb.reports")))
    assert "sqlalchemy" not in out
    assert "coopdb.reports.lists" not in out and "coopdb.reports.documents" in out


def test_report_modules_are_small() -> None:
    """No module over 500 lines; ruff's branch and statement limits hold for every function."""
    paths = [*sorted((REPOSITORY / "src/coopdb/reports").glob("*.py"))]
    paths.append(REPOSITORY / "src/coopdb/cli/report_commands.py")
    for path in paths:
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 500, (path.name, lines)
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "PLR0912,PLR0915", *map(str, paths)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
