"""``coopdb curate``: help for the people who write the curated files."""

from __future__ import annotations

from pathlib import Path

import click

SEEDS_OPTION = click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="The seeds folder. Default: the seeds shipped with coopdb.",
)


@click.group()
def curate() -> None:
    """Help for curating: the file format as JSON Schemas for editors."""


@curate.command("schema")
@SEEDS_OPTION
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Where to write the schema files. Default: the seeds folder's schema/ subfolder.",
)
def schema(seeds_dir: Path | None, out: Path | None) -> None:
    """Write the JSON Schemas of the curated files, generated from the file format.

    Writes article.schema.json, regions.schema.json, officials.schema.json and
    enterprises.schema.json. A curated file whose first line is
    `# yaml-language-server: $schema=schema/<kind>.schema.json` gets completion and errors
    while it is typed, in any editor that runs the YAML language server (VS Code's YAML
    extension). When the seeds folder's README.md has a field-reference section, it is
    regenerated too.

    Example:

        coopdb curate schema --seeds seeds/
    """
    from coopdb.curation import reference
    from coopdb.resources import seeds_dir as shipped_seeds

    seeds = seeds_dir or shipped_seeds()
    folder = out or seeds / "schema"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, document in reference.json_schemas().items():
            path = folder / name
            path.write_text(reference.schema_text(document), encoding="utf-8")
            click.echo(f"wrote {path}")
        guide = seeds / "README.md"
        if guide.is_file():
            text = guide.read_text(encoding="utf-8")
            if reference.START_MARKER in text:
                fields = reference.field_reference_markdown(seeds)
                guide.write_text(reference.with_field_reference(text, fields), encoding="utf-8")
                click.echo(f"wrote {guide} (its field reference)")
    except (OSError, ValueError) as error:
        raise click.ClickException(f"cannot write the schemas: {error}") from None
