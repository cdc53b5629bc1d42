"""``coopdb report REGION``: everything known about one region."""

from __future__ import annotations

import click

from coopdb.cli.context import AppContext, pass_app


@click.command()
@click.argument("region")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for scripts.",
)
@pass_app
def report(app: AppContext, region: str, output_format: str) -> None:
    """Print everything known about REGION: twinning, officials, meetings, trade,
    proposals, enterprises and the sources each fact comes from.

    REGION is a name, another name (Russian too) or an ISO code, in any case:
    kursk, "Kursk Oblast", RU-KRS and курская give the same report.
    Exit code 2 when REGION matches no region or several.

    Example:

        coopdb report kursk
    """
    from coopdb import render
    from coopdb.db import connect
    from coopdb.reports import RegionLookupError, find_region, region_report

    target = app.ready_target()
    with connect(target) as conn:
        conn.read_only = True
        try:
            region_id = find_region(conn, region)
        except RegionLookupError as error:
            hint = f"; closest: {', '.join(error.candidates)}" if error.candidates else ""
            click.echo(f"Error: {error}{hint} (coopdb regions lists them all)", err=True)
            raise SystemExit(2) from None
        data = region_report(conn, region_id)
    click.echo(render.as_json(data) if output_format == "json" else render.text(data), nl=False)


@click.command()
@pass_app
def regions(app: AppContext) -> None:
    """List every region with its ISO code and how many facts concern it.

    Example:

        coopdb regions
    """
    from coopdb.db import connect
    from coopdb.reports import list_regions

    target = app.ready_target()
    with connect(target) as conn:
        rows = list_regions(conn)
    click.echo(
        f"{'region':<20} {'kind':<8} {'code':<7} {'meetings':>8} {'trade':>6} {'proposals':>9}"
    )
    for row in rows:
        click.echo(
            f"{row['name']:<20} {row['kind']:<8} {row['iso_code'] or '-':<7}"
            f" {row['meetings']:>8} {row['trade_figures']:>6} {row['proposals']:>9}"
        )
