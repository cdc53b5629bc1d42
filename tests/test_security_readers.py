"""Readers stay readers: every attack a reader login made on coopdb is refused, on a real server.

Each test logs in as a login made by ``coopdb reader create`` (over the Unix socket of the
test server, or TCP with its password when COOPDB_TEST_DATABASE_URL names another server)
and tries what an attacker with a reader's password tried: take over the sandbox function,
create objects, block the owner's locks, drop roles it should not. Database-level privileges
are not copied by ``CREATE DATABASE ... TEMPLATE``, so the ``hardened_db`` fixture applies them
again on its clone with the statements ``db upgrade`` ends with (one test proves ``db upgrade``
mends a copy, another that a fresh migration sets them by itself).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from conftest import SCRATCH, ServerInfo, fingerprint, run, sql
from coopdb.analyst.readers import MARKER
from coopdb.locks import LOAD_LOCK, MIGRATION_LOCK
from coopdb.safeguards import SANDBOX_BODY, SANDBOX_FUNCTION
from coopdb.schema_version import HEAD_REVISION

OLD_BOOTSTRAP_KEY = 0x636F_6F70_6462_0001
OLD_LOAD_KEY = 0x636F_6F70_6462_0002
PASSWORD = "pw-Reader-7"
_names = itertools.count()


@dataclass(frozen=True)
class Reader:
    """A login made by ``coopdb reader create``, and how to reach the database as it."""

    name: str
    dsn: str
    url: str

    def connect(self, **kwargs: object) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.dsn, **kwargs)  # type: ignore[arg-type]


def _dbname(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def _owner(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(url.replace("+psycopg", ""), autocommit=True)


def make_reader(url: str, server: ServerInfo, *options: str) -> Reader:
    name = f"rd_{os.getpid()}_{next(_names)}"
    result = run("--database-url", url, "reader", "create", name, *options, input=PASSWORD)
    assert result.exit_code == 0, result.stderr
    dsn = f"host={server.host} port={server.port} dbname={_dbname(url)} user={name}"
    if not server.host.startswith("/"):
        dsn += f" password={PASSWORD}"
    as_reader = ServerInfo(server.host, server.port, name, PASSWORD, None)
    return Reader(name, dsn, as_reader.url(_dbname(url)))


def _role_exists(url: str, name: str) -> bool:
    return bool(sql(url, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)))


@pytest.fixture(scope="module")
def shared_db(pg_server: ServerInfo, loaded_template: str) -> Iterator[str]:
    """One hardened database for the attacks that must fail (and so change nothing)."""
    with pg_server.janitor(f"coopdb_readers_{os.getpid()}", template=loaded_template) as db:
        url = pg_server.url(db.dbname)
        result = run("--database-url", url, "db", "upgrade")
        assert result.exit_code == 0, result.stderr
        yield url


@pytest.fixture(scope="module")
def shared_reader(shared_db: str, pg_server: ServerInfo) -> Iterator[Reader]:
    login = make_reader(shared_db, pg_server)
    yield login
    dropped = run("--database-url", shared_db, "reader", "drop", login.name)
    assert dropped.exit_code == 0, dropped.stderr


@pytest.fixture
def reader(hardened_db: str, pg_server: ServerInfo) -> Iterator[Reader]:
    login = make_reader(hardened_db, pg_server)
    yield login
    if _role_exists(hardened_db, login.name):
        dropped = run("--database-url", hardened_db, "reader", "drop", login.name)
        assert dropped.exit_code == 0, dropped.stderr


def _as_reader(login: Reader, statement: str) -> None:
    """Run ``statement`` as the reader in a transaction it asked to be read-write, so that
    only privileges can refuse it."""
    with login.connect(autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")
        with conn.transaction():
            conn.execute(statement)


# --- §1: the sandbox function belongs to no login ------------------------------------------


@pytest.mark.parametrize(
    "attack",
    [
        f"ALTER FUNCTION {SANDBOX_FUNCTION} SECURITY INVOKER",
        f"ALTER FUNCTION {SANDBOX_FUNCTION} SET search_path = pg_temp, pg_catalog",
        f"ALTER FUNCTION {SANDBOX_FUNCTION} OWNER TO CURRENT_USER",
        f"DROP FUNCTION {SANDBOX_FUNCTION}",
        "CREATE OR REPLACE FUNCTION core.run_read_only(q text, n integer)"
        " RETURNS SETOF json LANGUAGE sql AS 'SELECT NULL::json'",
        f"COMMENT ON FUNCTION {SANDBOX_FUNCTION} IS 'mine'",
    ],
)
def test_reader_cannot_change_the_sandbox_function(
    shared_reader: Reader, shared_db: str, attack: str
) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_reader(shared_reader, attack)
    check = run("--database-url", shared_db, "db", "check")
    assert check.exit_code == 0, check.stderr
    # The owner's next coopdb sql still runs with the sandbox's rights, not the owner's.
    out = run("--database-url", shared_db, "sql", "SELECT current_user", "--format", "json")
    assert json.loads(out.stdout) == [{"current_user": "coopdb_sandbox"}]


def test_reader_grants_on_the_sandbox_function_are_no_ops(
    shared_reader: Reader, shared_db: str
) -> None:
    """GRANT without a grant option only warns ("no privileges were granted")."""
    query = "SELECT proacl::text FROM pg_proc WHERE oid = %s::regprocedure"
    before = sql(shared_db, query, (SANDBOX_FUNCTION,))
    _as_reader(shared_reader, f"GRANT EXECUTE ON FUNCTION {SANDBOX_FUNCTION} TO PUBLIC")
    assert sql(shared_db, query, (SANDBOX_FUNCTION,)) == before
    assert run("--database-url", shared_db, "db", "check").exit_code == 0


def test_search_path_hijack_is_refused(shared_reader: Reader, shared_db: str) -> None:
    """The reported attack: a format(text, text) in the reader's temporary schema."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_reader(
            shared_reader,
            "CREATE FUNCTION pg_temp.format(text, text) RETURNS text LANGUAGE sql"
            " AS 'SELECT ''SELECT 1'''",
        )
    with shared_reader.connect(autocommit=True) as conn:
        # The caller's search_path does not reach inside: pg_catalog comes first there.
        conn.execute("SET search_path = pg_temp, public")
        rows = conn.execute(
            "SELECT * FROM core.run_read_only('SELECT current_user, 1 + 1', 2)"
        ).fetchall()
    assert rows == [({"c1": "coopdb_sandbox", "c2": 2},)]
    config = sql(
        shared_db,
        "SELECT proconfig FROM pg_proc WHERE oid = %s::regprocedure",
        (SANDBOX_FUNCTION,),
    )
    assert config == [(["search_path=pg_catalog, reporting, core, pg_temp"],)]


def test_sandbox_body_qualifies_every_call(shared_db: str) -> None:
    body = sql(
        shared_db, "SELECT prosrc FROM pg_proc WHERE oid = %s::regprocedure", (SANDBOX_FUNCTION,)
    )[0][0]
    assert body == SANDBOX_BODY
    calls = re.findall(r"(?<![\w.])([A-Za-z_]\w*)\(", str(body))
    assert calls == []  # every name(…) is pg_catalog.name(…)


def test_no_reader_owns_or_is_member_of_an_owner(shared_reader: Reader, shared_db: str) -> None:
    owners = sql(
        shared_db,
        "SELECT DISTINCT owner::regrole::text FROM ("
        " SELECT relowner AS owner FROM pg_class WHERE relnamespace::regnamespace::text"
        "  IN ('core', 'reporting', 'public')"
        " UNION SELECT proowner FROM pg_proc WHERE pronamespace::regnamespace::text"
        "  IN ('core', 'reporting', 'public')"
        " UNION SELECT nspowner FROM pg_namespace WHERE nspname IN ('core', 'reporting', 'public')"
        " UNION SELECT typowner FROM pg_type WHERE typnamespace::regnamespace::text"
        "  IN ('core', 'reporting')"
        " UNION SELECT lomowner FROM pg_largeobject_metadata) AS o",
    )
    assert {"coopdb_reader", shared_reader.name} & {o for (o,) in owners} == set()
    for (owner,) in owners:
        member = sql(shared_db, "SELECT pg_has_role(%s, %s, 'MEMBER')", (shared_reader.name, owner))
        assert member == [(False,)], owner
    owned = sql(
        shared_db,
        "SELECT count(*) FROM pg_shdepend WHERE deptype = 'o'"
        " AND refobjid IN ('coopdb_reader'::regrole, %s::regrole)",
        (shared_reader.name,),
    )
    assert owned == [(0,)]
    sandbox_members = sql(
        shared_db,
        "SELECT count(*) FROM pg_auth_members WHERE roleid = 'coopdb_sandbox'::regrole",
    )
    assert sandbox_members == [(0,)]


# --- §2: readers create nothing ------------------------------------------------------------

CREATIONS = [
    "CREATE TEMP TABLE evil (id int)",
    "CREATE TEMP VIEW evil AS SELECT 1",
    "SELECT lo_from_bytea(0, 'persistent')",
    "SELECT lo_create(0)",
    "SELECT lo_creat(-1)",
    "SELECT lo_import('/etc/passwd')",
    "CREATE TABLE public.evil (id int)",
    "CREATE FUNCTION public.evil() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "CREATE TABLE core.evil (id int)",
    "CREATE VIEW reporting.evil AS SELECT 1",
    "CREATE SCHEMA evil",
    "SELECT pg_notify('coopdb', 'payload')",
]


@pytest.mark.parametrize("statement", CREATIONS)
def test_reader_can_create_nothing(shared_reader: Reader, shared_db: str, statement: str) -> None:
    before = fingerprint(shared_db)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_reader(shared_reader, statement)
    assert sql(shared_db, "SELECT count(*) FROM pg_largeobject_metadata") == [(0,)]
    assert fingerprint(shared_db) == before


def test_reader_role_settings_and_what_postgresql_lets_it_change(
    reader: Reader, hardened_db: str
) -> None:
    """PostgreSQL lets a role change its own user-level settings, password included; the
    limits a reader cannot lift are the superuser-only ones and its connection limit."""
    with reader.connect(autocommit=True) as conn:
        assert conn.execute("SHOW temp_file_limit").fetchone() == ("1GB",)
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("5min",)
        conn.execute("SET default_transaction_read_only = off")
        # Allowed by PostgreSQL for any role, and persistent: documented, not preventable.
        conn.execute(f"ALTER ROLE {reader.name} SET statement_timeout = 0")
        conn.execute(f"ALTER ROLE {reader.name} RESET ALL")
        conn.execute(f"ALTER ROLE {reader.name} PASSWORD '{PASSWORD}'")
        for lift in (
            "SET temp_file_limit = -1",
            f"ALTER ROLE {reader.name} SET temp_file_limit = -1",
            f"ALTER ROLE {reader.name} RESET temp_file_limit",
            f"ALTER ROLE {reader.name} CONNECTION LIMIT -1",
            f"COMMENT ON ROLE {reader.name} IS 'not a reader'",
            f"ALTER ROLE {reader.name} CREATEDB",
            f"GRANT coopdb_reader TO {reader.name}",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(lift)
    with reader.connect(autocommit=True) as conn:
        # RESET ALL kept what it may not change; writes stay refused by privileges.
        assert conn.execute("SHOW temp_file_limit").fetchone() == ("1GB",)
        assert conn.execute("SHOW statement_timeout").fetchone() == ("0",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM core.meetings")
    row = sql(
        hardened_db,
        "SELECT rolconnlimit, shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = %s",
        (reader.name,),
    )
    assert row == [(5, MARKER)]


def test_connection_limit_gives_one_clean_line(hardened_db: str, pg_server: ServerInfo) -> None:
    login = make_reader(hardened_db, pg_server, "--connection-limit", "1")
    try:
        with login.connect():
            result = run("--database-url", login.url, "report", "kursk")
            assert result.exit_code == 1
            assert result.stderr.startswith("Error: cannot connect to ")
            assert f'too many connections for role "{login.name}"' in result.stderr
            assert len(result.stderr.splitlines()) == 1
        # The closed session's backend may still hold its slot for a moment after it has left
        # pg_stat_activity: once it is gone, the login connects again.
        deadline = time.monotonic() + 10
        while (again := run("--database-url", login.url, "report", "kursk")).exit_code != 0:
            assert "too many connections" in again.stderr, again.stderr
            assert time.monotonic() < deadline, again.stderr
            time.sleep(0.1)
    finally:
        assert run("--database-url", hardened_db, "reader", "drop", login.name).exit_code == 0


# --- §2: readers cannot block the owner ----------------------------------------------------


def test_reader_advisory_locks_on_the_old_keys_block_nothing(
    reader: Reader, hardened_db: str
) -> None:
    with reader.connect(autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (OLD_LOAD_KEY,))
        conn.execute("SELECT pg_advisory_lock(%s)", (OLD_BOOTSTRAP_KEY,))
        # And it reads every core table in an open transaction (ACCESS SHARE locks).
        conn.execute("BEGIN")
        conn.execute(f"SELECT 1 FROM {MIGRATION_LOCK}")
        for (table,) in sql(
            hardened_db,
            "SELECT relname FROM pg_class WHERE relnamespace = 'core'::regnamespace"
            " AND relkind = 'r' AND relname <> 'load_lock'",
        ):
            conn.execute(f"SELECT 1 FROM core.{table} LIMIT 1")
        started = time.monotonic()
        load = run("--database-url", hardened_db, "load", "--lock-timeout", "3")
        upgrade = run("--database-url", hardened_db, "db", "upgrade")
        elapsed = time.monotonic() - started
    assert load.exit_code == 0, load.stderr
    assert upgrade.exit_code == 0, upgrade.stderr
    assert "waiting" not in load.stderr + upgrade.stderr
    assert elapsed < 20


@pytest.mark.parametrize("table", [LOAD_LOCK, MIGRATION_LOCK])
@pytest.mark.parametrize(
    "mode",
    [
        "ROW SHARE",
        "ROW EXCLUSIVE",
        "SHARE UPDATE EXCLUSIVE",
        "SHARE",
        "SHARE ROW EXCLUSIVE",
        "EXCLUSIVE",
        "ACCESS EXCLUSIVE",
    ],
)
def test_reader_cannot_take_the_owner_locks(shared_reader: Reader, table: str, mode: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_reader(shared_reader, f"LOCK TABLE {table} IN {mode} MODE NOWAIT")


@pytest.mark.parametrize(
    "statement",
    [
        f"LOCK TABLE {LOAD_LOCK} IN ACCESS SHARE MODE",
        f"SELECT * FROM {LOAD_LOCK}",
        f"SELECT * FROM {LOAD_LOCK} FOR UPDATE",
        f"COMMENT ON TABLE {LOAD_LOCK} IS 'mine'",
        f"TRUNCATE {LOAD_LOCK}",
    ],
)
def test_reader_has_no_privilege_at_all_on_the_load_lock(
    shared_reader: Reader, statement: str
) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_reader(shared_reader, statement)


def _commit_once_waited_for(holder: psycopg.Connection[tuple[object, ...]], url: str) -> None:
    """Commit ``holder`` once another session waits for its lock on the migration lock (a
    migration says whom it waits for before it waits)."""
    deadline = time.monotonic() + 60
    waiting = "SELECT 1 FROM pg_locks WHERE relation = %s::regclass AND NOT granted"
    while not sql(url, waiting, (MIGRATION_LOCK,)) and time.monotonic() < deadline:
        time.sleep(0.05)
    holder.commit()


def test_waiting_migration_names_the_lock_holder(hardened_db: str) -> None:
    holder = psycopg.connect(hardened_db.replace("+psycopg", ""), application_name="lock-holder")
    holder.execute(f"LOCK TABLE {MIGRATION_LOCK} IN EXCLUSIVE MODE")
    pid = holder.info.backend_pid
    release = threading.Thread(target=_commit_once_waited_for, args=(holder, hardened_db))
    release.start()
    try:
        result = run("--database-url", hardened_db, "db", "upgrade")
    finally:
        release.join()
        holder.close()
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(
        rf"waiting for the migration lock held by \w+ \(pid {pid}, lock-holder,"
        r" since \d\d:\d\d:\d\d\)…\n",
        result.stderr,
    ), result.stderr


@pytest.mark.slow  # two processes migrating at once
def test_two_upgrades_of_a_new_database_serialize(empty_db: str) -> None:
    env = {**os.environ, "COOPDB_DATABASE_URL": empty_db}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "coopdb", "db", "upgrade"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [proc.communicate(timeout=120) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], outcomes
    assert sql(empty_db, "SELECT version_num FROM public.alembic_version") == [(HEAD_REVISION,)]


def test_a_version_table_created_meanwhile_by_another_upgrade_is_no_error(empty_db: str) -> None:
    """The loser of two concurrent CREATE TABLE IF NOT EXISTS waits for the winner's catalog
    rows and then fails on them (a unique violation here; 'type "alembic_version" already
    exists' in a narrower window, which only the two-process test above can hit)."""
    from coopdb.db import make_engine, resolve
    from coopdb.locks import VERSION_TABLE, _create_version_table

    winner = _owner(empty_db)
    winner.execute("BEGIN")
    winner.execute(VERSION_TABLE)
    engine = make_engine(resolve(empty_db))
    failures: list[BaseException] = []

    def lose_the_race() -> None:
        try:
            with engine.connect() as connection:
                _create_version_table(connection)
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    loser = threading.Thread(target=lose_the_race)
    loser.start()
    try:
        with _owner(empty_db) as watcher:
            deadline = time.monotonic() + 30
            while not watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND datname = current_database()"
            ).fetchall()[0][0]:
                assert time.monotonic() < deadline, "the second creator never waited"
                time.sleep(0.02)
        winner.execute("COMMIT")
    finally:
        loser.join(timeout=30)
        winner.close()
        engine.dispose()
    assert failures == []
    assert sql(empty_db, "SELECT count(*) FROM public.alembic_version") == [(0,)]


@pytest.mark.slow
def test_reader_advisory_lock_does_not_hold_up_the_embedded_bootstrap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the embedded server every command bootstraps an outdated schema; a reader holding
    the old bootstrap key made every command hang silently."""
    from coopdb.server import EmbeddedServer

    home = Path(tempfile.mkdtemp(prefix="coopdb-bs-", dir=SCRATCH))
    monkeypatch.setenv("COOPDB_HOME", str(home))
    env = {**os.environ, "COOPDB_HOME": str(home)}
    try:
        assert run("server", "start").exit_code == 0
        assert run("reader", "create", "boot_reader", input=PASSWORD).exit_code == 0
        assert run("db", "downgrade", "0004").exit_code == 0
        status = EmbeddedServer(home).status()
        dsn = f"host={status.socket_dir} port={status.port} dbname=coopdb user=boot_reader"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (OLD_BOOTSTRAP_KEY,))
            conn.execute("SELECT pg_advisory_lock(%s)", (OLD_LOAD_KEY,))
            done = subprocess.run(
                [sys.executable, "-m", "coopdb", "regions", "--format", "csv"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("name,kind,country,")
        assert run("db", "current").stdout.startswith(f"{HEAD_REVISION} (up to date)")
        # On its own server coopdb leaves readers no other database to write in.
        other = dsn.replace("dbname=coopdb", "dbname=postgres")
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(other)
    finally:
        EmbeddedServer(home).stop()
        shutil.rmtree(home, ignore_errors=True)


# --- reader drop ---------------------------------------------------------------------------


NOT_MADE = "was not made by `coopdb reader create`: refusing to drop it"


@pytest.mark.parametrize(
    ("attributes", "marked", "message"),
    [
        ("SUPERUSER LOGIN IN ROLE coopdb_reader", True, "(it has SUPERUSER): refusing to drop it"),
        ("CREATEROLE LOGIN IN ROLE coopdb_reader", True, "(it has CREATEROLE)"),
        (
            "CREATEDB REPLICATION LOGIN IN ROLE coopdb_reader",
            True,
            "(it has CREATEDB, REPLICATION)",
        ),
        ("BYPASSRLS LOGIN IN ROLE coopdb_reader", True, "(it has BYPASSRLS)"),
        ("LOGIN IN ROLE coopdb_reader", False, NOT_MADE),
        ("LOGIN", True, NOT_MADE),
        ("NOLOGIN IN ROLE coopdb_reader", True, NOT_MADE),
    ],
)
def test_reader_drop_refuses_what_coopdb_did_not_make(
    shared_db: str, attributes: str, marked: bool, message: str
) -> None:
    """The reported case: `coopdb reader drop admin2` dropped a superuser."""
    name = f"admin_{os.getpid()}_{next(_names)}"
    sql(shared_db, f"CREATE ROLE {name} {attributes}")
    if marked:
        sql(shared_db, f"COMMENT ON ROLE {name} IS '{MARKER}'")
    try:
        result = run("--database-url", shared_db, "reader", "drop", name)
        assert result.exit_code == 1
        assert len(result.stderr.splitlines()) == 1
        assert message in result.stderr, result.stderr
        assert _role_exists(shared_db, name)
    finally:
        sql(shared_db, f"DROP ROLE {name}")


@pytest.mark.parametrize("name", ["coopdb_reader", "coopdb_sandbox"])
def test_reader_drop_refuses_coopdb_roles(shared_db: str, name: str) -> None:
    result = run("--database-url", shared_db, "reader", "drop", name)
    assert result.exit_code == 1
    assert result.stderr == f"Error: '{name}' is one of coopdb's own roles, not a reader login\n"


@pytest.mark.history
def test_reader_drop_removes_leftovers_from_before_the_upgrade(
    hardened_db: str, pg_server: ServerInfo
) -> None:
    """The reported attack left a large object that made DROP ROLE fail cryptically."""
    login = make_reader(hardened_db, pg_server)
    assert run("--database-url", hardened_db, "db", "downgrade", "0004").exit_code == 0
    with login.connect(autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")
        conn.execute("SELECT lo_from_bytea(0, 'left behind')")
        conn.execute("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC")
    assert run("--database-url", hardened_db, "db", "upgrade").exit_code == 0
    check = run("--database-url", hardened_db, "db", "check")
    assert check.exit_code == 1
    assert f"{login.name} (a coopdb reader) owns 2 object(s) in this database" in check.stderr
    with login.connect() as session:
        result = run("--database-url", hardened_db, "reader", "drop", login.name)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == f"dropped '{login.name}'\n"
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1")  # its open session was ended
    assert not _role_exists(hardened_db, login.name)
    assert sql(hardened_db, "SELECT count(*) FROM pg_largeobject_metadata") == [(0,)]
    assert run("--database-url", hardened_db, "db", "check").exit_code == 0


def test_reader_drop_names_other_databases_it_left_objects_in(
    hardened_db: str, pg_server: ServerInfo
) -> None:
    login = make_reader(hardened_db, pg_server)
    elsewhere = login.dsn.replace(f"dbname={_dbname(hardened_db)}", "dbname=postgres")
    try:
        with psycopg.connect(elsewhere, autocommit=True) as conn:
            conn.execute("SET default_transaction_read_only = off")
            conn.execute("SELECT lo_from_bytea(0, 'elsewhere')")
    except psycopg.Error:
        pytest.skip("this server's postgres database does not admit readers")
    try:
        result = run("--database-url", hardened_db, "reader", "drop", login.name)
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: '{login.name}' still owns objects or holds privileges in other databases:"
            f" postgres (1); run DROP OWNED BY {login.name} in each of them, then drop it again\n"
        )
        assert _role_exists(hardened_db, login.name)
    finally:
        postgres_db = ServerInfo(
            pg_server.host, pg_server.port, pg_server.user, pg_server.password, None
        ).url("postgres")
        sql(postgres_db, f"DROP OWNED BY {login.name}")
    assert run("--database-url", hardened_db, "reader", "drop", login.name).exit_code == 0


# --- a reader uses the CLI; commands that write need the owner ------------------------------

READ_COMMANDS = [
    ["report", "kursk", "--format", "json"],
    ["search", "joint venture", "--format", "json"],
    ["trade", "--region", "kirov", "--format", "csv"],
    ["officials", "--region", "kursk", "--format", "csv"],
    ["regions", "--format", "csv"],
    ["sql", "SELECT russian_region_code, value_low_usd FROM trade_figures ORDER BY 2"],
    ["db", "current"],
    ["db", "check"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0] + "-" + c[1])
def test_reader_login_runs_read_commands(
    shared_reader: Reader, shared_db: str, command: list[str]
) -> None:
    as_reader = run("--database-url", shared_reader.url, *command)
    assert as_reader.exit_code == 0, as_reader.stderr
    assert as_reader.stdout == run("--database-url", shared_db, *command).stdout


WRITE_COMMANDS = [
    (["load"], "coopdb load"),
    (["load", "--full"], "coopdb load"),
    (["db", "upgrade"], "migrating the schema"),
    (["db", "downgrade", "0004"], "migrating the schema"),
    (["reader", "create", "intruder"], "coopdb reader create"),
    (["reader", "drop", "intruder"], "coopdb reader drop"),
]


@pytest.mark.parametrize(("command", "action"), WRITE_COMMANDS, ids=str)
def test_reader_login_is_told_writes_need_the_owner(
    shared_reader: Reader, shared_db: str, command: list[str], action: str
) -> None:
    before = fingerprint(shared_db)
    result = run("--database-url", shared_reader.url, *command, input="secret\n")
    assert result.exit_code == 1
    owner = sql(
        shared_db, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'core'"
    )
    assert result.stderr == (
        f"Error: {action} needs the database owner ({owner[0][0]});"
        f" {shared_reader.name} is a read-only coopdb reader\n"
    )
    assert fingerprint(shared_db) == before
    assert sql(shared_db, "SELECT version_num FROM public.alembic_version") == [(HEAD_REVISION,)]


# --- db check: the sandbox function and the quote triggers ---------------------------------


@pytest.mark.parametrize(
    ("change", "reported"),
    [
        (f"DROP FUNCTION {SANDBOX_FUNCTION}", "is missing: coopdb sql cannot run"),
        (f"ALTER FUNCTION {SANDBOX_FUNCTION} SECURITY INVOKER", "is SECURITY INVOKER"),
        (f"ALTER FUNCTION {SANDBOX_FUNCTION} OWNER TO coopdb_reader", "is owned by coopdb_reader"),
        (f"ALTER FUNCTION {SANDBOX_FUNCTION} SET search_path = public", "has settings"),
        (f"ALTER FUNCTION {SANDBOX_FUNCTION} RESET ALL", "has settings"),
        (f"GRANT EXECUTE ON FUNCTION {SANDBOX_FUNCTION} TO PUBLIC", "may be executed by PUBLIC"),
        (f"REVOKE EXECUTE ON FUNCTION {SANDBOX_FUNCTION} FROM coopdb_reader", "readers cannot"),
        (
            "CREATE OR REPLACE FUNCTION core.run_read_only(query text, column_count integer)"
            " RETURNS SETOF json LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = pg_catalog, reporting, core, pg_temp"
            " AS 'BEGIN RETURN QUERY EXECUTE query; END'",
            "has a changed definition",
        ),
        (
            "CREATE FUNCTION core.run_read_only(text) RETURNS SETOF json LANGUAGE sql"
            " AS 'SELECT NULL::json'",
            "core.run_read_only(text) should not exist",
        ),
        (
            "DROP TRIGGER quote_matches_source ON core.meetings",
            "core.meetings has no quote_matches_source trigger",
        ),
        (
            "ALTER TABLE core.proposals DISABLE TRIGGER quote_matches_source",
            "core.proposals: trigger quote_matches_source is disabled",
        ),
        (
            "CREATE OR REPLACE FUNCTION core.check_quote() RETURNS trigger LANGUAGE plpgsql"
            " AS 'BEGIN RETURN NEW; END'",
            "core.check_quote() has a changed definition",
        ),
        ("GRANT CREATE ON SCHEMA public TO PUBLIC", "PUBLIC may create objects in schema public"),
        ("GRANT coopdb_sandbox TO {reader}", "is a member of coopdb_sandbox"),
    ],
)
def test_db_check_notices_changed_safeguards(
    reader: Reader, hardened_db: str, change: str, reported: str
) -> None:
    sql(hardened_db, change.format(reader=reader.name))
    result = run("--database-url", hardened_db, "db", "check")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert reported in result.stderr, result.stderr


def test_db_check_notices_a_copy_without_database_privileges_and_upgrade_mends_it(
    loaded_db: str,
) -> None:
    """A database cloned from a template (as the test fixtures do) starts with PostgreSQL's
    default database privileges: PUBLIC may connect and create temporary tables."""
    result = run("--database-url", loaded_db, "db", "check")
    assert result.exit_code == 1
    assert "PUBLIC has CONNECT, TEMPORARY on this database" in result.stderr
    assert run("--database-url", loaded_db, "db", "upgrade").exit_code == 0
    assert run("--database-url", loaded_db, "db", "check").exit_code == 0


def test_fresh_migration_closes_the_database_and_the_owner_still_loads(empty_db: str) -> None:
    assert run("--database-url", empty_db, "db", "upgrade").exit_code == 0
    acl = sql(
        empty_db,
        "SELECT a.grantee::regrole::text, a.privilege_type FROM pg_database AS d,"
        " aclexplode(d.datacl) AS a WHERE d.datname = current_database() ORDER BY 1, 2",
    )
    grantees = {grantee for grantee, _ in acl}
    assert "-" not in grantees  # PUBLIC (oid 0) has nothing
    assert ("coopdb_reader", "CONNECT") in acl
    assert ("coopdb_reader", "TEMPORARY") not in acl
    loaded = run("--database-url", empty_db, "load")  # temporary stage tables: the owner's TEMP
    assert loaded.exit_code == 0, loaded.stderr
    assert run("--database-url", empty_db, "db", "check").exit_code == 0


@pytest.mark.history
def test_downgrade_and_upgrade_with_a_reader(reader: Reader, hardened_db: str) -> None:
    assert run("--database-url", hardened_db, "db", "downgrade", "0004").exit_code == 0
    early = run("--database-url", reader.url, "report", "kursk")
    assert early.exit_code == 1
    assert early.stderr == (
        f"Error: {reader.name} may not read the schema revision: the database predates reader"
        " access; ask its owner to run `coopdb db upgrade`\n"
    )
    assert sql(hardened_db, "SELECT to_regclass('core.load_lock')") == [(None,)]
    old = sql(
        hardened_db, "SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'run_read_only'"
    )
    assert old == [("coopdb_reader",)]
    assert run("--database-url", hardened_db, "db", "upgrade").exit_code == 0
    assert run("--database-url", hardened_db, "db", "check").exit_code == 0
    assert run("--database-url", reader.url, "report", "kursk").exit_code == 0


# --- an attacker with a reader's password, beyond the reported list -------------------------


@pytest.mark.parametrize(
    "attack",
    [
        "SET ROLE coopdb_sandbox",
        "SET ROLE postgres",
        "SELECT rolpassword FROM pg_authid",
        "SELECT passwd FROM pg_shadow",
        "COPY (SELECT 1) TO '/tmp/coopdb-reader-file'",
        "COPY (SELECT 1) TO PROGRAM 'id'",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT * FROM core.run_read_only('SELECT set_config(''role'', ''postgres'', false)', 1)",
        "SELECT * FROM core.run_read_only('SELECT lo_from_bytea(0, ''x'')', 1)",
        "SELECT * FROM core.run_read_only('SELECT * FROM core.load_lock', 0)",
        "SELECT * FROM core.run_read_only('SELECT version_num FROM public.alembic_version', 1)",
        "GRANT coopdb_reader TO postgres",
        "ALTER ROLE coopdb_reader SET default_transaction_read_only = off",
    ],
)
def test_reader_attacks_beyond_the_report_are_refused(shared_reader: Reader, attack: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as_reader(shared_reader, attack)


def test_dblink_is_absent_or_refused(shared_reader: Reader) -> None:
    """No extension reaches other servers or databases: none is installed, none may be."""
    with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.FeatureNotSupported)):
        _as_reader(shared_reader, "CREATE EXTENSION dblink")
    with shared_reader.connect() as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_extension WHERE extname IN ('dblink', 'postgres_fdw')"
        ).fetchone() == (0,)


def test_sandbox_makes_the_transaction_read_only(shared_reader: Reader) -> None:
    """Called by a reader in a read-write transaction, the function still only reads, and
    what follows in that transaction cannot write either."""
    with shared_reader.connect() as conn:
        conn.execute("SET TRANSACTION READ WRITE")
        conn.execute("SELECT * FROM core.run_read_only('SELECT 1', 1)").fetchall()
        assert conn.execute("SHOW transaction_read_only").fetchone() == ("on",)


def test_reader_may_copy_to_stdout_and_notify(shared_reader: Reader) -> None:
    """Reading in bulk is a reader's job; NOTIFY needs no privilege in PostgreSQL (only the
    pg_notify function could be revoked): documented as a residual risk."""
    with shared_reader.connect() as conn:
        with conn.cursor().copy("COPY core.sources (key) TO STDOUT") as copy:
            assert b"".join(bytes(block) for block in copy).count(b"\n") == 5
        conn.execute("NOTIFY coopdb_test, 'payload'")


def test_reader_cannot_end_the_owners_sessions(shared_reader: Reader, shared_db: str) -> None:
    with _owner(shared_db) as owner:
        pid = owner.info.backend_pid
        with (
            shared_reader.connect(autocommit=True) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert owner.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.history
def test_an_owner_that_is_no_superuser(pg_server: ServerInfo, migrated_template: str) -> None:
    """A shared server's DBA gives coopdb a database and CREATEROLE, not superuser: the owner
    keeps what loads need, readers still create no temporary table, and what only a superuser
    could revoke is said in one line (and stays a documented residual risk)."""
    owner = f"app_owner_{os.getpid()}"
    secret = "pw-Owner-3"
    with pg_server.janitor(f"coopdb_app_{os.getpid()}") as db:
        as_super = pg_server.url(db.dbname)
        sql(as_super, f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{secret}'")
        try:
            # Roles are cluster-wide and exist already (the template's migration made them):
            # the DBA lets the owner manage them.
            sql(as_super, f"GRANT coopdb_reader, coopdb_sandbox TO {owner} WITH ADMIN OPTION")
            sql(as_super, f'ALTER DATABASE "{db.dbname}" OWNER TO {owner}')
            url = ServerInfo(pg_server.host, pg_server.port, owner, secret, None).url(db.dbname)
            upgraded = run("--database-url", url, "db", "upgrade")
            assert upgraded.exit_code == 0, upgraded.stderr
            assert upgraded.stderr == (
                f"note: {owner} is no superuser, so PUBLIC keeps EXECUTE on lo_create,"
                " lo_from_bytea and pg_notify: readers can store large objects\n"
            )
            loaded = run("--database-url", url, "load")
            assert loaded.exit_code == 0, loaded.stderr
            assert run("--database-url", url, "db", "check").exit_code == 0
            login = make_reader(url, pg_server)
            with login.connect(autocommit=True) as conn:
                assert conn.execute("SHOW temp_file_limit").fetchone() == ("-1",)
                conn.execute("SET default_transaction_read_only = off")
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute("CREATE TEMP TABLE evil (id int)")
                conn.execute("SELECT lo_from_bytea(0, 'residual')")  # only a superuser can revoke
            dropped = run("--database-url", url, "reader", "drop", login.name)
            assert dropped.exit_code == 0, dropped.stderr
            assert sql(url, "SELECT count(*) FROM pg_largeobject_metadata") == [(0,)]
            down = run("--database-url", url, "db", "downgrade", "base")
            assert down.exit_code == 0, down.stderr
        finally:
            sql(as_super, f'ALTER DATABASE "{db.dbname}" OWNER TO {pg_server.user}')
            sql(as_super, f"DROP OWNED BY {owner}")
            sql(as_super, f"DROP ROLE {owner}")
