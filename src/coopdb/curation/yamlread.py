"""Reading one YAML file: screened (``fastyaml``), parsed, and able to say a field's line."""

from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from coopdb.curation import fastyaml
from coopdb.curation.limits import VALUE_UNWANTED
from coopdb.curation.problems import Problem, brief, describe

Loc = tuple[str | int, ...]


_NO_LINES = CommentedMap()
"""The positions of a file whose text cannot be read for lines (changed since, or gone)."""


class CuratedFile:
    """One YAML file: its parsed document and its text, for line lookups."""

    def __init__(self, path: Path, display: str, doc: Any, text: str) -> None:
        self.path = path
        self.display = display
        self.doc = doc
        self._text: str | bytes | None = text
        self._positions: Any = doc if isinstance(doc, CommentedMap) else None
        self._reread: Callable[[], bytes | None] | None = None
        self._sha256 = b""

    @property
    def text(self) -> str:
        """The file's text (read again, if it was released, as long as it is unchanged)."""
        text = self._text
        if text is None:
            raw = self._reread() if self._reread is not None else None
            if raw is None or hashlib.sha256(raw).digest() != self._sha256:
                return ""  # changed or gone since it was validated: no lines, rather than wrong
            return raw.decode("utf-8", errors="replace")
        return text if isinstance(text, str) else zlib.decompress(text).decode("utf-8")

    def _positioned(self) -> Any:
        """The document as ruamel reads it, with lines: parsed only when a problem needs one
        (the document was screened already, so ruamel is safe on it)."""
        if self._positions is None:
            try:
                positions = YAML(typ="rt").load(self.text)
            except Exception:  # lines are a courtesy: without them, no line
                positions = None
            self._positions = positions if isinstance(positions, CommentedMap) else _NO_LINES
        return self._positions

    def release(self, reread: Callable[[], bytes | None] | None = None, raw: bytes = b"") -> None:
        """Drop a libyaml-read document once its article is checked: problems found across
        articles later need only the text (re-parsed for lines), and a folder's documents
        held to the end would grow the check's memory with the corpus. Given ``reread`` (a
        safe read of the file's bytes, ``raw`` as they were validated), the text is dropped
        too and read again if a line is wanted; otherwise it is kept compressed."""
        if self._positions is None:
            self.doc = None
        if reread is None:
            self.compress()
            return
        self._reread, self._sha256, self._text = reread, hashlib.sha256(raw).digest(), None

    def compress(self) -> None:
        """Keep the text compressed (several times smaller) while the file is held."""
        if isinstance(self._text, str):
            self._text = zlib.compress(self._text.encode("utf-8"), 1)

    def line(self, loc: Loc) -> int | None:
        """The line of the deepest part of ``loc`` that exists in the document."""
        node, line = self._positioned(), 1
        if node is _NO_LINES:
            return None
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        return line

    def problem(self, loc: Loc, message: str) -> Problem:
        return Problem(self.display, self.line(loc), field_path(loc), message)


def field_path(loc: Loc) -> str:
    """('meetings', 0, 'quote') → 'meetings[0].quote'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working folder when inside it.
    Only the folder is resolved: a link inside it is shown by its own name."""
    try:
        return str((_resolved(path.parent) / path.name).relative_to(_cwd()))
    except ValueError:
        return str(path)


@functools.cache
def _cwd() -> Path:
    return Path.cwd().resolve()


@functools.cache
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def read_yaml(path: Path, raw: bytes, problems: list[Problem]) -> CuratedFile | None:
    """Parse one YAML file's bytes; on failure add one problem and return None."""
    display = display_path(path)
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(
            Problem(display, 1, "", "file starts with a byte-order mark; save as UTF-8 without BOM")
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(
            Problem(display, line, "", f"not valid UTF-8 (byte 0x{raw[error.start]:02x})")
        )
        return None
    try:
        doc = fastyaml.load(text)
    except fastyaml.RefusedError as error:
        problems.append(Problem(display, error.line, "", error.message))
        return None
    except Exception:  # whatever libyaml refused, ruamel explains (or reads)
        doc = _ruamel_load(text, display, problems)
        if doc is _FAILED:
            return None
    if doc is None:
        problems.append(Problem(display, None, "", "file is empty"))
        return None
    if not isinstance(doc, dict):
        problems.append(Problem(display, 1, "", "expected a mapping of fields at the top level"))
        return None
    file = CuratedFile(path, display, doc, text)
    return file if _screen_values(file, problems) else None


_FAILED = object()


def _ruamel_load(text: str, display: str, problems: list[Problem]) -> Any:
    """Parse with ruamel; on failure add one problem with its line and return ``_FAILED``.

    Its events are screened first (ruamel's composer recurses, and expands aliases), so what
    curated files never need is refused before ruamel builds anything.
    """
    try:
        fastyaml.screen(YAML(typ="rt").parse(text))
        return YAML(typ="rt").load(text)
    except fastyaml.RefusedError as error:
        problems.append(Problem(display, error.line, "", error.message))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        mark_line: int | None = mark.line + 1 if mark is not None else None
        problems.append(Problem(display, mark_line, "", f"invalid YAML: {_yaml_problem(error)}"))
    except ReaderError as error:  # a character YAML does not allow, e.g. a control character
        what = str(error).split("\n", 1)[0]
        line = text[: error.position].count("\n") + 1
        problems.append(Problem(display, line, "", f"invalid YAML: {fastyaml.shorten(what)}"))
    except YAMLError as error:
        what = fastyaml.shorten(" ".join(str(error).split()), 160)
        problems.append(Problem(display, None, "", f"invalid YAML: {what}"))
    except (ValueError, LookupError, TypeError, AttributeError) as error:  # from a constructor
        what = fastyaml.shorten(" ".join(str(error).split()), 160)
        problems.append(Problem(display, None, "", f"invalid YAML: {what}"))
    return _FAILED


def _yaml_problem(error: MarkedYAMLError) -> str:
    """ruamel's words for a problem, without the values it quotes whole (a repeated key's)."""
    what = " ".join(str(error.problem or error.context or "invalid YAML").split())
    if what.startswith("found duplicate key"):
        what = what.split('" with value "', 1)[0] + '"'
    return fastyaml.shorten(what, 160)


def _screen_values(file: CuratedFile, problems: list[Problem]) -> bool:
    """Report strings with characters text may not hold; False when the file must not be
    validated further: it is nested too deep or holds a huge number (one problem then), or
    holds lone surrogates (which nothing downstream can encode)."""
    screen = _ValueScreen(file)
    if "\\" in file.text:
        screen.node(file.doc, ())
    elif _too_deep(file.doc):  # no escapes, so no unwanted characters: only the depth to check
        screen.fatal = Problem(file.display, None, "", f"nested deeper than {MAX_DEPTH} levels")
    if screen.fatal:
        try:
            fastyaml.screen_text(file.text)  # finds the line without building anything
        except fastyaml.RefusedError as error:
            screen.fatal = Problem(file.display, error.line, "", error.message)
        problems.append(screen.fatal)
        return False
    problems.extend(screen.problems)
    return screen.usable


MAX_DEPTH = fastyaml.MAX_DEPTH


def _too_deep(doc: Any) -> bool:
    """Whether mappings and lists nest deeper than ``MAX_DEPTH`` (a walk over them alone:
    the cheap screen for a file without escapes, whose strings YAML already screened)."""
    level, depth = [doc], 1
    while level:
        if depth > MAX_DEPTH:
            return True
        below: list[Any] = []
        for node in level:
            values = node.values() if isinstance(node, dict) else node
            below += [value for value in values if isinstance(value, (dict, list))]
        level, depth = below, depth + 1
    return False


class _ValueScreen:
    """One walk over a parsed document; its recursion stops at ``fastyaml.MAX_DEPTH``."""

    def __init__(self, file: CuratedFile) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.fatal: Problem | None = None
        self.usable = True

    def node(self, node: Any, loc: Loc) -> None:
        if len(loc) >= MAX_DEPTH:
            message = f"nested deeper than {MAX_DEPTH} levels"
            self.fatal = Problem(self.file.display, None, "", message)
            return
        pairs: Iterable[tuple[Any, Any]] = (
            node.items() if isinstance(node, dict) else enumerate(node)
        )
        for name, value in pairs:
            if not (_small(name) and _small(value)):
                self.fatal = self.file.problem(
                    loc,
                    f"a number of more than {fastyaml.MAX_NUMBER_DIGITS} digits"
                    " (no curated number needs so many)",
                )
                return
            key = name
            if isinstance(node, dict) and not isinstance(name, str):
                key = brief(name)
            elif isinstance(node, dict):
                self.text(loc, name, "a key")
            here = (*loc, key)
            if isinstance(value, (dict, list)):
                self.node(value, here)
            elif isinstance(value, str):
                self.text(here, value, "")
            if self.fatal:
                return

    def text(self, loc: Loc, value: str, what: str) -> None:
        unwanted = VALUE_UNWANTED.search(value)
        if unwanted is None:
            return
        found = unwanted.group()
        if "\ud800" <= found <= "\udfff":
            self.usable = False
            advice = "write the character itself, not its UTF-16 escapes"
        else:
            advice = "curated text holds printable characters, tabs and line breaks only"
        subject = f"{what} contains" if what else "contains"
        self.problems.append(self.file.problem(loc, f"{subject} {describe(found)}; {advice}"))


def _small(value: Any) -> bool:
    """False for an integer too long to print (Python refuses to print 4,300 digits)."""
    return not isinstance(value, int) or abs(value) < 10**fastyaml.MAX_NUMBER_DIGITS
