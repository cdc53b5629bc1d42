"""The ``coopdb`` command line: a thin layer that resolves the database, calls one library
function and renders its result. Errors a user can cause become one line and an exit code:

    0  success
    1  failure: invalid curated files, database unreachable or not migrated, server problem
    2  usage error, or a name (region ...) that matches nothing or more than one thing
    3  ``coopdb server status``: the server is stopped

(``coopdb.errors``: every expected failure is a ``CoopdbError`` carrying its exit code, mapped
once by ``CoopdbGroup``.)
"""

from __future__ import annotations

import importlib
import sys

import click

from coopdb import __version__
from coopdb.cli.context import AppContext, CoopdbGroup

COMMANDS: dict[str, str] = {
    "report": "report_commands:report",
    "regions": "report_commands:regions",
    "officials": "report_commands:officials",
    "enterprises": "report_commands:enterprises",
    "trade": "report_commands:trade",
    "search": "report_commands:search",
    "changes": "report_commands:changes",
    "sql": "analyst_commands:sql_command",
    "docs": "analyst_commands:docs",
    "export": "analyst_commands:export",
    "reader": "analyst_commands:reader",
    "site": "site_commands:site",
    "check": "data_commands:check",
    "load": "data_commands:load",
    "curate": "curate_commands:curate",
    "db": "db_commands:db",
    "server": "server_commands:server",
}
"""Each command and where it lives (``module:function`` in coopdb.cli)."""


class CommandLine(CoopdbGroup):
    """The ``coopdb`` group: a command's module is imported when that command is asked for
    (or the help lists them all), so ``coopdb report`` does not first import the loader's,
    the server's and the site's commands (about a tenth of its start-up)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute = COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(f"coopdb.cli.{module}"), attribute)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=CommandLine, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--database-url",
    envvar="COOPDB_DATABASE_URL",
    metavar="URL",
    help="PostgreSQL ≥ 15 to use (postgresql://user@host/db). Default: the embedded"
    " server. Environment: COOPDB_DATABASE_URL. A password here is visible to every local"
    " user in the process list: give it in COOPDB_DATABASE_URL, PGPASSWORD or ~/.pgpass.",
)
@click.version_option(__version__, prog_name="coopdb")
@click.pass_context
def main(ctx: click.Context, database_url: str | None) -> None:
    """coopdb: Belarus–Russia regional cooperation, curated from news articles.

    With no --database-url, coopdb runs its own PostgreSQL server (started on first use,
    left running, data under $COOPDB_HOME or your user data folder) and fills it from the
    curated seeds that ship with it.

    Example:

        coopdb report kursk
    """
    _warn_of_a_visible_password(ctx, database_url)
    ctx.obj = AppContext(database_url)


def _warn_of_a_visible_password(ctx: click.Context, database_url: str | None) -> None:
    """A password in the arguments is in /proc/PID/cmdline, which ``ps`` shows every local
    user; the environment and ~/.pgpass are readable by the same user only. Said to a person
    at a terminal (scripts' stderr is often parsed, and they choose their own way)."""
    from click.core import ParameterSource

    from coopdb.masking import passwords

    if (
        database_url
        and ctx.get_parameter_source("database_url") is ParameterSource.COMMANDLINE
        and passwords(database_url)
        and _stderr_is_a_terminal()
    ):
        click.echo(
            "warning: the password in --database-url is visible to every local user in the"
            " process list (ps) and stays in your shell history; give the URL in"
            " COOPDB_DATABASE_URL instead, or the password"
            " in PGPASSWORD or ~/.pgpass",
            err=True,
        )


def _stderr_is_a_terminal() -> bool:
    return sys.stderr.isatty()
