"""HTML output: ``coopdb site DIR`` and the file writing of ``coopdb report --output``.

The HTML modules (and the chart renderer they need) are imported only here, inside the
commands, so no other command pays for them at start-up.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from coopdb.cli.context import AppContext, pass_app


def write_report(app: AppContext, region: str, output_format: str, output: Path | None) -> None:
    """The report in any format, to ``output`` or standard output; html is one page."""
    from coopdb.cli.report_commands import reading

    if output_format == "html":
        from coopdb.html.charts import start_engine

        start_engine()  # before any database work: one line saying what to install
        from coopdb.html.region_page import report_html

        with reading(app) as conn:
            text = report_html(conn, region)
    else:
        from coopdb.render import render
        from coopdb.reports import find_region, region_report, report_document

        with reading(app) as conn:
            doc = report_document(region_report(conn, find_region(conn, region)))
        text = render(doc, output_format, terminal=output is None and sys.stdout.isatty())
    if output is None:
        click.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    click.echo(f"wrote {output} ({len(text.encode()):,} bytes)", err=True)


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--full",
    is_flag=True,
    help="Draw every page again, ignoring what the last build recorded (files whose bytes"
    " are the same are still not rewritten).",
)
@pass_app
def site(app: AppContext, folder: Path, full: bool) -> None:
    """Write a static website of the whole database into FOLDER: an index, a page per
    region (its report with charts), per article (every fact highlighted), per official and
    per enterprise, all cross-linked, A-Z lists of the officials, enterprises and articles,
    and the data dictionary (a page and Markdown) with the CSV export in FOLDER/data. It
    works from file:// and on any static host.

    A rebuild draws only the pages whose inputs changed since the last build (recorded in
    FOLDER/.coopdb-site.json) and rewrites only files whose bytes changed; when the database
    did not change at all, it reads nothing but that. Needs the html extra:
    pip install 'coopdb[html]'.

    Example:

        coopdb site public/
    """
    from coopdb.cli.report_commands import reading
    from coopdb.html.charts import require_charts
    from coopdb.html.site import build_site

    require_charts()
    started = time.perf_counter()
    with reading(app) as conn:  # one snapshot: every page agrees with every other
        result = build_site(conn, folder, full=full)
    click.echo(
        f"{folder}: {result.total} files, {result.drawn} pages drawn, {result.written} written,"
        f" {result.removed} removed, {result.unchanged} unchanged"
        f" ({time.perf_counter() - started:.1f} s)"
    )
