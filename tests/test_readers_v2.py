"""Reader logins that just work in a BI tool: search_path ``reporting``, a reporting-only
kind that reaches nothing in ``core`` (every object the catalog lists is tried), a password
that can be changed, a list of the logins, and the URI a BI tool takes."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator

import psycopg
import pytest

from conftest import MakeServer, ServerInfo, run, sql
from test_security_readers import PASSWORD, Reader, make_reader

CORE_RELATIONS = (
    "SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = 'core'::regnamespace"
    " AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p') ORDER BY 1"
)
CORE_FUNCTIONS = (
    "SELECT p.oid::regprocedure::text, p.proname,"
    " ARRAY(SELECT format_type(t, NULL) FROM unnest(p.proargtypes::oid[]) AS t)"
    " FROM pg_proc p WHERE p.pronamespace = 'core'::regnamespace ORDER BY 1"
)
REPORTING_RELATIONS = (
    "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'reporting'::regnamespace"
    " AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 1"
)


@pytest.fixture
def reporting_only(hardened_db: str, pg_server: ServerInfo) -> Iterator[Reader]:
    login = make_reader(hardened_db, pg_server, "--reporting-only")
    yield login
    assert run("--database-url", hardened_db, "reader", "drop", login.name).exit_code == 0


def test_a_reporting_only_reader_reaches_nothing_in_core(
    hardened_db: str, reporting_only: Reader
) -> None:
    relations = sql(hardened_db, CORE_RELATIONS)
    functions = sql(hardened_db, CORE_FUNCTIONS)
    assert len(relations) > 40 and any(kind == "S" for _, kind in relations)
    assert any(name == "run_read_only" for _, name, _ in functions)
    with reporting_only.connect(autocommit=True) as conn:
        for name, _kind in relations:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="schema core"):
                conn.execute(f"SELECT * FROM core.{name} LIMIT 1")
        for _signature, name, types in functions:
            nulls = ", ".join(f"NULL::{t}" for t in types)  # type: ignore[attr-defined]
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="schema core"):
                conn.execute(f"SELECT core.{name}({nulls})")
        # Nor by oid, where no schema is looked up: no privilege on any object of core.
        granted = conn.execute(
            "SELECT c.oid::regclass::text, p FROM pg_class c,"
            " unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',"
            "              'TRIGGER']) AS p"
            " WHERE c.relnamespace = 'core'::regnamespace AND c.relkind <> 'S'"
            " AND has_table_privilege(c.oid, p)"
            " UNION ALL SELECT c.oid::regclass::text, p FROM pg_class c,"
            " unnest(ARRAY['USAGE', 'SELECT', 'UPDATE']) AS p"
            " WHERE c.relnamespace = 'core'::regnamespace AND c.relkind = 'S'"
            " AND has_sequence_privilege(c.oid, p)"
            " UNION ALL SELECT p.oid::regprocedure::text, 'EXECUTE' FROM pg_proc p"
            " WHERE p.pronamespace = 'core'::regnamespace AND has_function_privilege(p.oid,"
            " 'EXECUTE')"
            " UNION ALL SELECT 'core', p FROM unnest(ARRAY['USAGE', 'CREATE']) AS p"
            " WHERE has_schema_privilege('core', p)"
        ).fetchall()
        assert granted == []
        # The only relations outside reporting it may read: the schema version, the catalog.
        readable = conn.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'reporting')"
            " AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'"
            " AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1"
        ).fetchall()
        assert readable == [("public.alembic_version",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM core.run_read_only('SELECT * FROM core.sources', 1)")
        # Functions that run a query text check the same privileges.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT query_to_xml('SELECT body FROM core.sources', true, true, '')")


def test_a_reporting_only_reader_reads_no_large_object(
    hardened_db: str, reporting_only: Reader
) -> None:
    with psycopg.connect(hardened_db.replace("+psycopg", ""), autocommit=True) as owner:
        row = owner.execute("SELECT lo_from_bytea(0, 'core data'::bytea)").fetchone()
        assert row is not None
        oid = row[0]
    try:
        with reporting_only.connect(autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT lo_get(%s)", (oid,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT lo_from_bytea(0, 'mine'::bytea)")
    finally:
        with psycopg.connect(hardened_db.replace("+psycopg", ""), autocommit=True) as owner:
            owner.execute("SELECT lo_unlink(%s)", (oid,))


@pytest.mark.parametrize("options", [(), ("--reporting-only",)])
def test_every_reporting_relation_is_read_unqualified(
    hardened_db: str, pg_server: ServerInfo, options: tuple[str, ...]
) -> None:
    names = [str(name) for (name,) in sql(hardened_db, REPORTING_RELATIONS)]
    assert {"meetings", "sources", "loads", "changes"} <= set(names)
    reader = make_reader(hardened_db, pg_server, *options)
    with reader.connect() as conn:  # no options: the role's own search_path
        assert conn.execute("SHOW search_path").fetchone() == ("reporting",)
        for name in names:
            conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
        assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (5,)
        assert conn.execute("SELECT count(*) FROM reporting.meetings").fetchone() == (5,)


def test_coopdb_commands_as_a_reporting_only_reader(reporting_only: Reader) -> None:
    report = run("--database-url", reporting_only.url, "changes", "--format", "json")
    assert report.exit_code == 0, report.stderr
    assert [load["load_id"] for load in json.loads(report.stdout)["loads"]] == [1]
    refused = run("--database-url", reporting_only.url, "sql", "SELECT 1")
    assert refused.exit_code != 0
    assert refused.stderr.strip().splitlines() == [
        "Error: query refused or failed: a reporting-only reader cannot use coopdb sql (its"
        " query runner reads core): connect a SQL client (psql, a BI tool) with the URI"
        " `coopdb reader create` printed instead"
    ]
    load = run("--database-url", reporting_only.url, "load")
    assert load.exit_code != 0 and "read-only coopdb reader" in load.stderr


def test_list_shows_exactly_the_readers(hardened_db: str, pg_server: ServerInfo) -> None:
    everything = make_reader(hardened_db, pg_server, "--connection-limit", "7")
    reporting = make_reader(hardened_db, pg_server, "--reporting-only")
    with psycopg.connect(hardened_db.replace("+psycopg", ""), autocommit=True) as owner:
        owner.execute("CREATE ROLE v2_not_a_reader LOGIN IN ROLE coopdb_reader")  # unmarked
        owner.execute(f"ALTER ROLE {reporting.name} VALID UNTIL '2031-01-01 00:00:00+00'")
    try:
        listed = run("--database-url", hardened_db, "reader", "list", "--format", "json")
        assert listed.exit_code == 0, listed.stderr
        logins = {login["name"]: login for login in json.loads(listed.stdout)}
        ours = {name for name in logins if name in (everything.name, reporting.name)}
        assert ours == {everything.name, reporting.name}
        assert "v2_not_a_reader" not in logins and "coopdb_reader" not in logins
        assert logins[everything.name] == {
            "name": everything.name,
            "reporting_only": False,
            "connection_limit": 7,
            "valid_until": None,
            "password_set": True,
        }
        assert logins[reporting.name]["reporting_only"] is True
        assert logins[reporting.name]["valid_until"].startswith("2031-01-01")
        text = run("--database-url", hardened_db, "reader", "list").stdout
        assert everything.name in text and "v2_not_a_reader" not in text
        csv = run("--database-url", hardened_db, "reader", "list", "--format", "csv").stdout
        assert csv.startswith("name,reporting_only,connection_limit,valid_until,password_set")
    finally:
        sql(hardened_db, "DROP ROLE v2_not_a_reader")
        for login in (everything, reporting):
            run("--database-url", hardened_db, "reader", "drop", login.name)


def test_password_refuses_what_coopdb_did_not_make(hardened_db: str) -> None:
    for name, says in (
        ("postgres", "is not a coopdb reader login"),
        ("coopdb_reporting_reader", "one of coopdb's own roles"),
        ("nobody_here", "no role named"),
    ):
        result = run(
            "--database-url", hardened_db, "reader", "password", name, input="x-Password-1\n"
        )
        assert result.exit_code != 0 and says in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    exists = run("--database-url", hardened_db, "reader", "create", "postgres", input="pw\n")
    assert "coopdb reader password postgres" in exists.stderr


def test_bi_login_over_tcp_uri_and_password_change(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    make_server: MakeServer,
) -> None:
    """The URI printed is the one a BI tool takes; a new password replaces the old one."""
    from coopdb.server import EmbeddedServer

    home = tmp_path_factory.mktemp("bi2")
    make_server(home)  # a copy of an initialized cluster: initdb is not what is tested here
    monkeypatch.setenv("COOPDB_HOME", str(home))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    try:
        assert run("server", "start", "--port", str(port)).exit_code == 0
        created = run("reader", "create", "superset", "--reporting-only", input=f"{PASSWORD}\n")
        assert created.exit_code == 0, created.stderr
        uri = f"postgresql://superset@127.0.0.1:{port}/coopdb"
        assert re.search(rf"^for BI tools: {re.escape(uri)}$", created.stdout, re.M)
        with psycopg.connect(uri, password=PASSWORD, connect_timeout=5) as conn:
            assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (5,)
        changed = run("reader", "password", "superset", "--password-stdin", input="n3w-Secret\n")
        assert changed.exit_code == 0, changed.stderr
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(uri, password=PASSWORD, connect_timeout=5)
        with psycopg.connect(uri, password="n3w-Secret", connect_timeout=5) as conn:
            assert conn.execute("SELECT count(*) FROM loads").fetchone() == (1,)
        status = run("server", "status").stdout  # the owner's socket and the port, no URI
        assert f"tcp:        127.0.0.1:{port}" in status and "socket dir:" in status
    finally:
        EmbeddedServer(home).stop()
