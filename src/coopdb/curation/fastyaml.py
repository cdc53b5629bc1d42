"""Fast YAML reading for curated files: libyaml (through PyYAML) with YAML 1.2 core rules.

ruamel.yaml's round-trip parser knows the line of every value, which is what error messages
need, but it is about ten times slower. So files are read with libyaml first, and ruamel is
used only for a file that has a problem. For the two to agree, this loader resolves plain
scalars as YAML 1.2's core schema does (as ruamel does): ``yes``, ``no``, ``on`` and ``off``
stay strings (no "Norway problem"), ``010`` is ten, ``7:54`` is text; and a repeated key is an
error rather than silently overwriting the first.

Curated files need no anchors, aliases or tags, and no nesting deeper than a few levels; a
hostile file uses them to make a tiny file expand into gigabytes (an alias bomb) or to exhaust
the stack. ``screen`` refuses them from the event stream alone, before any value is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, ScalarNode
from yaml.resolver import BaseResolver

try:
    from yaml._yaml import CParser  # libyaml, shipped in PyYAML's wheels
except ImportError:  # pragma: no cover - a PyYAML built without libyaml: ruamel reads all
    CParser = None  # type: ignore[assignment,misc]

MAX_DEPTH = 20
"""Deepest nesting of mappings and lists a curated file may use (they need about six)."""
MAX_NUMBER_DIGITS = 100
"""Longest plain number a curated file may write; longer ones are refused, not converted."""

_INT = r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"
_TIMESTAMP = (
    r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
    r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$"
)
_INT_RE = re.compile(_INT)
_TIMESTAMP_RE = re.compile(_TIMESTAMP)


class _CoreSchemaResolver(BaseResolver):
    """Implicit types of the YAML 1.2 core schema, plus timestamps (as ruamel reads them)."""


for tag, pattern, first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", _INT, "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("timestamp", _TIMESTAMP, "0123456789"),
):
    _CoreSchemaResolver.add_implicit_resolver(
        f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first)
    )


def shorten(text: str, width: int = 80) -> str:
    """``text`` cut to ``width`` characters (with an ellipsis), for messages."""
    return text if len(text) <= width else text[: width - 1] + "…"


class RefusedError(Exception):
    """A construct curated files never need, refused before anything was built from it."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _StrictConstructor(SafeConstructor):
    """SafeConstructor that refuses repeated keys and reads integers as YAML 1.2 does."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) or key is None:
                if key in seen:
                    raise ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        "found duplicate key",  # ruamel words the message shown
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node: Any) -> int:
        value = str(self.construct_scalar(node))
        if len(value) > MAX_NUMBER_DIGITS:  # Python cannot even print 4,300 digits
            raise RefusedError(node.start_mark.line + 1, _too_long_number(value))
        sign = -1 if value.startswith("-") else 1
        digits = value.lstrip("+-")
        if digits.startswith("0o"):
            return sign * int(digits[2:], 8)
        if digits.startswith("0x"):
            return sign * int(digits[2:], 16)
        return sign * int(digits, 10)


_StrictConstructor.add_constructor(  # type: ignore[type-var]
    "tag:yaml.org,2002:int", _StrictConstructor.construct_yaml_int
)


class _Loader(CParser, _StrictConstructor, _CoreSchemaResolver):
    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        _StrictConstructor.__init__(self)
        _CoreSchemaResolver.__init__(self)


_NODES = frozenset(("ScalarEvent", "SequenceStartEvent", "MappingStartEvent"))
_OPENS = frozenset(("SequenceStartEvent", "MappingStartEvent"))
_CLOSES = frozenset(("SequenceEndEvent", "MappingEndEvent"))


def screen(events: Iterable[Any]) -> None:
    """Raise ``RefusedError`` at the first anchor, alias, tag, too deep nesting or unreadable plain
    scalar of an event stream (PyYAML's or ruamel's).

    Events are read one by one and nothing is composed, so an alias bomb costs what its text
    costs, and the parsers' own errors (raised while iterating) reach the caller unchanged.
    """
    depth = 0
    for event in events:
        kind = type(event).__name__
        line = event.start_mark.line + 1
        if kind == "AliasEvent":
            raise RefusedError(line, "YAML aliases (*name) are not allowed in curated files")
        if kind in _NODES:
            if event.anchor is not None:
                raise RefusedError(line, "YAML anchors (&name) are not allowed in curated files")
            if event.tag is not None:
                raise RefusedError(
                    line,
                    f"YAML tags ({shorten(str(event.tag), 40)}) are not allowed in curated files",
                )
        if kind in _OPENS:
            depth += 1
            if depth > MAX_DEPTH:
                raise RefusedError(line, f"nested deeper than {MAX_DEPTH} levels")
        elif kind in _CLOSES:
            depth -= 1
        elif kind == "ScalarEvent" and not event.style:
            _screen_plain(line, event.value)


def _screen_plain(line: int, value: str) -> None:
    """Refuse a plain scalar that would fail or explode when converted (numbers, dates)."""
    if _INT_RE.match(value) and len(value) > MAX_NUMBER_DIGITS:
        raise RefusedError(line, _too_long_number(value))
    if _TIMESTAMP_RE.match(value):
        try:
            _StrictConstructor().construct_yaml_timestamp(
                ScalarNode("tag:yaml.org,2002:timestamp", value)
            )
        except (ValueError, AttributeError):
            raise RefusedError(
                line, f"{value} is not a real date or time (put it in quotes to keep it as text)"
            ) from None


def _too_long_number(value: str) -> str:
    return (
        f"a number {len(value):,} characters long"
        f" (a curated number has at most {MAX_NUMBER_DIGITS} digits)"
    )


def screen_text(text: str) -> None:
    """``screen`` the text's libyaml events; YAML syntax errors are left to the full parse."""
    if CParser is None:  # pragma: no cover
        return
    parser = CParser(text)
    try:
        screen(iter(parser.get_event, None))
    except yaml.YAMLError:
        pass
    finally:
        parser.dispose()


def load(text: str) -> Any:
    """Parse YAML text; raises ``RefusedError`` for what curated files never need and
    ``yaml.YAMLError`` (or another exception) on anything else wrong: then ask ruamel why."""
    if CParser is None:  # pragma: no cover
        raise yaml.YAMLError("libyaml is not available")
    if "&" in text or "*" in text or "!" in text:
        # Only these characters start anchors, aliases and tags: other texts need no screen.
        screen_text(text)
    try:
        return _plain_document(text)
    except Exception:  # anything unusual: PyYAML's own constructor decides, as it always did
        return yaml.load(text, Loader=cast(Any, _Loader))


class _UnusualError(Exception):
    """A document the direct build leaves to PyYAML's constructor."""


_RESOLVERS = _CoreSchemaResolver.yaml_implicit_resolvers
_CONSTRUCTOR = _StrictConstructor()
_SIMPLE_KEYS = (str, int, float, bool, type(None))
_NO_KEY = object()


def _plain_document(text: str) -> Any:
    """The document built straight from libyaml's events: three to four times faster than
    composing nodes and constructing them, and the same values (any anchor, alias, tag,
    repeated or complex key, long number or second document is left to PyYAML)."""
    parser = CParser(text)
    try:
        get = parser.get_event
        get()  # the stream's start
        if type(get()) is yaml.StreamEndEvent:
            return None
        root = _build(get)
        if type(get()) is not yaml.DocumentEndEvent or type(get()) is not yaml.StreamEndEvent:
            raise _UnusualError
        return root
    finally:
        parser.dispose()


def _build(get: Any) -> Any:
    """The document's root node from its events, one loop with a stack of open containers
    (no recursion, so any depth is built; the depth screen comes later)."""
    scalar, mapping_start = yaml.ScalarEvent, yaml.MappingStartEvent
    sequence_start = yaml.SequenceStartEvent
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    stack: list[tuple[Any, set[Any], Any]] = []
    container: Any = None  # the innermost open container: a dict, a list, or None at the root
    seen: set[Any] = set()
    key: Any = _NO_KEY
    while True:
        event = get()
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag is not None:
                raise _UnusualError
            value: Any = _scalar(event.value) if event.implicit[0] else event.value
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                raise _UnusualError
            stack.append((container, seen, key))
            container, seen, key = ({} if kind is mapping_start else []), set(), _NO_KEY
            continue
        elif kind in ends:
            value = container
            container, seen, key = stack.pop()
        else:
            raise _UnusualError
        if container is None:
            return value
        if type(container) is list:
            container.append(value)
        elif key is _NO_KEY:
            if not isinstance(value, _SIMPLE_KEYS) or value in seen:
                raise _UnusualError
            seen.add(value)
            key = value
        else:
            container[key] = value
            key = _NO_KEY


def _scalar(value: str) -> Any:
    """A plain scalar's value under the core schema's rules (``_CoreSchemaResolver``); most
    are words, whose first character no implicit type can start with."""
    for tag, pattern in _RESOLVERS.get(value[0] if value else "", ()):
        if pattern.match(value):
            return _typed(tag, value)
    return value


def _typed(tag: str, value: str) -> Any:
    """A plain scalar of an implicit type, built by the constructor PyYAML would use."""
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:int" and len(value) > MAX_NUMBER_DIGITS:
        raise _UnusualError
    return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, ScalarNode(tag, value))
