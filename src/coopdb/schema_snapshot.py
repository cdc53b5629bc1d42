"""The schema at head as one SQL script, for an empty embedded database on its first run.

Replaying every migration sends about 3,300 statements (some 3 s of a first run); the script
``migrations/head_schema.sql`` builds the same schema in one round trip (about 0.4 s) and the
database is stamped at head. It is ``pg_dump --schema-only`` of a database migrated from
nothing by a superuser, with coopdb's group roles from ``pg_dumpall --roles-only`` before it
(the idea of Rails' ``structure.sql``). It is used only when it can be exactly right: the
script is whole (its hash), its revision is the head revision, the server runs the PostgreSQL
major version it was dumped from, and the migrating role is a superuser (so every object is
created owned by it, as a migration's would be). Anything else runs the migrations.

``python -m coopdb.schema_snapshot`` writes the file again after a migration is added;
``tests/test_schema_snapshot.py`` fails until it is, and checks that a database built from the
script dumps the same as one migrated from nothing.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdb.resources import migrations_dir
from coopdb.safeguards import READER_GROUP, REPORTING_GROUP, SANDBOX_ROLE
from coopdb.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    import psycopg

    from coopdb.server import EmbeddedServer

SNAPSHOT_NAME = "head_schema.sql"
OWNER = "__COOPDB_OWNER__"
"""Stands for the migrating role in the script (default privileges and grants name it)."""
_ROLE_LINE = re.compile(r"^(?P<verb>CREATE ROLE|ALTER ROLE|COMMENT ON ROLE) (?P<role>\w+)\b")
GROUP_ROLES = (READER_GROUP, REPORTING_GROUP, SANDBOX_ROLE)
"""The roles the migrations create; reader logins and other roles of the cluster are left out."""
_HEADER = re.compile(
    r"^-- revision: (?P<revision>\S+)\n-- postgresql: (?P<major>\d+)\n"
    r"-- sha256: (?P<sha256>[0-9a-f]{64})\n",
    re.M,
)
_ENTRY = re.compile(r"^--\n-- (?:Data for )?Name: (?P<name>[^;]*); Type: (?P<type>[^;]*);", re.M)
_RESTRICT = re.compile(r"^\\(?:un)?restrict .*\n", re.M)
_SESSION_SET = re.compile(r"^SET (?P<name>\w+) = (?P<value>.*;)$", re.M)
_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', '', false);"


def snapshot_path() -> Path:
    return migrations_dir() / SNAPSHOT_NAME


@dataclass(frozen=True)
class Snapshot:
    revision: str
    major: int
    script: str


def read_snapshot(path: Path | None = None) -> Snapshot | None:
    """The shipped script and what it was made from; None when there is none."""
    path = path or snapshot_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    header = _HEADER.search(text)
    if header is None:
        return None
    body = text[header.end() :]
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != header["sha256"]:
        return None  # cut short or edited since it was made: the migrations know better
    return Snapshot(header["revision"], int(header["major"]), text)


def install(conn: psycopg.Connection[Any], snapshot: Snapshot | None = None) -> bool:
    """Build the head schema from the script in the caller's transaction; False (nothing
    done) when the script does not fit this server, role or coopdb, and migrations must run.

    The caller holds the migration lock and has checked the database has no coopdb schema.
    """
    snapshot = snapshot or read_snapshot()
    if snapshot is None or snapshot.revision != HEAD_REVISION:
        return False
    row = conn.execute(
        "SELECT current_setting('server_version_num')::int / 10000,"
        " (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user),"
        " pg_catalog.quote_ident(current_user)"
    ).fetchone()
    if row is None or row[0] != snapshot.major or not row[1]:
        return False
    conn.execute(snapshot.script.replace(OWNER, str(row[2])).encode())
    conn.execute(
        "INSERT INTO public.alembic_version (version_num) VALUES (%s)", (snapshot.revision,)
    )
    return True


def render(dump: str, roles: str, revision: str, major: int) -> str:
    """The script from ``pg_dump --schema-only`` of a migrated database and ``pg_dumpall
    --roles-only`` of its cluster, both made by the role named in the dump's owners.

    Settings become local to the transaction (and are put back at the end), the version table
    is left out (the migration lock creates it first; its grant stays), ownership by the
    dumping role is dropped (the migrating role owns what it creates), and coopdb's roles are
    created when the cluster has none of them yet."""
    owner = _dumping_role(dump)
    preamble, *entries = _entries(dump)
    body = [_local_settings(preamble)]
    for kind, name, text in entries:
        if name.startswith("alembic_version") and kind in {"TABLE", "CONSTRAINT"}:
            continue
        body.append(_SESSION_SET.sub(r"SET LOCAL \g<name> = \g<value>", _owned_by(text, owner)))
    settings = dict.fromkeys([m["name"] for m in _SESSION_SET.finditer(dump)] + ["search_path"])
    body.append("".join(f"SET LOCAL {name} TO DEFAULT;\n" for name in settings))
    script = "\n" + _role_statements(roles) + "\n" + "".join(body).rstrip() + "\n"
    return (
        "-- The coopdb schema at head, for an empty embedded database (coopdb.schema_snapshot).\n"
        "-- Made by `python -m coopdb.schema_snapshot`; do not edit by hand.\n"
        f"-- revision: {revision}\n-- postgresql: {major}\n"
        f"-- sha256: {hashlib.sha256(script.encode('utf-8')).hexdigest()}\n" + script
    )


def _entries(dump: str) -> list[Any]:
    """The dump's preamble, then (type, name, text) of each of its entries."""
    text = _RESTRICT.sub("", dump)
    starts = [m.start() for m in _ENTRY.finditer(text)]
    pieces: list[Any] = [text[: starts[0]] if starts else text]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        found = _ENTRY.match(text, start)
        assert found is not None
        pieces.append((found["type"], found["name"], text[start:end]))
    return pieces


def _dumping_role(dump: str) -> str:
    found = re.search(r"; Owner: (\w+)$", dump, re.M)
    if found is None:
        raise ValueError("the dump names no owner")
    return found[1]


def _local_settings(preamble: str) -> str:
    lines = []
    for line in preamble.splitlines():
        if line == _SEARCH_PATH:
            lines.append("SELECT pg_catalog.set_config('search_path', '', true);")
        elif _SESSION_SET.match(line):
            lines.append("SET LOCAL " + line.removeprefix("SET "))
        elif line and not line.startswith("--"):
            raise ValueError(f"unexpected line before the dump's first entry: {line!r}")
    return "\n".join(lines) + "\n\n"


def _owned_by(text: str, owner: str) -> str:
    """An entry with the dumping role's ownership dropped and its grants naming ``{owner}``."""
    text = re.sub(rf"^ALTER [^\n]* OWNER TO {owner};\n", "", text, flags=re.M)
    text = re.sub(rf"^-- Name: ([^\n]*); Owner: {owner}$", r"-- Name: \1", text, flags=re.M)
    text = re.sub(rf"\bFOR ROLE {owner} IN\b", f"FOR ROLE {OWNER} IN", text)
    return re.sub(
        rf"^((?:GRANT|REVOKE) [^\n]* (?:TO|FROM) ){owner};$", rf"\1{OWNER};", text, flags=re.M
    )


def _role_statements(roles: str) -> str:
    """coopdb's roles from ``pg_dumpall --roles-only``: created if missing, then given their
    attributes, comments and settings (roles are shared by every database of a cluster)."""
    out = []
    for line in roles.splitlines():
        found = _ROLE_LINE.match(line)
        if found is None or found["role"] not in GROUP_ROLES:
            continue
        if found["verb"] == "CREATE ROLE":
            role = found["role"]
            out.append(
                f"DO $$ BEGIN IF pg_catalog.to_regrole('{role}') IS NULL THEN"
                f" CREATE ROLE {role}; END IF; END $$;"
            )
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def generate(target: Path | None = None) -> Path:
    """Migrate a new database on a scratch embedded server, dump it and write the script."""
    import tempfile

    from coopdb import migrate
    from coopdb.db import Target, make_engine
    from coopdb.server import EmbeddedServer

    with tempfile.TemporaryDirectory(prefix="coopdb-snap-", dir="/tmp") as home:
        server = EmbeddedServer(Path(home))
        server.start()
        try:
            engine = make_engine(Target(server.url(SCRATCH_DATABASE), embedded=False))
            create_database(server, SCRATCH_DATABASE)
            try:
                migrate.upgrade(engine, "head")
            finally:
                engine.dispose()
            script = snapshot_of(server, SCRATCH_DATABASE, migrate.head())
        finally:
            server.stop()
    path = target or snapshot_path()
    path.write_text(script, encoding="utf-8")
    return path


SCRATCH_DATABASE = "coopdb_snapshot"


def create_database(server: EmbeddedServer, name: str) -> None:
    """A new, empty database on a running embedded server."""
    import psycopg

    status = server.status()
    with psycopg.connect(
        host=str(status.socket_dir), port=status.port, user="postgres", dbname="postgres"
    ) as conn:
        conn.autocommit = True
        conn.execute(f'CREATE DATABASE "{name}"')


def snapshot_of(server: EmbeddedServer, database: str, revision: str) -> str:
    """The script for ``database`` of a running embedded server, migrated to ``revision``,
    dumped by the server's own pg_dump and pg_dumpall."""
    dump = server_tool(server, "pg_dump", "--schema-only", database)
    roles = server_tool(server, "pg_dumpall", "--roles-only", "--no-role-passwords")
    major = int(str(server.status().postgres_version).split(".")[0])
    return render(dump, roles, revision, major)


def server_tool(server: EmbeddedServer, tool: str, *args: str) -> str:
    """The output of one of a running embedded server's own client tools (pg_dump,
    pg_dumpall: of its major version, as a dump must be), connected as its superuser."""
    from coopdb.server import tools

    status = server.status()
    major = int(str(status.postgres_version).split(".")[0])
    bin_path = tools.pgserver_utils().POSTGRES_VERSIONS[major]
    where = ["-h", str(status.socket_dir), "-p", str(status.port), "-U", "postgres"]
    done = subprocess.run(
        [str(bin_path / tool), *where, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


if __name__ == "__main__":
    print(generate())
