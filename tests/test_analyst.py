"""The analyst surface: reporting views, the reader role, coopdb sql, search, docs, export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from sqlalchemy import create_engine, inspect

from conftest import REPOSITORY, MakeServer, ServerInfo, run, sql
from test_reporting_v2 import BEFORE_0010

# The reporting views, their columns and the columns' order before revision 0010: the
# contract's snapshot, kept once in tests/test_reporting_v2.py.
VIEWS = BEFORE_0010

BI_TYPES = {
    "text",
    "integer",
    "bigint",
    "numeric",
    "date",
    "boolean",
    "character varying",
    "timestamp with time zone",
}


def test_reporting_views_have_exactly_the_promised_columns(read_only_db: str) -> None:
    """The views and their columns (names and order) are a contract: this is its snapshot.

    None may be renamed or removed; columns and relations added since are in
    tests/test_reporting_v2.py's exact snapshot.
    """
    rows = sql(
        read_only_db,
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'reporting' ORDER BY table_name, ordinal_position",
    )
    found: dict[str, list[str]] = {}
    for view, column in rows:
        found.setdefault(str(view), []).append(str(column))
    # Later revisions only append: tests/test_reporting_v2.py holds the exact current snapshot.
    assert {view: found.get(view, [])[: len(columns)] for view, columns in VIEWS.items()} == VIEWS


def test_reporting_types_are_bi_friendly_and_everything_is_commented(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
        " col_description(c.oid, a.attnum), obj_description(c.oid, 'pg_class')"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
        " WHERE n.nspname = 'reporting' AND c.relkind IN ('r', 'v')",
    )
    assert rows
    for view, column, type_, comment, view_comment in rows:
        assert str(type_).split("(")[0] in BI_TYPES, (view, column, type_)
        assert comment, (view, column)
        assert view_comment, view


def test_trade_view_carries_the_implied_prior_value(read_only_db: str) -> None:
    rows = sql(
        read_only_db,
        "SELECT value_low_usd, change_pct, prior_value_low_usd, compared_with"
        " FROM reporting.trade_figures WHERE change_pct IS NOT NULL",
    )
    assert len(rows) == 1
    value, change, prior, compared = rows[0]
    assert str(value) == "96300000.00" and str(change) == "40.50"
    # 96.3 / 1.405 = 68.54...: rounded outward to the 3 significant digits written
    assert str(prior) == "68500000.00"
    assert compared == "the same period of 2016"


def test_superset_style_reflection_finds_views_and_comments(read_only_db: str) -> None:
    engine = create_engine(read_only_db)
    try:
        inspector = inspect(engine)
        # Tables since revision 0011 (views before): a BI tool lists both.
        views = inspector.get_view_names(schema="reporting")
        views += inspector.get_table_names(schema="reporting")
        assert set(VIEWS) <= set(views)
        columns = inspector.get_columns("trade_figures", schema="reporting")
        by_name = {c["name"]: c for c in columns}
        assert str(by_name["value_low_usd"]["comment"]).startswith("Lower bound in US dollars")
        assert inspector.get_table_comment("meetings", schema="reporting")["text"]
    finally:
        engine.dispose()


# --- the reader role -----------------------------------------------------------------------


@pytest.fixture
def reader_url(loaded_db: str, pg_server: ServerInfo) -> Iterator[str]:
    """A reader login, connected over the same server (socket trust or the given host)."""
    name = f"reader_{abs(hash(loaded_db)) % 10**8}"
    result = run("--database-url", loaded_db, "reader", "create", name, input="pw-Секрет-1\n")
    assert result.exit_code == 0, result.stderr
    assert "pw-Секрет-1" not in result.stdout + result.stderr
    dbname = urlsplit(loaded_db).path.lstrip("/")
    url = f"host={pg_server.host} port={pg_server.port} dbname={dbname} user={name}"
    yield url if pg_server.host.startswith("/") else f"{url} password=pw-Секрет-1"
    assert run("--database-url", loaded_db, "reader", "drop", name).exit_code == 0


WRITES = [
    "INSERT INTO core.sectors (key, name) VALUES ('x', 'x')",
    "UPDATE core.regions SET name = 'x'",
    "DELETE FROM core.proposals",
    "TRUNCATE core.trade_goods",
    "CREATE TABLE core.evil (id int)",
    "CREATE TABLE public.evil (id int)",
    "ALTER TABLE core.regions ADD COLUMN evil int",
    "DROP TABLE reporting.meetings",
    "DELETE FROM reporting.meetings",
    "UPDATE reporting.regions SET name = 'x'",
    "INSERT INTO reporting.loads (load_id) VALUES (99)",
    "COPY core.sectors FROM STDIN",
]


@pytest.mark.parametrize("statement", WRITES)
def test_reader_can_change_nothing(reader_url: str, statement: str) -> None:
    with psycopg.connect(reader_url, autocommit=True) as conn:
        assert conn.execute("SHOW default_transaction_read_only").fetchone() == ("on",)
        with pytest.raises(psycopg.Error):
            conn.execute(statement)
        # Even after asking for a read-write transaction, privileges still refuse.
        conn.execute("SET default_transaction_read_only = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)


def test_reader_can_read_every_reporting_view(reader_url: str) -> None:
    with psycopg.connect(reader_url) as conn:
        views = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'reporting'"
            )
        ]
        assert len(views) >= len(VIEWS)
        for view in views:
            conn.execute(f"SELECT * FROM reporting.{view} LIMIT 1").fetchall()
        assert conn.execute("SELECT count(*) FROM core.meetings").fetchone() == (5,)


def test_reader_passwords_are_refused_when_empty(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "reader", "create", "nobody", input="\n")
    assert result.exit_code == 1
    assert result.stderr == "Error: the password is empty\n"


# --- coopdb sql ----------------------------------------------------------------------------


def test_sql_outputs(read_only_db: str) -> None:
    query = "SELECT russian_region_code, value_low_usd FROM trade_figures ORDER BY 2"
    rows = json.loads(run("--database-url", read_only_db, "sql", query, "--format", "json").stdout)
    assert rows == [
        {"russian_region_code": "RU-KRS", "value_low_usd": 96300000},
        {"russian_region_code": "RU-KIR", "value_low_usd": 108000000},
        {"russian_region_code": "RU-KRS", "value_low_usd": 205000000},
    ]
    out = run("--database-url", read_only_db, "sql", query, "--format", "csv").stdout
    assert out.splitlines()[:2] == ["russian_region_code,value_low_usd", "RU-KRS,96300000"]
    empty = run(
        "--database-url",
        read_only_db,
        "sql",
        "SELECT name FROM regions WHERE false",
        "--format",
        "csv",
    )
    assert empty.stdout == "name\n"


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM core.regions",
        "SELECT 1; DELETE FROM core.regions",
        "SELECT 1) AS q; DELETE FROM core.regions; SELECT (1",
        "WITH d AS (DELETE FROM core.regions RETURNING 1) SELECT * FROM d",
        "SELECT set_config('role', 'postgres', true), pg_read_file('/etc/passwd')",
        "SELECT nextval('core.regions_id_seq')",
        "SELECT pg_reload_conf()",
    ],
)
def test_sql_refuses_anything_that_writes(read_only_db: str, query: str) -> None:
    from conftest import fingerprint

    before = fingerprint(read_only_db)
    result = run("--database-url", read_only_db, "sql", query)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: query refused or failed: ")
    assert len(result.stderr.splitlines()) == 1
    assert fingerprint(read_only_db) == before


def test_sql_timeout(read_only_db: str) -> None:
    result = run("--database-url", read_only_db, "sql", "SELECT pg_sleep(5)", "--timeout", "0.3")
    assert result.exit_code == 1
    assert "ran longer than 0.3 s" in result.stderr


# --- search, lists, formats ------------------------------------------------------------------


def test_search_ranks_and_highlights(read_only_db: str) -> None:
    records = json.loads(
        run("--database-url", read_only_db, "search", "joint venture", "--format", "json").stdout
    )
    # 000 prints its "joint venture" paragraph twice: counted once, it ranks below 002
    assert [r["source_file"] for r in records] == [
        "002_a28e6e6453cc9cc1.txt",
        "000_c822827a76efb0a0.txt",
    ]
    ranks = [r["rank"] for r in records]
    assert ranks == sorted(ranks, reverse=True) and ranks[0] > ranks[1], ranks
    assert all("«" in r["snippet"] for r in records)
    text = run("--database-url", read_only_db, "search", "peat").stdout
    assert "004_e38d610265112fad.txt" in text and "«peat»" in text


@pytest.mark.parametrize(
    "hostile", ["'; DROP TABLE core.regions; --", "%_\\", "\u202eabc", "x" * 1_000, '"unbalanced']
)
def test_search_and_region_names_are_data(read_only_db: str, hostile: str) -> None:
    assert run("--database-url", read_only_db, "search", hostile).exit_code == 0
    assert run("--database-url", read_only_db, "report", hostile).exit_code == 2
    assert sql(read_only_db, "SELECT count(*) FROM core.regions")[0][0] == 11


def test_list_commands_filter_by_region(read_only_db: str) -> None:
    names = [
        r["name"]
        for r in json.loads(
            run(
                "--database-url", read_only_db, "officials", "--region", "kursk", "--format", "json"
            ).stdout
        )
    ]
    assert names == [
        "Aleksandr Lukashenko",
        "Dmitry Krutoi",
        "Alexander Mikhailov",
        "Roman Starovoit",
    ]
    kirov = run(
        "--database-url", read_only_db, "enterprises", "--region", "RU-KIR", "--format", "csv"
    ).stdout
    assert "Bobruiskagromash" in kirov and "Elektroagregat" not in kirov
    trade = run("--database-url", read_only_db, "trade", "--region", "kirov").stdout
    assert "approximately" in trade and "$108" in trade and "Kursk" not in trade
    assert run("--database-url", read_only_db, "trade", "--region", "atlantis").exit_code == 2


@pytest.mark.parametrize("output_format", ["text", "markdown", "json", "csv"])
def test_report_formats_are_identical_for_every_name(read_only_db: str, output_format: str) -> None:
    outputs = {
        run("--database-url", read_only_db, "report", name, "--format", output_format).stdout
        for name in ("kursk", "Kursk Oblast", "RU-KRS", "курская")
    }
    assert len(outputs) == 1
    out = outputs.pop()
    if output_format == "markdown":
        assert out.startswith("# Kursk Oblast (RU-KRS)\n") and "\n## Proposals\n" in out
    if output_format == "csv":
        rows = list(csv.reader(out.splitlines()))
        assert rows[0] == ["section", "fact", "sources", "source_files"]
        assert any(r[0] == "trade" and "$96.3 million" in r[1] for r in rows)


# --- docs and export ----------------------------------------------------------------------------


def test_committed_data_dictionary_is_current(migrated_db: str) -> None:
    generated = run("--database-url", migrated_db, "docs").stdout
    committed = (REPOSITORY / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert generated == committed, "run: coopdb docs --output docs/data-dictionary.md"


def test_export_writes_csv_and_a_datapackage(read_only_db: str, tmp_path: Path) -> None:
    result = run("--database-url", read_only_db, "export", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["path"]: r for r in package["resources"]}
    assert set(f"{v}.csv" for v in VIEWS) <= set(resources)
    trade = resources["trade_figures.csv"]
    fields = {f["name"]: f for f in trade["schema"]["fields"]}
    assert fields["value_low_usd"]["type"] == "number"
    assert fields["is_approximate"]["type"] == "boolean"
    assert fields["quote"]["description"].startswith("Verbatim words")
    with (tmp_path / "trade_figures.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert list(rows[0]) == [f["name"] for f in trade["schema"]["fields"]]
    sources = list(csv.DictReader((tmp_path / "sources.csv").open(encoding="utf-8")))
    assert len(sources) == 5 and "15 March" in sources[0]["text"]


def test_bi_tool_path_end_to_end(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    make_server: MakeServer,
) -> None:
    """README's "Connect a BI tool": TCP port, reader login, password over 127.0.0.1."""
    import socket

    from coopdb.server import EmbeddedServer

    home = tmp_path_factory.mktemp("bi")
    make_server(home)  # a copy of an initialized cluster: initdb is not what is tested here
    monkeypatch.setenv("COOPDB_HOME", str(home))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    try:
        assert run("server", "start", "--port", str(port)).exit_code == 0
        created = run("reader", "create", "metabase", input="tableau-Metabase-9\n")
        assert created.exit_code == 0, created.stderr
        dsn = f"host=127.0.0.1 port={port} dbname=coopdb user=metabase"
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(dsn, connect_timeout=5)
        with psycopg.connect(f"{dsn} password=tableau-Metabase-9", connect_timeout=5) as conn:
            assert conn.execute("SELECT count(*) FROM reporting.meetings").fetchone() == (5,)
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                conn.execute("DELETE FROM core.meetings")
        assert run("regions", "--format", "csv").stdout.startswith("name,kind,country,")
    finally:
        EmbeddedServer(home).stop()
