"""Commands that read: ``report``, ``regions``, ``officials``, ``enterprises``, ``trade``,
``search``, ``changes``. Each opens a read-only snapshot (``reading``), builds a document,
and renders it; ``docs`` and ``export`` read through ``reading`` too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coopdb.cli.context import AppContext, emit, output_option, pass_app

if TYPE_CHECKING:
    import psycopg

    from coopdb.render import Document

REGION_OPTION = click.option(
    "--region", metavar="REGION", help="Only what concerns this region (name, other name or code)."
)


@contextmanager
def reading(app: AppContext) -> Iterator[psycopg.Connection[Any]]:
    """A connection to a ready database, inside one read-only REPEATABLE READ transaction
    (``reports.snapshot``) for all the command's queries; an unknown region is a
    ``NotFoundError`` (exit code 2)."""
    from coopdb.db import connect
    from coopdb.reports import snapshot

    target = app.ready_target()
    with connect(target) as conn, snapshot(conn):
        yield conn


def _show(
    app: AppContext, output_format: str, build: Callable[[psycopg.Connection[Any]], Document]
) -> None:
    with reading(app) as conn:
        doc = build(conn)
    emit(doc, output_format)


class PeriodBound(click.ParamType[dt.date, Any]):
    """A day, month, quarter, half or year (2022, 2022-04, 2022-Q2, 2022-04-28): its first
    day for --since, its last for --until."""

    name = "DATE"

    def __init__(self, *, end: bool) -> None:
        self.end = end

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from coopdb.reports.narrow import period_bound

        if not isinstance(value, str):
            return value
        try:
            return period_bound(value, end=self.end)
        except ValueError as error:
            from coopdb.cli.params import OneLineBadParameter

            raise OneLineBadParameter(str(error), ctx=ctx, param=param) from None


SECTION_NAMES = (
    "twinning",
    "officials",
    "meetings",
    "trade",
    "trade_outlook",
    "goods",
    "proposals",
    "statements",
    "quantities",
    "enterprises",
    "sources",
    "notes",
)


@click.command()
@click.argument("region")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown", "json", "csv", "html"]),
    default="text",
    show_default=True,
    help="text for people (a table on a terminal), markdown, json for scripts, csv; html:"
    " one self-contained page with charts (needs the html extra: pip install 'coopdb[html]').",
)
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Every row of every section, however many (text and markdown summarise a report of"
    " more than 80 facts; json and csv always hold every fact).",
)
@click.option(
    "--section",
    "sections",
    multiple=True,
    type=click.Choice(SECTION_NAMES),
    metavar="NAME",
    help=f"Only this section, every row (repeatable): {', '.join(SECTION_NAMES)}.",
)
@click.option(
    "--since",
    type=PeriodBound(end=False),
    metavar="DATE",
    help="Only facts dated on or after DATE (2022, 2022-04 or 2022-04-28: from its first day);"
    " undated facts are left out, and counted.",
)
@click.option(
    "--until",
    type=PeriodBound(end=True),
    metavar="DATE",
    help="Only facts dated on or before DATE (2022 means to 31 December 2022).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE instead of standard output.",
)
@pass_app
def report(
    app: AppContext,
    region: str,
    output_format: str,
    show_all: bool,
    sections: tuple[str, ...],
    since: dt.date | None,
    until: dt.date | None,
    output: Path | None,
) -> None:
    """Everything known about REGION: twinning, officials, meetings, trade, proposals,
    enterprises, and the numbered sources every line points to; notes are numbered
    footnotes [^N].

    REGION is a name, another name (Russian too) or an ISO code, in any case:
    kursk, "Kursk Oblast", RU-KRS and курская give the same report. Exit code 2 when
    REGION matches no region or several. With --format html the page holds the region's
    articles too, every fact linked to its quote, highlighted.

    A report of more than 80 facts prints as a summary in text and markdown: facts by
    year, the latest meetings and trade figures, trade by year, the top sectors and
    enterprises, each section's size; --all or --section NAME print rows in full.

    Example:

    \b
        coopdb report kursk --format markdown
        coopdb report kursk --since 2022 --section meetings --section proposals
        coopdb report kursk --format html -o kursk.html
    """
    from coopdb.reports.narrow import Period
    from coopdb.reports.view import ReportOptions, report_view

    narrowed = show_all or sections or since or until
    if output_format == "html":
        if narrowed:
            raise click.UsageError("--all, --section, --since and --until do not apply to html")
        from coopdb.cli.site_commands import write_report

        write_report(app, region, output_format, output)
        return
    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    options = ReportOptions(show_all, tuple(dict.fromkeys(sections)), Period(since, until))
    with reading(app) as conn:
        doc = report_view(conn, region, output_format, options)
    if output is None:
        emit(doc, output_format)
        return
    from coopdb.render import render

    text = render(doc, output_format)
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote {output} ({len(text.encode()):,} bytes)", err=True)


KEYS_OPTION = click.option(
    "--keys",
    is_flag=True,
    help="Show each row's curated key first: what a facts file refers to it by.",
)


@click.command()
@KEYS_OPTION
@output_option()
@pass_app
def regions(app: AppContext, keys: bool, output_format: str) -> None:
    """Every region, with its ISO code and how many facts concern it.

    Example:

        coopdb regions --keys --format csv
    """
    from coopdb.reports import regions_document

    _show(app, output_format, lambda conn: regions_document(conn, keys=keys))


@click.command()
@REGION_OPTION
@KEYS_OPTION
@output_option()
@pass_app
def officials(app: AppContext, region: str | None, keys: bool, output_format: str) -> None:
    """Officials with every spelling of their names and the posts they held.

    Example:

        coopdb officials --region kursk --keys
    """
    from coopdb.reports import officials_document

    _show(app, output_format, lambda conn: officials_document(conn, region, keys=keys))


@click.command()
@REGION_OPTION
@KEYS_OPTION
@output_option()
@pass_app
def enterprises(app: AppContext, region: str | None, keys: bool, output_format: str) -> None:
    """Enterprises named in the articles, with aliases, sector and how often they appear.

    Example:

        coopdb enterprises --region kirov --keys
    """
    from coopdb.reports import enterprises_document

    _show(app, output_format, lambda conn: enterprises_document(conn, region, keys=keys))


@click.command()
@REGION_OPTION
@output_option()
@pass_app
def trade(app: AppContext, region: str | None, output_format: str) -> None:
    """Trade figures quoted, as bounds in US dollars, with periods and stated changes.

    Example:

        coopdb trade --region RU-KRS --format json
    """
    from coopdb.reports import trade_document

    _show(app, output_format, lambda conn: trade_document(conn, region))


@click.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option(
    "--facts",
    is_flag=True,
    help="Search the curated facts (proposals, statements, trade figures and goods,"
    " quantities, meetings, twinning, enterprise mentions) instead of the articles.",
)
@output_option()
@pass_app
def search(app: AppContext, text: str, limit: int, facts: bool, output_format: str) -> None:
    """Full-text search over the articles, best matches first, with highlighted snippets.

    TEXT is read like a web search: words, "quoted phrases", -excluded words, OR; at most
    1,000 characters. A name also finds its other spellings (Starovoit, Starovoyt). With
    --facts: each matching fact's kind, summary, region and article.

    Example:

        coopdb search "joint venture"
        coopdb search --facts Rosatom
    """
    from coopdb.cli.params import OneLineBadParameter
    from coopdb.reports import SEARCH_TEXT_LIMIT, search_document

    if "\x00" in text:
        raise OneLineBadParameter("contains a NUL character", param_hint="TEXT")
    if len(text) > SEARCH_TEXT_LIMIT:
        raise OneLineBadParameter(
            f"{len(text):,} characters, more than the {SEARCH_TEXT_LIMIT:,} a search may have",
            param_hint="TEXT",
        )
    _show(app, output_format, lambda conn: search_document(conn, text, limit, facts=facts))


@click.command()
@click.option(
    "--since",
    metavar="N",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Only the loads after load N (the last one you read); 0 gives every load.",
)
@output_option()
@pass_app
def changes(app: AppContext, since: int, output_format: str) -> None:
    """What each load after load N inserted, updated or deleted: one line per row, by core
    table, row id and natural key (reporting.loads and reporting.changes).

    A load that changed nothing is not recorded. Ids stay stable across loads, so an
    updated row keeps its id and a deleted one never comes back under another fact.

    Example:

        coopdb changes --since 3 --format json
    """
    from coopdb.reports.changes import changes_document

    _show(app, output_format, lambda conn: changes_document(conn, since))
