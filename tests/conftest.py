"""Test fixtures: a real PostgreSQL server and real databases cloned from migrated templates.

The server is coopdb's own embedded one (in a throw-away home, started from a copy of a
cluster initialized once per run), or any server named by ``COOPDB_TEST_DATABASE_URL`` (e.g.
Debian's PostgreSQL 15). Two templates are built once per session — one migrated with Alembic
(never ``create_all``), and a clone of it loaded with the shipped seeds — and a fresh clone of
either is made for each test, so tests that commit cannot disturb each other. Tests that only
read share one loaded database instead (``read_only_db``), which is checked unchanged after
each of them.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from click.testing import CliRunner, Result
from psycopg import sql as pgsql
from pytest_postgresql.janitor import DatabaseJanitor

from coopdb.cli import main
from coopdb.db import Target, make_engine
from coopdb.models import Base
from coopdb.resources import seeds_dir
from coopdb.server import EmbeddedServer, ServerError

REPOSITORY = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class ServerInfo:
    """How to reach the test server; ``home`` is set when it is an embedded one."""

    host: str
    port: int
    user: str
    password: str | None
    home: Path | None

    def url(self, dbname: str) -> str:
        auth = self.user + (f":{quote(self.password, safe='')}" if self.password else "")
        if self.host.startswith("/"):
            return f"postgresql+psycopg://{auth}@/{dbname}?host={self.host}&port={self.port}"
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{dbname}"

    def janitor(self, dbname: str, template: str | None = None) -> DatabaseJanitor:
        return DatabaseJanitor(
            user=self.user,
            host=self.host,
            port=self.port,
            password=self.password,
            dbname=dbname,
            template_dbname=template,
        )

    @contextlib.contextmanager
    def database(self, prefix: str, template: str | None = None) -> Iterator[str]:
        """A new database (a clone of ``template`` if given), dropped afterwards: its name.

        What ``janitor`` does, over one connection kept per server: each test makes one, so
        two fresh connections per clone would cost more than the clone itself."""
        name = _fresh_name(prefix)
        create = pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name))
        if template is not None:
            create += pgsql.SQL(" TEMPLATE {}").format(pgsql.Identifier(template))
            # nobody may be connected to a template while it is copied (a session listing the
            # server's databases, on a server the workers share)
            self._admin().execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (template,),
            )
        self._admin().execute(create)
        try:
            yield name
        finally:
            drop = pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            self._admin().execute(drop.format(pgsql.Identifier(name)))

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        key = (self.host, self.port, self.user)
        conn = _ADMIN.get(key)
        if conn is None or conn.closed or conn.broken:
            conn = _ADMIN[key] = psycopg.connect(
                host=self.host,
                port=self.port,
                user=self.user,
                password=self.password,
                dbname="postgres",
                autocommit=True,
            )
        return conn


def _scratch() -> str:
    """Where the test servers keep their clusters: a memory file system when there is one
    with room, else /tmp. Their data is thrown away, and on a disk every clone and drop of a
    database costs block writes and discards that dominate the run (ten times a clone's time
    on a busy disk). A short path either way: Unix socket paths are limited to ~100 bytes."""
    shm = "/dev/shm"
    with contextlib.suppress(OSError):
        room = shutil.disk_usage(shm).free
        if os.access(shm, os.W_OK | os.X_OK) and room >= 4 * 2**30:
            return shm
    return "/tmp"


SCRATCH = _scratch()

_ADMIN: dict[tuple[str, int, str], psycopg.Connection[tuple[object, ...]]] = {}


@pytest.hookimpl(tryfirst=True)  # before pytest reads the base of tmp_path
def pytest_configure(config: pytest.Config) -> None:
    """The controller (or a run without xdist) makes a folder its workers share: the
    initialized cluster lives there, made by the first worker that needs it. Unless
    ``--basetemp`` is given, the tests' own files (copies of the seeds, built sites) are kept
    there too, on the memory file system, and go with it at the end of the run."""
    if not hasattr(config, "workerinput"):
        shared = tempfile.mkdtemp(prefix="coopdb-run-", dir=SCRATCH)
        config.stash[_SHARED_KEY] = shared
        os.environ[_SHARED_ENV] = shared  # inherited by the workers it starts
        if config.option.basetemp is None and SCRATCH != "/tmp":
            config.option.basetemp = os.path.join(shared, "basetemp")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Collected modules, fixtures and test items live as long as the run: frozen, no full
    collection walks them again. A worker's heap grows to hundreds of thousands of objects, and
    at Python's default thresholds its collections took 5-10 s of a run; a larger first
    threshold keeps them to a few hundred (the spool test still collects before it counts)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


def pytest_unconfigure(config: pytest.Config) -> None:
    shared = config.stash.get(_SHARED_KEY, None)
    if shared is not None:
        shutil.rmtree(shared, ignore_errors=True)


_SHARED_ENV = "COOPDB_TEST_SHARED_DIR"
_SHARED_KEY = pytest.StashKey[str]()


def _initialized_cluster() -> Path:
    """The data directory of a cluster initialized, started once and stopped, shared by the
    run's workers: initdb takes seconds, a copy of its result a fraction of one, so servers
    whose first start is not under test begin from a copy. Never started again."""
    shared = Path(os.environ[_SHARED_ENV])
    home = shared / "cluster"
    with _run_lock():  # the first worker makes it, the others wait for it
        if not (shared / "ready").exists():
            shutil.rmtree(home, ignore_errors=True)  # a worker that died half-way
            server = EmbeddedServer(home)
            server.start()
            server.stop()
            (shared / "ready").touch()
    return EmbeddedServer(home).pgdata


@contextlib.contextmanager
def _run_lock() -> Iterator[None]:
    """Held by one of the run's workers at a time."""
    fd = os.open(os.environ[_SHARED_ENV], os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _copy_cluster(home: Path) -> EmbeddedServer:
    """An embedded server in ``home`` whose cluster is a copy of the initialized one."""
    server = EmbeddedServer(home)
    shutil.copytree(_initialized_cluster(), server.pgdata, symlinks=True)
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ServerInfo]:
    """The PostgreSQL server all database tests use."""
    given = os.environ.get("COOPDB_TEST_DATABASE_URL")
    if given:
        params = psycopg.conninfo.conninfo_to_dict(given.replace("+psycopg", ""))
        yield ServerInfo(
            host=str(params.get("host", "localhost")),
            port=int(str(params.get("port", 5432))),
            user=str(params.get("user", "postgres")),
            password=str(params["password"]) if params.get("password") else None,
            home=None,
        )
        return

    # A short path: Unix socket paths are limited to ~100 bytes.
    home = Path(tempfile.mkdtemp(prefix="coopdb-test-", dir=SCRATCH))
    server = _copy_cluster(home)
    server.start()
    status = server.status()
    assert status.socket_dir is not None and status.port is not None
    _throwaway_durability(str(status.socket_dir), status.port)
    try:
        yield ServerInfo(str(status.socket_dir), status.port, "postgres", None, home)
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


MakeServer = Callable[..., EmbeddedServer]


@pytest.fixture
def make_server() -> Iterator[MakeServer]:
    """Factory of embedded servers on fresh short homes; every one is stopped afterwards, even
    when the test failed.

    ``make(home)`` copies the initialized cluster into ``home`` (unless it holds one already);
    ``make(home, fresh=True)`` leaves the home empty, so the first start runs initdb. The homes
    are not under pytest's basetemp: a pytest started meanwhile makes that 0700 again, which
    would lock the server's OS user (when root) out of its files.
    """
    servers: list[EmbeddedServer] = []
    made: list[Path] = []

    def make(home: Path | None = None, *, fresh: bool = False) -> EmbeddedServer:
        if home is None:
            home = Path(tempfile.mkdtemp(prefix="cs", dir=SCRATCH))
            made.append(home)
        srv = EmbeddedServer(home)
        if not fresh and not srv.pgdata.exists():
            srv = _copy_cluster(home)
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        with contextlib.suppress(ServerError):
            srv.stop()
    for home in made:
        shutil.rmtree(home, ignore_errors=True)


def _throwaway_durability(host: str, port: int) -> None:
    """The test server's data is thrown away, so it need not survive a power cut: without
    fsync, cloning a database and committing cost no disk flushes (the suite is I/O-bound).
    A crash of PostgreSQL itself is still recovered from, as the server keeps its WAL."""
    with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres") as conn:
        conn.autocommit = True
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = off")
        conn.execute("SELECT pg_reload_conf()")


_names = itertools.count()


def generated_corpus(out: Path, articles: int, seed: int) -> Path:
    """``out`` filled by ``bench/make_corpus.py`` (run as a benchmark runs it)."""
    script = str(REPOSITORY / "bench" / "make_corpus.py")
    arguments = ("--articles", str(articles), "--seed", str(seed), "--out", str(out))
    subprocess.run([sys.executable, script, *arguments], check=True, capture_output=True)
    return out


def _fresh_name(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}_{next(_names)}"


def migrate_and_load(url: str, *, load: bool) -> None:
    from coopdb import migrate

    engine = make_engine(Target(url, embedded=False))
    try:
        migrate.upgrade(engine, "head")
    finally:
        engine.dispose()
    if load:
        load_seeds(url)


def load_seeds(url: str) -> None:
    """Load the shipped seeds into a migrated database."""
    from coopdb.load import load_folder

    engine = make_engine(Target(url, embedded=False))
    try:
        with engine.begin() as connection:
            load_folder(connection, seeds_dir())
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def migrated_template(pg_server: ServerInfo) -> Iterator[str]:
    with pg_server.database("coopdb_tpl_migrated") as name:
        # the workers share a server given by URL, and the migrations create its roles, which
        # every database of a server shares: two workers migrating at once would both create them
        with _run_lock():
            migrate_and_load(pg_server.url(name), load=False)
        yield name


@pytest.fixture(scope="session")
def loaded_template(pg_server: ServerInfo, migrated_template: str) -> Iterator[str]:
    """The migrated template's clone, loaded: the migrations run once per session."""
    with pg_server.database("coopdb_tpl_loaded", template=migrated_template) as name:
        load_seeds(pg_server.url(name))
        yield name


@pytest.fixture
def empty_db(pg_server: ServerInfo) -> Iterator[str]:
    """URL of a new database with no coopdb schema."""
    with pg_server.database("coopdb_empty") as name:
        yield pg_server.url(name)


@pytest.fixture
def migrated_db(pg_server: ServerInfo, migrated_template: str) -> Iterator[str]:
    """URL of a new database at the head revision, with no data."""
    with pg_server.database("coopdb_migrated", template=migrated_template) as name:
        yield pg_server.url(name)


@pytest.fixture
def loaded_db(pg_server: ServerInfo, loaded_template: str) -> Iterator[str]:
    """URL of a new database at head, loaded with the shipped seeds."""
    with pg_server.database("coopdb_loaded", template=loaded_template) as name:
        yield pg_server.url(name)


@pytest.fixture
def hardened_db(loaded_db: str) -> str:
    """A loaded clone with coopdb's database-level privileges applied again.

    They live in pg_database, so ``CREATE DATABASE ... TEMPLATE`` does not copy them; this
    runs the statements ``db upgrade`` ends with (a test proves ``db upgrade`` mends a copy)."""
    from coopdb.safeguards import DATABASE_PRIVILEGES

    with psycopg.connect(loaded_db.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(DATABASE_PRIVILEGES)
    return loaded_db


@pytest.fixture(scope="session")
def _shared_loaded_db(pg_server: ServerInfo, loaded_template: str) -> Iterator[str]:
    with pg_server.database("coopdb_shared", template=loaded_template) as name:
        yield pg_server.url(name)


@pytest.fixture
def read_only_db(_shared_loaded_db: str) -> Iterator[str]:
    """URL of a loaded database shared by every test that only reads (cloning costs time).

    A test given it must leave it exactly as it was: no row written (not even rewritten with the
    same values), no object created, dropped or granted; checked after each test.
    """
    url = _shared_loaded_db
    if url not in _SHARED_STATE:
        _SHARED_STATE[url] = (_next_xid(url), _shared_state(url))
    next_xid, before = _SHARED_STATE[url]  # as the previous test left it: checked then
    yield url
    if _next_xid(url) == next_xid:
        return  # no transaction on the server wrote anything since the last check
    now = _next_xid(url)
    after = _shared_state(url)
    _SHARED_STATE[url] = (now, after)  # a change is blamed on this test alone
    assert after == before, "a test given the shared read-only database changed it"


_SHARED_STATE: dict[str, tuple[int, tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]] = {}


def _next_xid(url: str) -> int:
    """The transaction id the server will assign next. A write of any kind (a row, DDL, a
    grant) is made by a transaction with an id, so while it stays the same nothing on the
    server, the shared database included, has been written: the full check can wait."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        row = conn.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetchone()
    assert row is not None
    return int(str(row[0]))


def _shared_state(url: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What ``row_versions`` sees, hashed by the server per table, and the catalog's objects
    and privileges, over one connection: taken after every read-only test, so it must be cheap."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        versions = " UNION ALL ".join(
            f"SELECT '{table}', count(*), md5(coalesce(string_agg(ctid::text || ' ' || xmin::text,"
            f" ',' ORDER BY ctid), '')) FROM {table if '.' in table else 'core.' + table}"
            for table in (*TABLES, *reporting_tables(conn))
        )
        rows = conn.execute(versions).fetchall()
        catalog = conn.execute(CATALOG_QUERY).fetchall()
    return rows, catalog


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may reach a user's database or embedded server by accident."""
    monkeypatch.delenv("COOPDB_DATABASE_URL", raising=False)
    monkeypatch.setenv("COOPDB_HOME", str(tmp_path / "unused-home"))


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped seeds, for tests that edit curated files."""
    target = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), target)
    return target


def modules_imported_by(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``: what a command's
    start-up costs is what it imports."""
    report = "\nimport json, sys\nsys.stderr.write(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code + report], capture_output=True, text=True, check=True
    )
    return list(json.loads(result.stderr))


def run(*args: str, input: str | None = None) -> Result:
    """Run the CLI in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def sql(url: str, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows of one query, on a fresh connection."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        cursor = conn.execute(query, params)
        return cursor.fetchall() if cursor.description else []


JOURNAL = ("loads", "changes")
TABLES = tuple(t.name for t in Base.metadata.sorted_tables if t.name not in JOURNAL)
"""Every core table of curated data, parents before children (the load journal records when
each load ran, so two loads of the same data differ there)."""


def fingerprint(url: str) -> dict[str, str]:
    """A content hash of every core and reporting table: equal fingerprints mean equal data.

    Read in one REPEATABLE READ snapshot: a load that commits while the tables are read (a
    killed client's backend may still be finishing its COMMIT) shows wholly or not at all."""
    result = {}
    with _one_snapshot(url) as conn:
        for table in (*TABLES, *reporting_tables(conn)):
            qualified = table if "." in table else f"core.{table}"
            row = conn.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                f" FROM {qualified} t"
            ).fetchone()
            assert row is not None
            result[table] = f"{row[0]}:{row[1]}"
    return result


def _one_snapshot(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A connection whose reads all see one snapshot of the database."""
    conn = psycopg.connect(url.replace("+psycopg", ""))
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    return conn


def reporting_tables(conn: psycopg.Connection[tuple[object, ...]]) -> list[str]:
    """The loader's reporting tables but the journal's, as ``reporting.<name>`` (they are in
    no model): fingerprints and row versions cover them too."""
    rows = conn.execute(
        "SELECT 'reporting.' || c.relname FROM pg_class c JOIN pg_namespace n"
        " ON n.oid = c.relnamespace WHERE n.nspname = 'reporting' AND c.relkind = 'r'"
        " AND c.relname <> ALL(%s) ORDER BY 1",
        (list(JOURNAL),),
    ).fetchall()
    return [str(r[0]) for r in rows]


def row_versions(url: str) -> dict[str, set[tuple[object, ...]]]:
    """(ctid, xmin) of every row: any write to a row changes its pair."""
    result = {}
    with _one_snapshot(url) as conn:
        for table in (*TABLES, *reporting_tables(conn)):
            qualified = table if "." in table else f"core.{table}"
            rows = conn.execute(f"SELECT ctid::text, xmin::text FROM {qualified}").fetchall()
            result[table] = set(rows)
    return result


CATALOG_QUERY = (  # objects of coopdb's schemas with their privileges, and the database's own
    "SELECT 'relation', c.oid::text, c.relname::text, c.relacl::text FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('core', 'reporting')"
    " UNION ALL SELECT 'function', p.oid::text, p.proname::text, p.proacl::text"
    " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
    " WHERE n.nspname IN ('core', 'reporting')"
    " UNION ALL SELECT 'schema', n.oid::text, n.nspname::text, n.nspacl::text"
    " FROM pg_namespace n"
    " UNION ALL SELECT 'database', d.oid::text, d.datname::text, d.datacl::text"
    " FROM pg_database d WHERE d.datname = current_database()"
    " ORDER BY 1, 2"
)
