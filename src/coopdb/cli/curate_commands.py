"""``coopdb curate``: help for the people who write the curated files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from coopdb.curation.coverage import ArticleCoverage
    from coopdb.render import Document

SEEDS_OPTION = click.option(
    "--seeds",
    "seeds_dir",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="The seeds folder. Default: the seeds shipped with coopdb.",
)


@click.group()
def curate() -> None:
    """Help for curating: the file format as JSON Schemas for editors, the sentences no fact
    covers yet, and a page to review an article's facts on."""


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


def _article_key(article: str) -> str:
    """An article named by its text, its facts file or its name: the name without suffix."""
    name = Path(article).name
    for suffix in (".txt", ".yaml"):
        name = name.removesuffix(suffix)
    return name


def _coverages(folder: Path | None, article: str | None, outcome: str) -> list[ArticleCoverage]:
    """The coverage of each article of a folder that checks (only ``article`` if given)."""
    from coopdb.cli.context import validated
    from coopdb.curation.coverage import folder_coverage
    from coopdb.resources import seeds_dir as shipped_seeds

    seeds = folder or shipped_seeds()
    corpus = validated(seeds, outcome=outcome)
    sources = list(corpus.sources)
    if article is not None:
        key = _article_key(article)
        sources = [s for s in sources if s.key == key]
        if not sources:
            raise click.ClickException(f"no article {key!r} in {seeds}")
    return folder_coverage(seeds, sources)


def _coverage_data(found: list[ArticleCoverage]) -> dict[str, Any]:
    articles = [
        {
            "article": a.article,
            "sentences": len(a.sentences),
            "covered": a.count("covered"),
            "skipped": a.count("skipped"),
            "uncovered": [s.text for s in a.uncovered()],
            "mentions_only": [s.sentence.text for s in a.sentences if s.mentions_only()],
        }
        for a in found
    ]
    total = {
        "articles": len(found),
        "sentences": sum(len(a.sentences) for a in found),
        "covered": sum(a.count("covered") for a in found),
        "skipped": sum(a.count("skipped") for a in found),
        "uncovered": sum(a.count("uncovered") for a in found),
        "mentions_only": sum(1 for a in found for s in a.sentences if s.mentions_only()),
    }
    return {"articles": articles, "corpus": total}


def _coverage_document(data: dict[str, Any], found: list[ArticleCoverage]) -> Document:
    from coopdb.render import Document, Table

    counts = Table(
        "articles",
        "Sentences per article",
        ["article", "sentences", "covered", "skipped", "uncovered", "by mentions only"],
    )
    for a in data["articles"]:
        counts.rows.append(
            [
                a["article"],
                a["sentences"],
                a["covered"],
                a["skipped"],
                len(a["uncovered"]),
                len(a["mentions_only"]),
            ]
        )
    total = data["corpus"]
    counts.rows.append(
        [
            "corpus",
            *(total[k] for k in ("sentences", "covered", "skipped", "uncovered", "mentions_only")),
        ]
    )
    todo = Table(
        "uncovered",
        "Uncovered sentences (state their facts, or skip them with a reason)",
        ["article", "at", "sentence", "looks like"],
        empty="none: every sentence is covered by a fact or skipped",
        wide=("sentence",),
    )
    for a in found:
        hints = a.hints()
        todo.rows += [[a.article, s.start, s.text, hints.get(s.start)] for s in a.uncovered()]
    percent = 100 * (total["covered"] + total["skipped"]) / (total["sentences"] or 1)
    line = (
        f"{total['articles']} article(s), {total['sentences']} sentences:"
        f" {total['covered']} covered, {total['skipped']} skipped,"
        f" {total['uncovered']} uncovered ({percent:.0f}% done)"
    )
    notes = [
        f"{a.article}: {skip.field} overlaps the quote of {fact.field}: a sentence that"
        " states a fact is not out of scope"
        for a in found
        for skip, fact in a.skips_over_facts()
    ]
    notes += [
        "Covered by mentions only: sentences whose only quotes name an official or an"
        " enterprise, a participant, a date or the title; --format json lists them (they may"
        " still state a fact).",
        "A sentence that states no fact is skipped in its facts file: skip: - {quote: <its"
        " words>, reason: furniture | courtesy | repeated | out_of_scope | boilerplate}"
        " (occurrence: 2 for a repeat).",
    ]
    return Document("Coverage of the curated articles", [line], [counts, todo], data, None, notes)


@curate.command("coverage")
@click.argument("seeds_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--article",
    metavar="FILE",
    help="Only this article: its .txt or .yaml file (whose folder is SEEDS_DIR unless"
    " given), or its name.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for scripts.",
)
def coverage(seeds_dir: Path | None, article: str | None, output_format: str) -> None:
    """Show which sentences of each article no fact covers: the curator's to-do list.

    A sentence is covered when at least one quote of a fact (any kind, the quotes of
    dates and participants included) overlaps it, skipped when a `skip:` entry of the
    facts file quotes all of it, and uncovered otherwise. Prints the counts per article
    and for the corpus (and how many are covered by names, dates or the title only), then
    each uncovered sentence with its text and offset. Exits 0
    whatever the counts (it is a to-do list, not a check); when the folder does not check,
    prints its problems and exits 1.

    Example:

        coopdb curate coverage seeds/
        coopdb curate coverage seeds/ --article 001_69ca2f47ea92f77d.txt --format json
    """
    from coopdb.cli.context import emit

    if seeds_dir is None and article is not None and Path(article).parent != Path():
        seeds_dir = Path(article).parent  # an article's file names its folder
    found = _coverages(seeds_dir, article, "no coverage was computed")
    data = _coverage_data(found)
    emit(_coverage_document(data, found), output_format)


@curate.command("review")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    metavar="FILE",
    help="Write the page to FILE. Default: standard output.",
)
def review(article: Path, output: Path | None) -> None:
    """Write one self-contained HTML page of an article with every fact's quote highlighted.

    ARTICLE is the article's text or facts file in its seeds folder (the folder must
    check). The page shows a colour per kind of fact, each fact's fields beside the text
    (hover or focus a quote to find its facts), pending facts dashed, uncovered sentences
    marked and skipped ones greyed. It makes no network request: its style and script are
    inline, and its Content-Security-Policy allows nothing else.

    Example:

        coopdb curate review seeds/001_69ca2f47ea92f77d.txt -o review.html
    """
    from coopdb.html.article_page import render_article_page
    from coopdb.html.review import review_page

    folder = article.parent
    (found,) = _coverages(folder, article.name, "no page was written")
    page = render_article_page(review_page(found))
    if output is None:
        click.echo(page, nl=False)
        return
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror}") from None
    click.echo(f"wrote {output}")


@curate.command("new")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@SEEDS_OPTION
def new(article: Path, seeds_dir: Path | None) -> None:
    """Put a new article into the seeds folder with a draft of its facts to review.

    Copies ARTICLE (UTF-8 text, unchanged bytes) into the seeds folder as
    NNN_<first 16 hex of its sha256>.txt and writes the facts file next to it, pre-filled
    with what rules over the text and the shared files find: known regions, officials and
    enterprises by every spelling, money, changes, quantities, periods, dates (a day and
    month without a year stays --MM-DD), the dateline, a skeleton meeting, page furniture
    as skipped. Every drafted fact is marked `pending: true`: `coopdb check` counts them,
    `coopdb load` refuses them until a curator deletes each mark. New names are proposed,
    commented, as entries to paste into the shared files. No network, no model.

    Example:

        coopdb curate new article.txt --seeds seeds/
    """
    from coopdb.curation.draft.article import place_article
    from coopdb.resources import seeds_dir as shipped_seeds

    placed = place_article(article, seeds_dir or shipped_seeds())
    click.echo(f"wrote {placed.text}")
    click.echo(f"wrote {placed.facts}")
    counts = placed.draft.counts()
    click.echo("found: " + (", ".join(f"{n} {kind}" for kind, n in counts.items()) or "nothing"))
    click.echo(
        f"next: review {placed.facts.name} against the text (delete each `pending: true` you"
        f" confirm), then `coopdb check {placed.facts.parent}`"
    )
