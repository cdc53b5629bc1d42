"""``coopdb check`` and ``coopdb load``: validate the curated seeds, and mirror them."""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from coopdb.cli.context import AppContext, pass_app, validated
from coopdb.cli.params import jobs_option, lock_timeout_option, say_waiting

if TYPE_CHECKING:
    from coopdb.load import LoadResult

SEEDS_ARGUMENT = click.argument(
    "seeds_dir",
    required=False,
    type=click.Path(file_okay=False, path_type=Path),
)


@click.command()
@SEEDS_ARGUMENT
@jobs_option()
def check(seeds_dir: Path | None, jobs: int | None) -> None:
    """Validate curated files without touching any database.

    SEEDS_DIR defaults to the seeds shipped with coopdb. Every problem is printed as
    FILE:LINE: FIELD: WHAT (what to change, where), then how many problems in how many
    files, and the exit code is 1 if there is any. Facts still marked
    `pending: true` (drafted by `coopdb curate new`) are counted per file, not refused.

    Example:

        coopdb check seeds/
    """
    from coopdb.curation.draft.pending import pending_lines, pending_summary

    corpus = validated(seeds_dir, outcome=None, keep_facts=False, jobs=jobs)
    click.echo(
        f"ok: {len(corpus.sources)} articles, {corpus.fact_count()} facts,"
        f" {len(corpus.regions)} regions, {len(corpus.officials)} officials,"
        f" {len(corpus.enterprises)} enterprises"
    )
    pending = corpus.pending
    if pending:
        click.echo("\n".join([*pending_lines(pending), pending_summary(pending)]))


@click.command()
@SEEDS_ARGUMENT
@lock_timeout_option("another load")
@click.option(
    "--full",
    is_flag=True,
    help="Read and compare every article, even those whose files are unchanged since they"
    " were loaded: repairs rows changed, deleted or added by hand in the database.",
)
@click.option(
    "--allow-pending",
    is_flag=True,
    help="Load facts still marked `pending: true` (drafted, not yet reviewed) too.",
)
@jobs_option()
@pass_app
def load(
    app: AppContext,
    seeds_dir: Path | None,
    lock_timeout: float,
    full: bool,
    allow_pending: bool,
    jobs: int | None,
) -> None:
    """Make the database mirror the curated files, in one transaction.

    Validates everything first and loads nothing if any file has a problem. Loading the
    same files twice changes nothing; a fact removed from the files disappears from the
    database; ids of unchanged facts stay the same. Articles whose files are unchanged since
    they were loaded are skipped; with --full every article is compared row by row, so
    rows changed, deleted or added by hand are repaired (one line per table repaired), and
    rows that are already right are still not written. `coopdb db verify` shows the same
    differences without changing anything. A folder with facts still marked `pending: true`
    is refused, one line per file, unless --allow-pending.

    Example:

        coopdb load seeds/

        coopdb load --full seeds/
    """
    from coopdb.db import ensure_ready, make_engine
    from coopdb.load import load_folder
    from coopdb.resources import seeds_dir as shipped_seeds

    target = app.target()
    ensure_ready(target, seed=False)
    engine = make_engine(target)
    progress = _progress()
    try:
        with engine.begin() as connection:
            loaded = load_folder(
                connection,
                seeds_dir or shipped_seeds(),
                full=full,
                validate=functools.partial(validated, jobs=jobs),
                lock_timeout_seconds=lock_timeout,
                on_wait=say_waiting,
                progress=progress,
                allow_pending=allow_pending,
            )
            commit_started = time.perf_counter()
        loaded.timings["commit"] = time.perf_counter() - commit_started
    finally:
        engine.dispose()
        progress("")
    result = loaded.result
    click.echo(f"loaded {loaded.articles} articles into {target.masked}: {result.summary()}")
    if full:
        _say_repaired(result)
    if os.environ.get("COOPDB_TIMINGS"):
        timings = loaded.timings
        click.echo("timings: " + ", ".join(f"{k} {v:.3f} s" for k, v in timings.items()), err=True)


def _say_repaired(result: LoadResult) -> None:
    """After a full load, one line per table it wrote to, or that none needed it."""
    written = result.written()
    for table, counts in written:
        click.echo(
            f"core.{table}: {counts.added} added, {counts.changed} changed,"
            f" {counts.removed} removed"
        )
    if not written:
        click.echo("every row already mirrored the files: nothing was repaired")


def _progress() -> Callable[[str], None]:
    """A step reporter: a live status line on a terminal, silence in a pipe."""
    if not sys.stderr.isatty():
        return lambda _step: None
    from rich.console import Console

    console = Console(stderr=True)
    status = console.status("loading…")
    status.start()

    def step(name: str) -> None:
        if name:
            status.update(f"loading: {name}…")
        else:
            status.stop()

    return step
