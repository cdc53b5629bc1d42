"""A seeds folder validated: the shared files, then each article, unless its fingerprint says
it is unchanged since it was loaded."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from coopdb.curation import attested, figures, seedfiles
from coopdb.curation import corpus as c
from coopdb.curation.coverage import check_skips
from coopdb.curation.fingerprints import input_fingerprint, shared_fingerprint
from coopdb.curation.limits import ARTICLE_UNWANTED
from coopdb.curation.parallel import default_jobs, parsed_in_order
from coopdb.curation.pendingmarks import count_pending, may_be_pending
from coopdb.curation.problems import (
    CurationError,
    Problem,
    describe,
    named,
    parse_model,
    shorten_quote,
)
from coopdb.curation.resolve import ArticleResolver
from coopdb.curation.seedfiles import SHARED_FILES, SeedsFolder, TooManyEntriesError
from coopdb.curation.shared import SharedIndex
from coopdb.curation.spec import ArticleFile
from coopdb.curation.spool import SourceSpool
from coopdb.curation.yamlread import CuratedFile, display_path, read_yaml

ArticleText = bytes | Literal["missing", "refused"]
"""An article's bytes, or why there are none: no such file, or refused by the folder."""


def _article_body(path: Path, raw: bytes, problems: list[Problem]) -> str | None:
    """The article's text; its problems (not UTF-8, characters it may not hold) reported."""
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(
            Problem(display_path(path), line, "", f"not valid UTF-8 at byte {error.start}")
        )
        return None
    unwanted = ARTICLE_UNWANTED.search(body)
    if unwanted:
        count = len(ARTICLE_UNWANTED.findall(body))
        more = f" (and {count - 1:,} more)" if count > 1 else ""
        problems.append(
            Problem(
                display_path(path),
                body.count("\n", 0, unwanted.start()) + 1,
                "",
                f"contains {describe(unwanted.group())}{more}; an article holds printable"
                " text, tabs and line breaks only",
            )
        )
    return body


def check_article(
    index: SharedIndex,
    file: CuratedFile,
    texts_seen: dict[str, str],
    text: ArticleText,
    fingerprint: str,
) -> None:
    """Validate one facts file against its article's bytes (``text``, read by the caller)."""
    claimed = file.doc.get("article")
    # The text this file curates by the layout's naming, when its `article` is unusable.
    own_text = file.path.with_suffix(".txt").name
    spec = parse_model(file, ArticleFile, index.problems)
    if spec is None:
        # Still claim the text, so a typo elsewhere does not also report it as uncurated.
        texts_seen.setdefault(claimed if isinstance(claimed, str) else own_text, file.display)
        return
    name = spec.article
    if Path(name).name != name or not name.endswith(".txt") or name.startswith("."):
        index.problems.append(
            file.problem(
                ("article",),
                f"{named(name)} must be the name of a .txt file in the seeds folder",
            )
        )
        texts_seen.setdefault(own_text, file.display)
        return
    if name != own_text:
        # The name is what lets a load recognise an unchanged article without parsing it.
        index.problems.append(
            file.problem(
                ("article",), f"must be '{own_text}': a facts file is named after its article"
            )
        )
        texts_seen.setdefault(own_text, file.display)
        return
    if name in texts_seen:
        index.problems.append(
            file.problem(("article",), f"{named(name)} is already curated in {texts_seen[name]}")
        )
        return
    texts_seen[name] = file.display
    if text == "missing":
        index.problems.append(file.problem(("article",), f"{named(name)} does not exist"))
        return
    if text == "refused":  # the folder said why, once
        return
    raw = text
    body = _article_body(file.path.parent / name, raw, index.problems)
    if body is None:
        return
    index.keys.define_all(file, spec, index.problems)
    resolver = ArticleResolver(index, file, body)
    for field_name in ("title", "publisher", "dateline"):
        value = getattr(spec, field_name)
        if value is not None and value not in body:
            resolver.fail((field_name,), f"{shorten_quote(value)} does not occur in the article")
    index.ref(file, ("region",), spec.region, index.regions, "region")
    source = c.Source(
        key=name.removesuffix(".txt"),
        file_name=name,
        title=spec.title,
        publisher=spec.publisher,
        dateline=spec.dateline,
        published=index.dated(file, ("published",), spec.published, body),
        sha256=hashlib.sha256(raw).hexdigest(),
        facts_sha256="",
        body=body,
        official_mentions=tuple(resolver.official_mentions(spec)),
        enterprise_mentions=tuple(resolver.enterprise_mentions(spec)),
        meetings=tuple(resolver.meetings(spec)),
        proposals=tuple(resolver.proposals(spec)),
        trade_figures=tuple(resolver.trade_figures(spec)),
        trade_goods=tuple(resolver.trade_goods(spec)),
        twinning=tuple(resolver.twinnings(spec)),
        quantities=tuple(figures.quantities(resolver, spec)),
        attestations=tuple(attested.attestations(resolver, spec)),
        statements=tuple(attested.statements(resolver, spec)),
        source_dates=tuple(attested.source_dates(resolver, spec)),
    )
    check_skips(resolver, spec)
    source = replace(source, input_sha256=fingerprint)
    spool = index.corpus.sources
    spool.append(c.with_fingerprint(source) if spool.keep else source, c.counted_facts(source))


def validate_folder(
    folder: Path,
    loaded: Mapping[str, str] | None = None,
    *,
    keep_facts: bool = True,
    jobs: int | None = None,
) -> c.Corpus:
    """Read and validate a whole seeds folder; raise ``CurationError`` listing every problem.

    ``loaded`` maps article keys to the input fingerprints stored when they were last
    loaded; an article whose files and shared files are byte-for-byte the same is not read
    again but listed in ``Corpus.unchanged`` (it was valid then, so it is valid now).
    ``keep_facts=False`` is for a command that only counts (``coopdb check``): the sources'
    facts are neither hashed nor spooled (together a fifth or more of a check), so
    ``Corpus.sources`` gives keys, counts and ``fact_count`` but no facts. ``jobs`` processes
    share the work (default: ``COOPDB_JOBS``, else one per processor; see
    ``coopdb.curation.parallel``); the result and its problems are the same for any number.
    """
    problems: list[Problem] = []

    def refuse(name: str, message: str) -> None:
        problems.append(Problem(display_path(folder / name), None, "", message))

    try:
        seeds = SeedsFolder(folder, refuse)
    except TooManyEntriesError:
        raise CurationError(
            [
                Problem(
                    display_path(folder),
                    None,
                    "",
                    f"holds more than {seedfiles.MAX_FOLDER_ENTRIES:,} entries",
                )
            ]
        ) from None
    except (FileNotFoundError, NotADirectoryError):
        raise CurationError([Problem(display_path(folder), None, "", "is not a folder")]) from None
    except OSError as error:
        message = f"cannot read: {error.strerror}"
        raise CurationError([Problem(display_path(folder), None, "", message)]) from None
    with seeds:
        corpus = _validate(seeds, problems, loaded, keep_facts, jobs or default_jobs())
    if problems:
        raise CurationError(problems)
    return corpus


def _validate(
    seeds: SeedsFolder,
    problems: list[Problem],
    loaded: Mapping[str, str] | None,
    keep_facts: bool,
    jobs: int,
) -> c.Corpus:
    index = SharedIndex(problems)
    index.corpus.sources = SourceSpool(keep=keep_facts)
    shared = _read_shared(seeds, problems)
    index.shared(shared["regions.yaml"], shared["officials.yaml"], shared["enterprises.yaml"])
    shared_bytes = shared_fingerprint(f.text.encode() if f else b"" for f in shared.values())
    texts_seen: dict[str, str] = {}
    names = [name for name in seeds.names(".yaml") if name not in SHARED_FILES]
    entries = (_read_entry(seeds, name, shared_bytes, loaded) for name in names)
    folder = "" if str(seeds.path) == "." else os.path.join(str(seeds.path), "")
    for entry, parsed in parsed_in_order(entries, jobs=jobs):
        seeds.report(entry.refusals)
        facts, text = entry.facts, entry.text
        text_name = entry.stem + ".txt"
        if facts is None:
            # Unreadable: assume it curates the text of the same name, as the layout says.
            texts_seen.setdefault(text_name, display_path(entry.path))
            continue
        if parsed is None:  # unchanged since it was loaded
            index.corpus.unchanged.append(entry.stem)
            texts_seen[text_name] = folder + entry.name  # str(entry.path), without the Path
            if may_be_pending(facts):  # loaded with --allow-pending, perhaps: still counted
                _note_pending(index.corpus, read_yaml(entry.path, facts, []))
            continue
        path = entry.path
        file, parse_problems = parsed
        problems.extend(parse_problems)
        if may_be_pending(facts):
            _note_pending(index.corpus, file)
        if file is not None:
            check_article(index, file, texts_seen, text, entry.fingerprint)
            file.release(functools.partial(seeds.reread, path.name), facts)
        else:
            texts_seen.setdefault(text_name, display_path(path))
    try:
        figures.finish_folder(index)
        index.keys.settle(index.corpus, problems)
    finally:
        index.keys.close()
    _report_uncurated(seeds, texts_seen, problems)
    return index.corpus


@dataclass(frozen=True, slots=True)
class _Entry:
    """A facts file and its article as read from the folder, before any parsing."""

    folder: Path
    name: str
    facts: bytes | None
    text: ArticleText
    fingerprint: str
    refusals: list[tuple[str, str]]
    """Refused while read (maybe ahead of validation), reported when it is validated."""
    unchanged: bool

    @property
    def path(self) -> Path:
        return self.folder / self.name

    @property
    def stem(self) -> str:
        """The article's key: a facts file is named ``<key>.yaml``."""
        return self.name.removesuffix(".yaml")

    @property
    def to_parse(self) -> tuple[Path, bytes] | None:
        return None if self.facts is None or self.unchanged else (self.path, self.facts)


def _read_entry(
    seeds: SeedsFolder, name: str, shared_bytes: bytes, loaded: Mapping[str, str] | None
) -> _Entry:
    """One facts file and its text read, without a path object: a load of a folder of
    unchanged articles is mostly this, 20,000 files at 10,000 articles."""
    stem = name.removesuffix(".yaml")
    with seeds.refusals_held() as refusals:
        facts = seeds.read(name)
        text = _article_text(seeds, stem + ".txt")
    if facts is None:
        return _Entry(seeds.path, name, None, text, "", refusals, unchanged=False)
    fingerprint = input_fingerprint(shared_bytes, facts, text if isinstance(text, bytes) else b"")
    # Only an article whose text is there may be skipped: a missing text hashes as an
    # empty one, and an empty article loaded once must not hide that its text is gone.
    unchanged = bool(loaded and isinstance(text, bytes) and loaded.get(stem) == fingerprint)
    return _Entry(seeds.path, name, facts, text, fingerprint, refusals, unchanged)


def _note_pending(corpus: c.Corpus, file: CuratedFile | None) -> None:
    """Count a facts file's pending facts from the document validation parsed anyway."""
    count = count_pending(file)
    if count and file is not None:
        corpus.pending[file.display] = count


def _read_shared(seeds: SeedsFolder, problems: list[Problem]) -> dict[str, CuratedFile | None]:
    """The shared files parsed (None for one missing, refused or unparsable)."""
    shared: dict[str, CuratedFile | None] = {}
    for name in SHARED_FILES:
        raw = seeds.read(name) if name in seeds.files else None
        if raw is None and name not in seeds.refused:
            problems.append(
                Problem(display_path(seeds.path / name), None, "", "shared file is missing")
            )
        shared[name] = read_yaml(seeds.path / name, raw, problems) if raw is not None else None
    return shared


def _article_text(seeds: SeedsFolder, name: str) -> ArticleText:
    """An article's bytes, or why there are none."""
    if name in seeds.refused:
        return "refused"
    if name in seeds.files:
        raw = seeds.read(name)
        return "refused" if raw is None else raw
    return "missing"


def _report_uncurated(
    seeds: SeedsFolder, texts_seen: dict[str, str], problems: list[Problem]
) -> None:
    """Report each article that no facts file claims (a refused facts file still claims its
    article, so the refusal is its only problem)."""
    for name in seeds.refused:
        if name.endswith(".yaml") and name not in SHARED_FILES:
            texts_seen.setdefault(name.removesuffix(".yaml") + ".txt", name)
    for name in seeds.names(".txt"):
        if name not in texts_seen:
            problems.append(
                Problem(
                    display_path(seeds.path / name),
                    None,
                    "",
                    "article has no curated facts file (.yaml)",
                )
            )
