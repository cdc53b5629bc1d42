"""Readers stay readers, third round: what a reader's password or a reader's place on the
server reaches that the earlier rounds did not name, on a real server.

- The SCRAM verifier of a reader's password allows an offline guess of the password; a server
  that logs statements (``log_statement = ddl`` is common) must not get it in its log.
- ``coopdb db check`` asks PostgreSQL what every reader role (both groups, each of their
  logins, reporting-only ones included) may effectively do, whoever granted it, and names each
  way beyond reading: owning objects, memberships in other roles, CREATE or TEMPORARY on the
  database, CREATE on a schema, writing or locking a relation, functions of ``core`` and
  ``reporting`` that PUBLIC may execute, SECURITY DEFINER functions a reader may call, and a
  reader group that lost CONNECT (as a copy of the database does).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import psycopg
import pytest
from click.testing import CliRunner

from conftest import ServerInfo, run, sql
from coopdb.cli import main
from test_security_readers import PASSWORD, Reader, make_reader


@pytest.fixture
def both_readers(hardened_db: str, pg_server: ServerInfo) -> Iterator[tuple[Reader, Reader]]:
    """A coopdb_reader login and a reporting-only one."""
    full = make_reader(hardened_db, pg_server)
    reporting = make_reader(hardened_db, pg_server, "--reporting-only")
    yield full, reporting
    for login in (full, reporting):
        dropped = run("--database-url", hardened_db, "reader", "drop", login.name)
        assert dropped.exit_code == 0, dropped.stderr


def _dbname(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


# --- the password's verifier stays out of the server log ----------------------------------


def _log_since(pg_server: ServerInfo, offset: int, expected: str) -> str:
    """The server log after ``offset``, once ``expected`` is in it (the server writes it
    asynchronously), or after 10 s."""
    assert pg_server.home is not None
    log = pg_server.home / "log" / "postgresql.log"
    deadline = time.monotonic() + 10
    while True:
        with open(log, encoding="utf-8", errors="replace") as fh:
            fh.seek(offset)
            text = fh.read()
        if expected in text or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def test_reader_create_and_password_keep_the_verifier_out_of_a_statement_log(
    hardened_db: str, pg_server: ServerInfo
) -> None:
    """With every statement and every duration logged, the log shows that coopdb's
    statements ran but no SCRAM verifier (CREATE ROLE ... PASSWORD, ALTER ROLE ... PASSWORD)."""
    if pg_server.home is None:
        pytest.skip("the server log is only at hand for the embedded test server")
    database = _dbname(hardened_db)
    sql(hardened_db, f"ALTER DATABASE \"{database}\" SET log_statement = 'all'")
    sql(hardened_db, f'ALTER DATABASE "{database}" SET log_min_duration_statement = 0')
    log = pg_server.home / "log" / "postgresql.log"
    offset = log.stat().st_size
    login = make_reader(hardened_db, pg_server)
    try:
        changed = run(
            "--database-url", hardened_db, "reader", "password", login.name, input="pw-New-8\n"
        )
        assert changed.exit_code == 0, changed.stderr
        assert changed.stderr == ""  # a superuser turns the logging off: nothing to warn of
        with psycopg.connect(hardened_db.replace("+psycopg", "")) as conn:
            conn.execute("SELECT 'coopdb-v3-log-marker'")
        text = _log_since(pg_server, offset, "coopdb-v3-log-marker")
        assert "coopdb-v3-log-marker" in text  # statements of this database are logged
        assert "pg_settings" in text  # and coopdb's own, before logging is turned off
        assert "SCRAM-SHA-256$" not in text
        assert PASSWORD not in text and "pw-New-8" not in text
    finally:
        assert run("--database-url", hardened_db, "reader", "drop", login.name).exit_code == 0


# --- db check asks what each reader may effectively do ------------------------------------


def test_db_check_passes_with_both_kinds_of_readers(
    both_readers: tuple[Reader, Reader], hardened_db: str
) -> None:
    result = run("--database-url", hardened_db, "db", "check")
    assert result.exit_code == 0, result.stderr


DRIFT = [
    pytest.param(
        [
            "CREATE TABLE public.owned (id int)",
            "ALTER TABLE public.owned OWNER TO {reporting}",
        ],
        "{reporting} (a coopdb reader) owns 1 object(s) in this database",
        id="reporting-only-login-owns",
    ),
    pytest.param(
        ["GRANT pg_write_all_data TO {reporting}"],
        "{reporting} (a coopdb reader) is a member of pg_write_all_data",
        id="member-of-pg_write_all_data",
    ),
    pytest.param(
        ["GRANT pg_maintain TO {full}"],
        "{full} (a coopdb reader) is a member of pg_maintain",
        id="member-of-pg_maintain",
    ),
    pytest.param(
        ['GRANT TEMPORARY ON DATABASE "{db}" TO coopdb_reporting_reader'],
        "coopdb_reporting_reader (a coopdb reader) has TEMPORARY on this database",
        id="group-temporary",
    ),
    pytest.param(
        ['GRANT CREATE ON DATABASE "{db}" TO {full}'],
        "{full} (a coopdb reader) has CREATE on this database",
        id="login-create-schemas",
    ),
    pytest.param(
        ["GRANT CREATE ON SCHEMA reporting TO {reporting}"],
        "{reporting} (a coopdb reader) may create objects in schema reporting",
        id="schema-create",
    ),
    pytest.param(
        ["GRANT UPDATE ON core.sources TO coopdb_reader"],
        "coopdb_reader (a coopdb reader) may write or lock 1 relation(s), such as core.sources",
        id="group-update",
    ),
    pytest.param(
        ["GRANT MAINTAIN ON core.load_lock TO {full}"],
        "{full} (a coopdb reader) may write or lock 1 relation(s), such as core.load_lock",
        id="maintain-takes-the-load-lock",
    ),
    pytest.param(
        ["CREATE FUNCTION core.leak() RETURNS int LANGUAGE sql AS 'SELECT 1'"],
        "PUBLIC may execute core.leak(): run REVOKE EXECUTE ON FUNCTION core.leak() FROM PUBLIC",
        id="public-executes-a-new-core-function",
    ),
    pytest.param(
        [
            "CREATE FUNCTION reporting.as_owner() RETURNS int LANGUAGE sql SECURITY DEFINER"
            " AS 'SELECT 1'",
            "REVOKE EXECUTE ON FUNCTION reporting.as_owner() FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION reporting.as_owner() TO coopdb_reporting_reader",
        ],
        "reporting.as_owner() is SECURITY DEFINER and readers may call it",
        id="security-definer",
    ),
    pytest.param(
        ['REVOKE CONNECT ON DATABASE "{db}" FROM coopdb_reporting_reader'],
        "coopdb_reporting_reader may not connect to this database",
        id="group-lost-connect",
    ),
]


def _needs_maintain(url: str) -> None:
    """MAINTAIN and pg_maintain exist from PostgreSQL 17 on."""
    if int(str(sql(url, "SHOW server_version_num")[0][0])) < 170000:
        pytest.skip("MAINTAIN and pg_maintain exist from PostgreSQL 17")


@pytest.mark.parametrize(("changes", "reported"), DRIFT)
def test_db_check_names_what_a_reader_may_do_beyond_reading(
    both_readers: tuple[Reader, Reader], hardened_db: str, changes: list[str], reported: str
) -> None:
    full, reporting = both_readers
    if any("maintain" in change.lower() for change in changes):
        _needs_maintain(hardened_db)
    names = {"full": full.name, "reporting": reporting.name, "db": _dbname(hardened_db)}
    for change in changes:
        sql(hardened_db, change.format(**names))
    result = run("--database-url", hardened_db, "db", "check")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert reported.format(**names) in result.stderr, result.stderr


def test_maintain_on_the_load_lock_would_let_a_reader_hold_up_every_load(
    both_readers: tuple[Reader, Reader], hardened_db: str
) -> None:
    """Why MAINTAIN counts as more than reading: from PostgreSQL 17 it lets LOCK TABLE take
    any mode, so the grant db check names would let a reader block loads."""
    _needs_maintain(hardened_db)
    full, _reporting = both_readers
    sql(hardened_db, f"GRANT MAINTAIN ON core.load_lock TO {full.name}")
    with full.connect() as conn:
        conn.execute("LOCK TABLE core.load_lock IN ACCESS EXCLUSIVE MODE")
        result = run("--database-url", hardened_db, "load", "--lock-timeout", "0.5")
        assert result.exit_code == 1
        assert full.name in result.stderr, result.stderr


# --- a reader may lift its own limits: PostgreSQL allows it, db check shows it ------------


@pytest.mark.parametrize(
    ("lift", "reported"),
    [
        (
            "ALTER ROLE {name} SET statement_timeout = 0",
            "reader login {name} has lost its limits (statement_timeout=0)",
        ),
        (
            'ALTER ROLE {name} IN DATABASE "{db}" SET statement_timeout = 0',
            "reader login {name} has lost its limits (statement_timeout=0 in this database)",
        ),
        (
            "ALTER ROLE {name} RESET ALL",
            "reader login {name} has lost its limits (no default_transaction_read_only,"
            " no statement_timeout, no idle_in_transaction_session_timeout)",
        ),
        (
            "ALTER ROLE {name} SET idle_in_transaction_session_timeout = '0ms'",
            "reader login {name} has lost its limits (idle_in_transaction_session_timeout=0ms)",
        ),
    ],
)
def test_db_check_shows_a_reader_that_lifted_its_own_limits(
    both_readers: tuple[Reader, Reader], hardened_db: str, lift: str, reported: str
) -> None:
    """The reader does it with its own password; the limits then are gone for every later
    session of it (a BI tool's too), and pg_roles.rolconfig does not show the IN DATABASE
    kind."""
    _full, reporting = both_readers
    names = {"name": reporting.name, "db": _dbname(hardened_db)}
    with reporting.connect(autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")
        conn.execute(lift.format(**names))
    with reporting.connect() as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() != ("1min",) or "idle" in lift
    result = run("--database-url", hardened_db, "db", "check")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert reported.format(**names) in result.stderr, result.stderr


def test_db_check_shows_a_login_without_a_connection_limit(
    both_readers: tuple[Reader, Reader], hardened_db: str
) -> None:
    full, _reporting = both_readers
    sql(hardened_db, f"ALTER ROLE {full.name} CONNECTION LIMIT -1")
    result = run("--database-url", hardened_db, "db", "check")
    assert result.exit_code == 1
    assert f"reader login {full.name} has lost its limits (no connection limit)" in result.stderr


# --- a password in the arguments is in the process list -----------------------------------


def test_a_password_in_the_arguments_is_warned_of_at_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``ps`` shows every local user each process's arguments; the environment and ~/.pgpass
    stay the user's own. The warning never repeats the password."""
    import coopdb.cli

    monkeypatch.setattr(coopdb.cli, "_stderr_is_a_terminal", lambda: True)
    with_password = "postgresql://alice:s3cret-Pw@127.0.0.1:1/coopdb"
    warned = run("--database-url", with_password, "db", "url")
    assert warned.exit_code == 0, warned.stderr
    assert warned.stderr.startswith("warning: the password in --database-url is visible")
    assert "PGPASSWORD or ~/.pgpass" in warned.stderr
    assert "s3cret" not in warned.stderr + warned.stdout
    for quiet in (
        run("--database-url", "postgresql://alice@127.0.0.1:1/coopdb", "db", "url"),
        CliRunner(env={"COOPDB_DATABASE_URL": with_password}).invoke(
            main, ["db", "url"], catch_exceptions=False
        ),
    ):
        assert quiet.exit_code == 0, quiet.stderr
        assert quiet.stderr == ""


# --- a reader's open transaction holds up a migration: it is named ------------------------


@pytest.mark.parametrize(
    "timeout",
    [
        pytest.param([], marks=pytest.mark.slow, id="the-default-10-s"),
        pytest.param(["--table-lock-timeout", "0.5"], id="half-a-second"),
    ],
)
def test_a_migration_held_up_by_a_readers_transaction_names_the_reader(
    both_readers: tuple[Reader, Reader], hardened_db: str, timeout: list[str]
) -> None:
    """Reading takes ACCESS SHARE locks, which every ALTER, DROP or CREATE OR REPLACE VIEW
    waits for; a reader that turned its idle-in-transaction timeout off holds them as long
    as it likes. The migration gives up after its lock_timeout (10 s unless told), changes
    nothing, and names the session (PostgreSQL's own message names nobody)."""
    full, _reporting = both_readers
    before = run("--database-url", hardened_db, "db", "current").stdout
    with full.connect() as conn:
        conn.execute("SET idle_in_transaction_session_timeout = 0")
        conn.execute("SET application_name = 'holding-reader'")
        tables = sql(
            hardened_db,
            "SELECT c.oid::regclass::text FROM pg_class c WHERE c.relkind IN ('r', 'v')"
            " AND c.relnamespace IN ('core'::regnamespace, 'reporting'::regnamespace)"
            " AND has_table_privilege(%s, c.oid, 'SELECT') ORDER BY 1",
            (full.name,),
        )
        for (table,) in tables:
            conn.execute(f"LOCK TABLE {table} IN ACCESS SHARE MODE")
        started = time.monotonic()
        result = run("--database-url", hardened_db, "db", "downgrade", *timeout, "--", "-1")
        waited = time.monotonic() - started
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(
        f"Error: the migration gave up waiting for a table lock held by {full.name} (pid "
    ), result.stderr
    assert "holding-reader" in result.stderr and "nothing was changed" in result.stderr
    assert run("--database-url", hardened_db, "db", "current").stdout == before
    assert waited >= (float(timeout[1]) if timeout else 10.0)  # it waited for the lock first


# --- what a reader sees of other sessions -------------------------------------------------


def test_a_reader_sees_no_other_sessions_query_text(
    both_readers: tuple[Reader, Reader], hardened_db: str
) -> None:
    """pg_stat_activity shows a reader its own sessions only: not the owner's statements
    (which may carry a password's verifier or curated text not yet loaded), nor another
    reader's."""
    full, reporting = both_readers
    with (
        psycopg.connect(hardened_db.replace("+psycopg", "")) as owner,
        reporting.connect() as other,
        full.connect() as conn,
    ):
        owner.execute("SELECT 'owner-secret-text', pg_sleep(0)")
        other.execute("SELECT 'reader-secret-text'")
        rows = conn.execute(
            "SELECT usename, query FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
            " AND usename IS NOT NULL"
        ).fetchall()
        assert {usename for usename, _ in rows} >= {reporting.name}
        for usename, query in rows:
            if usename != full.name:
                assert query == "<insufficient privilege>", (usename, query)


# --- roles are server-wide: a new login may reach other databases -------------------------


def test_reader_create_names_other_databases_the_login_reaches(
    hardened_db: str, pg_server: ServerInfo
) -> None:
    """A database left at PostgreSQL's defaults lets every role connect and create temporary
    tables, which temp_file_limit does not bound: a reader could fill the disk there. coopdb
    cannot revoke in a database it does not own; ``reader create`` says so, in one line."""
    with pg_server.janitor(f"aaa_open_{os.getpid()}") as other:
        name = f"rd_v3_{os.getpid()}"
        result = run("--database-url", hardened_db, "reader", "create", name, input=PASSWORD + "\n")
        try:
            assert result.exit_code == 0, result.stderr
            lines = result.stderr.splitlines()
            assert len(lines) == 1, result.stderr
            assert lines[0].startswith(
                f"warning: {name} may also connect to database(s) {other.dbname}"
            ), lines
            assert (
                f"in {other.dbname} and others it may create temporary tables" in lines[0]
                or f"in {other.dbname} it may create temporary tables" in lines[0]
            ), lines
            dsn = f"host={pg_server.host} port={pg_server.port} dbname={other.dbname} user={name}"
            if not pg_server.host.startswith("/"):
                dsn += f" password={PASSWORD}"
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute("SET default_transaction_read_only = off")
                conn.execute("CREATE TEMP TABLE filler AS SELECT 1 AS x")  # the attack is real
                conn.execute("DROP TABLE filler")  # gone before `reader drop` looks
        finally:
            assert run("--database-url", hardened_db, "reader", "drop", name).exit_code == 0


# --- a query whose client is gone does not run on ------------------------------------------

_ENDLESS_CLIENT = """
import sys, psycopg
with psycopg.connect(sys.argv[1]) as first:
    logins = first.execute("SHOW client_connection_check_interval").fetchone()[0]
# A shorter interval must be asked for at connection: the first check is timed at the first
# statement, with the interval then in force.
options = {"options": f"-c client_connection_check_interval={sys.argv[2]}"} if sys.argv[2:] else {}
conn = psycopg.connect(sys.argv[1], autocommit=True, application_name="endless-client", **options)
conn.execute("SET statement_timeout = 0")
print("running", logins, flush=True)
conn.execute("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
             " SELECT count(*) FROM r")
"""


@pytest.mark.parametrize(
    "interval",
    [
        pytest.param([], marks=pytest.mark.slow, id="the-logins-10-s"),
        pytest.param(["500ms"], id="half-a-second-set-by-the-session"),
    ],
)
def test_a_query_whose_client_was_killed_ends_within_seconds(
    both_readers: tuple[Reader, Reader], hardened_db: str, interval: list[str]
) -> None:
    """An endless query sends nothing until it ends, so PostgreSQL notices a vanished client
    only with client_connection_check_interval: reader logins get 10 s. (A reader may turn it
    off for its own session, as it may statement_timeout; a BI tool that gives up does not.)
    Every variant checks the login's 10 s; the quick one then shortens it for its session,
    so that what is waited for is PostgreSQL's check, not the interval."""
    full, _reporting = both_readers
    client = subprocess.Popen(
        [sys.executable, "-c", _ENDLESS_CLIENT, full.dsn, *interval],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert client.stdout is not None and client.stdout.readline() == "running 10s\n"
        running = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'endless-client'"
        deadline = time.monotonic() + 30
        while sql(hardened_db, running + " AND state = 'active'") != [(1,)]:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        client.kill()
        client.wait()
        deadline = time.monotonic() + 40  # the login's check runs every 10 s
        while sql(hardened_db, running) != [(0,)]:
            assert time.monotonic() < deadline, "the query ran on after its client was killed"
            time.sleep(0.2)
    finally:
        client.kill()
        client.wait()
        sql(
            hardened_db,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = 'endless-client'",
        )
