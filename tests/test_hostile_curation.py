"""Hostile curated files: property-based mutations of the shipped seeds.

Every generated case copies the shipped seeds into a fresh folder, breaks exactly one file in
one way, and runs ``coopdb check`` on it. Whatever the mutation, it must be refused the way a
curator can act on: exit code 1, no traceback, one line per problem naming the broken file (with
the line and the field where the problem has them), and a count line at the end.

Each mutation kind is a hypothesis strategy. ``test_mutation_is_refused`` runs each kind on its
own and fails if a kind produced no case of its own (``test_mutation_is_refused_soak``, marked
slow, does the same with ten times the cases); ``test_any_mutation_is_refused`` mixes them (and
``test_any_mutation_is_refused_soak``, marked slow, with six times the cases);
``test_a_refused_load_leaves_the_database_unchanged`` runs mixed cases through ``coopdb load``
against a loaded database, which must keep every row as it was. Set
``COOPDB_HYPOTHESIS_EXAMPLES`` to a multiplier (e.g. ``20``) for a long soak run.
"""

from __future__ import annotations

import os
import re
import tempfile
import types
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from conftest import fingerprint, row_versions, run
from coopdb import curation as cur
from coopdb.curation.seedfiles import size_cap
from coopdb.resources import seeds_dir

# --- budget --------------------------------------------------------------------------------

MULTIPLIER = float(os.environ.get("COOPDB_HYPOTHESIS_EXAMPLES", "1"))
PER_KIND = max(1, round(3 * MULTIPLIER))  # the default run
SOAK_PER_KIND = max(1, round(30 * MULTIPLIER))  # the slow run
MIXED = max(1, round(20 * MULTIPLIER))
SOAK_MIXED = max(1, round(120 * MULTIPLIER))
LOADED = max(1, round(8 * MULTIPLIER))

# Hypothesis keeps caches (unicode tables, constants) in its home: not in the repository.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "coopdb-hypothesis")
HYPOTHESIS = settings(
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one database per test, shared by its examples
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)

# --- the pristine seeds and their structure -------------------------------------------------

SEEDS: dict[str, bytes] = {p.name: p.read_bytes() for p in seeds_dir().iterdir() if p.is_file()}
TEXT: dict[str, str] = {
    name: data.decode("utf-8") for name, data in SEEDS.items() if name.endswith((".yaml", ".txt"))
}
SHARED_MODELS: dict[str, type[BaseModel]] = {
    "regions.yaml": cur.RegionsFile,
    "officials.yaml": cur.OfficialsFile,
    "enterprises.yaml": cur.EnterprisesFile,
}
YAML_FILES = sorted(name for name in SEEDS if name.endswith(".yaml"))
ARTICLES = [name for name in YAML_FILES if name not in SHARED_MODELS]
TEXTS = sorted(name for name in SEEDS if name.endswith(".txt"))
# Sections of the shared files whose items other files refer to by ``key``.
DEFINES = {
    "regions": "region",
    "posts": "post",
    "officials": "official",
    "sectors": "sector",
    "enterprises": "enterprise",
}
FACT_KINDS = {
    "meetings": "meeting",
    "proposals": "proposal",
    "trade_figures": "figure",
    "twinning": "twinning",
}
REFERENCES: dict[tuple[type[BaseModel], str], str] = {
    (cur.ArticleFile, "region"): "region",
    (cur.OfficialMentionSpec, "official"): "official",
    (cur.OfficialMentionSpec, "post"): "post",
    (cur.EnterpriseMentionSpec, "enterprise"): "enterprise",
    (cur.EnterpriseMentionSpec, "region"): "region",
    (cur.ParticipantSpec, "official"): "official",
    (cur.ParticipantSpec, "post"): "post",
    (cur.MeetingSpec, "regions"): "region",
    (cur.ProposalSpec, "sector"): "sector",
    (cur.ProposalSpec, "proposed_by"): "official",
    (cur.ProposalSpec, "meeting"): "meeting",
    (cur.ProposalSpec, "region"): "region",
    (cur.ProposalSpec, "enterprises"): "enterprise",
    (cur.TradeFigureSpec, "region"): "region",
    (cur.TradeGoodsSpec, "region"): "region",
    (cur.TwinningSpec, "regions"): "region",
    (cur.RegionSpec, "parent"): "region",
    (cur.PostSpec, "region"): "region",
    (cur.HoldingSpec, "post"): "post",
    (cur.EnterpriseSpec, "region"): "region",
    (cur.EnterpriseSpec, "sector"): "sector",
}
ALL_FIELD_NAMES = {
    name
    for model in vars(cur).values()
    if isinstance(model, type) and issubclass(model, BaseModel)
    for name in model.model_fields
}

Loc = tuple[str | int, ...]


def field_path(loc: Loc) -> str:
    """('meetings', 0, 'quote') → 'meetings[0].quote' (the validator's notation)."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _shape(annotation: Any) -> tuple[str, type[BaseModel] | None]:
    """('model', M) for M | None; ('list', M or None) for list[...]; ('scalar', None)."""
    origin = get_origin(annotation)
    members = get_args(annotation) if origin in (Union, types.UnionType) else (annotation,)
    for member in members:
        if isinstance(member, type) and issubclass(member, BaseModel):
            return "model", member
        if get_origin(member) is list:
            return "list", _shape(get_args(member)[0])[1]
    return "scalar", None


def _scalar_types(annotation: Any) -> set[Any]:
    origin = get_origin(annotation)
    return set(get_args(annotation) if origin in (Union, types.UnionType) else (annotation,))


@dataclass(frozen=True)
class Slot:
    """A value in a curated file: a mapping pair (``key`` set) or a scalar list item."""

    file: str
    path: Loc  # ends with the field name, or with the index of a list item
    model: type[BaseModel]  # the model that owns the field
    field: str
    node: Node
    key: ScalarNode | None
    parent: Node  # the mapping of the pair, or the sequence of the item

    @property
    def line(self) -> int:
        return int((self.key or self.node).start_mark.line) + 1


@dataclass
class Structure:
    pairs: list[Slot]
    items: list[Slot]
    mappings: list[tuple[str, Loc, type[BaseModel], MappingNode]]


def compose(text: str) -> Node:
    node: Node = YAML(typ="rt").compose(text)
    return node


def _walk(file: str, node: Node, model: type[BaseModel], path: Loc, out: Structure) -> None:
    if not isinstance(node, MappingNode):
        return
    out.mappings.append((file, path, model, node))
    for key, value in node.value:
        name = str(key.value)
        slot = Slot(file, (*path, name), model, name, value, key, node)
        out.pairs.append(slot)
        info = model.model_fields.get(name)
        if info is None:
            continue
        shape, sub = _shape(info.annotation)
        if shape == "model" and sub is not None:
            _walk(file, value, sub, (*path, name), out)
        elif shape == "list" and isinstance(value, SequenceNode):
            for index, item in enumerate(value.value):
                if sub is not None:
                    _walk(file, item, sub, (*path, name, index), out)
                elif isinstance(item, ScalarNode):
                    out.items.append(
                        Slot(file, (*path, name, index), model, name, item, None, value)
                    )


def _structure() -> Structure:
    out = Structure([], [], [])
    for name in YAML_FILES:
        _walk(name, compose(TEXT[name]), SHARED_MODELS.get(name, cur.ArticleFile), (), out)
    return out


STRUCTURE = _structure()
PAIRS = STRUCTURE.pairs
SCALAR_PAIRS = [s for s in PAIRS if isinstance(s.node, ScalarNode)]


def _item_key(file: str, path: Loc) -> str | None:
    """The ``key`` of the item at ``path`` (a section item), if it has one."""
    for slot in SCALAR_PAIRS:
        if slot.file == file and slot.path == (*path, "key"):
            return str(slot.node.value)
    return None


KEYS: dict[str, set[str]] = {kind: set() for kind in [*DEFINES.values(), "meeting"]}
for _slot in SCALAR_PAIRS:
    if _slot.field == "key" and len(_slot.path) == 3:
        if _slot.file in SHARED_MODELS:
            KEYS[DEFINES[str(_slot.path[0])]].add(str(_slot.node.value))
        elif _slot.path[0] == "meetings":
            KEYS["meeting"].add(str(_slot.node.value))


def lost_definition(slot: Slot) -> tuple[str, str] | None:
    """The (kind, key) whose definition a mutation of this slot removes, if any.

    Only then may other files report something, and only then may a reference to a key of
    the pristine seeds be reported as unknown: a broken definition whose key is still
    readable must not cascade into problems elsewhere.
    """
    path = slot.path
    if len(path) != 3 or path[2] != "key":
        return None
    key = _item_key(slot.file, path[:2])
    if key is None:
        return None
    if slot.file in SHARED_MODELS:
        return DEFINES[str(path[0])], key
    if path[0] == "meetings":
        return "meeting", key
    return None


# --- text edits ------------------------------------------------------------------------------


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def end_line(text: str, node: Node) -> int:
    """The first line (0-based) after ``node``: where a sibling would start."""
    mark = node.end_mark
    line_start = text.rfind("\n", 0, mark.index) + 1
    line = int(mark.line)
    return line + 1 if text[line_start : mark.index].strip() else line


def yaml_quote(value: str) -> str:
    """A YAML double-quoted scalar for any text; non-printable characters escaped."""
    out = []
    for char in value:
        if char in '\\"':
            out.append("\\" + char)
        elif char.isprintable():
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def replace_node(slot: Slot, new: str) -> str:
    text = TEXT[slot.file]
    return splice(text, slot.node.start_mark.index, slot.node.end_mark.index, new)


def line_of(text: str, loc: Loc) -> int:
    """The line of the deepest part of ``loc`` present in the document (from its marks)."""
    node, line = compose(text), 1
    for part in loc:
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                break
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def parses(text: str) -> bool:
    try:
        YAML(typ="rt").load(text)
    except Exception:  # anything but success is malformed, and the loader must cope
        return False
    return True


# --- mutations -------------------------------------------------------------------------------

ANY_LINE = -1


@dataclass(frozen=True)
class Mutation:
    """One broken file, and the problem line that must be among those printed."""

    kind: str
    file: str
    data: bytes
    line: int | None  # ANY_LINE: some line number; None: no line number
    field: str | None  # the exact field, or None when the problem names none
    message: str  # a regex for the message
    field_prefix: bool = False  # the field may continue (e.g. an unknown key inside it)
    lost: tuple[str, str] | None = None  # (kind, key) whose definition the mutation removed
    after: int = 1  # the problem's line is not before the line the mutation broke
    note: str = ""

    def __repr__(self) -> str:
        return f"Mutation({self.kind}: {self.file}, {self.note or '-'}, {len(self.data):,} bytes)"

    def expected(self, display: str) -> re.Pattern[str]:
        where = re.escape(display)
        if self.line == ANY_LINE:
            where += r":\d+"
        elif self.line is not None:
            where += f":{self.line}"
        field = ""
        if self.field is not None:
            field = re.escape(self.field.translate(ONE_LINE))
            field += r"(?:[.\[][^:]*)?" if self.field_prefix else ""
            field += ": "
        return re.compile(f"{where}: {field}{self.message}", re.DOTALL)


def _encode(text: str) -> bytes:
    return text.encode("utf-8")


NON_PRINTABLE = [
    *map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]),
    *map(chr, [*range(0x80, 0x85), *range(0x86, 0xA0)]),
    "\ufffe",
    "\uffff",
]
BLOCK_VALUES = [
    s
    for s in SCALAR_PAIRS
    if isinstance(s.parent, MappingNode)
    and not s.parent.flow_style
    and s.node.end_mark.index > s.node.start_mark.index
]
FLOW_NODES = [
    s for s in PAIRS if isinstance(s.node, (MappingNode, SequenceNode)) and s.node.flow_style
]
DOUBLE_QUOTED = [s for s in SCALAR_PAIRS if getattr(s.node, "style", None) == '"']
# (file, 0-based line, indentation) of lines that start with a block key or a "- " entry.
LINE_STARTS = sorted(
    {
        (s.file, s.key.start_mark.line, len(line) - len(line.lstrip(" ")))
        for s in PAIRS
        if s.key is not None
        and isinstance(s.parent, MappingNode)
        and not s.parent.flow_style
        and (line := TEXT[s.file].splitlines()[s.key.start_mark.line])
    }
)


@st.composite
def malformed_yaml(draw: st.DrawFn) -> Mutation:
    """Unbalanced brackets and quotes, bad indentation, tabs, and control characters."""
    how = draw(st.sampled_from(["bracket", "unclosed", "indent", "tab", "quote", "control"]))
    if how == "control":
        file = draw(st.sampled_from(YAML_FILES))
        text = TEXT[file]
        at = draw(st.integers(0, len(text)))
        char = draw(st.sampled_from(NON_PRINTABLE))
        new = splice(text, at, at, char)
        line = text[:at].count("\n") + 1
        return Mutation(
            "malformed_yaml", file, _encode(new), line, None, "invalid YAML: .+", note=repr(char)
        )
    if how == "bracket":
        slot = draw(st.sampled_from(BLOCK_VALUES))
        file, at = slot.file, slot.node.start_mark.index
        new = splice(TEXT[file], at, at, draw(st.sampled_from(["[", "{", "[[", "{["])))
        number = slot.node.start_mark.line
    elif how == "unclosed":
        slot = draw(st.sampled_from(FLOW_NODES))
        file, end = slot.file, slot.node.end_mark.index
        assert TEXT[file][end - 1] in "]}"
        new = splice(TEXT[file], end - 1, end, "")
        number = slot.node.end_mark.line
    elif how == "quote":
        slot = draw(st.sampled_from(DOUBLE_QUOTED))
        file, end = slot.file, slot.node.end_mark.index
        assert TEXT[file][end - 1] == '"'
        new = splice(TEXT[file], end - 1, end, "")
        number = slot.node.end_mark.line
    else:
        file, number, indent = draw(st.sampled_from(LINE_STARTS))
        lines = TEXT[file].splitlines(keepends=True)
        rest = lines[number][indent:]
        if how == "indent":
            shift = draw(st.sampled_from([-3, -2, -1, 1, 2, 3]).filter(lambda d: indent + d >= 0))
            lines[number] = " " * (indent + shift) + rest
        else:
            tabs = "\t" * draw(st.integers(1, 2))
            spaces = draw(st.integers(0, indent))
            lines[number] = " " * spaces + tabs + " " * (indent - spaces) + rest
        new = "".join(lines)
    assume(not parses(new))
    return Mutation(
        "malformed_yaml",
        file,
        _encode(new),
        ANY_LINE,
        None,
        "invalid YAML: .+",
        after=number + 1,
        note=f"{how} at line {number + 1}",
    )


KEY_CHARS = "abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
YAML_WORDS = {"null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"}


@st.composite
def misspelling(draw: st.DrawFn, word: str) -> str:
    """One to three random edits of ``word``."""
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["insert", "delete", "replace", "swap", "upper", "double"]))
        at = draw(st.integers(0, max(0, len(word) - 1)))
        char = draw(st.sampled_from(KEY_CHARS))
        if how == "insert":
            word = word[:at] + char + word[at:]
        elif how == "delete" and len(word) > 1:
            word = word[:at] + word[at + 1 :]
        elif how == "replace":
            word = word[:at] + char + word[at + 1 :]
        elif how == "swap" and len(word) > 1:
            at = min(at, len(word) - 2)
            word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
        elif how == "upper":
            word = word[:at] + word[at : at + 1].upper() + word[at + 1 :]
        else:
            word = word[: at + 1] + word[at:]
    return word


# How the loader writes a line break or a control character inside a problem (so that each
# problem is one line, and no terminal obeys it): escaped as Python writes it.
ONE_LINE = {
    code: chr(code).encode("unicode_escape").decode("ascii")
    for code in [*range(0x00, 0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]
}


def key_text(key: str) -> str:
    return key if PLAIN_KEY.fullmatch(key) and key not in YAML_WORDS else yaml_quote(key)


KEYED_PAIRS = [s for s in PAIRS if s.key is not None]


@st.composite
def unknown_key(draw: st.DrawFn) -> Mutation:
    """A real key misspelt, an invented key, or a key that YAML reads as a non-string."""
    slot = draw(st.sampled_from(KEYED_PAIRS))
    assert slot.key is not None and isinstance(slot.parent, MappingNode)
    taken = set(slot.model.model_fields) | {str(k.value) for k, _ in slot.parent.value}
    how = draw(st.sampled_from(["misspelt", "misspelt", "misspelt", "invented", "non_string"]))
    if how == "non_string":
        written = draw(st.sampled_from(["null", "~", "true", "1", "-7", "2017-01-01", "1.5"]))
        line: int | None = ANY_LINE
        field = None
        message = ".+"
    else:
        if how == "misspelt":
            new = draw(misspelling(slot.field).filter(lambda w: w not in taken))
        else:
            new = draw(st.text(min_size=1, max_size=20).filter(lambda w: w not in taken))
        written = key_text(new)
        line, field = slot.line, field_path((*slot.path[:-1], new))
        message = r"unknown field( \(did you mean '[^']+'\?\))?; fields: \S+, \S+\.schema\.json"
    text = splice(TEXT[slot.file], slot.key.start_mark.index, slot.key.end_mark.index, written)
    return Mutation(
        "unknown_key",
        slot.file,
        _encode(text),
        line,
        field,
        message,
        lost=lost_definition(slot),
        note=f"{field_path(slot.path)} -> {written}",
    )


REQUIRED_PAIRS = [
    s
    for s in KEYED_PAIRS
    if (info := s.model.model_fields.get(s.field)) is not None
    and info.is_required()
    and isinstance(s.parent, MappingNode)
    and not s.parent.flow_style
    and len(s.parent.value) >= 2
]


@st.composite
def missing_required(draw: st.DrawFn) -> Mutation:
    """A required key deleted, with its whole value."""
    slot = draw(st.sampled_from(REQUIRED_PAIRS))
    assert slot.key is not None
    text = TEXT[slot.file]
    lines = text.splitlines(keepends=True)
    first, last = slot.key.start_mark.line, end_line(text, slot.node)
    before = lines[first][: slot.key.start_mark.column]
    if before.strip():  # "  - key: x": keep the entry's dash, the item's other keys follow
        lines[first:last] = [before.rstrip() + "\n"]
    else:
        del lines[first:last]
    new = "".join(lines)
    return Mutation(
        "missing_required",
        slot.file,
        _encode(new),
        line_of(new, slot.path),
        field_path(slot.path),
        "required field is missing",
        lost=lost_definition(slot),
        note=field_path(slot.path),
    )


def _numeric_text_is_valid(slot: Slot) -> bool:
    """True where a number could still pass: int/Decimal fields and texts read via str()."""
    types_ = _scalar_types(slot.model.model_fields[slot.field].annotation)
    text_as_date = (slot.model, slot.field) in {
        (cur.DateSpec, "value"),
        (cur.PeriodSpec, "start"),
        (cur.PeriodSpec, "end"),
    }
    return bool(types_ & {int, Decimal}) or text_as_date


TYPED_SLOTS = [s for s in [*SCALAR_PAIRS, *STRUCTURE.items] if s.field in s.model.model_fields]
JUNK_KEY = st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(lambda k: k not in ALL_FIELD_NAMES)


def flow_value(depth: int = 0) -> st.SearchStrategy[str]:
    """A non-string YAML value written in flow style (never an empty collection)."""
    leaves = st.one_of(
        st.integers(-1000, 1000).map(str),
        st.sampled_from(["true", "false", "null", "1.5"]),
    )
    if depth >= 2:
        return leaves
    inner = st.one_of(leaves, st.deferred(lambda: flow_value(depth + 1)))
    return st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.tuples(JUNK_KEY, inner).map(lambda kv: "{" + f"{kv[0]}: {kv[1]}" + "}"),
    )


@st.composite
def wrong_type(draw: st.DrawFn) -> Mutation:
    """A scalar replaced by a list, a mapping, a number or a boolean."""
    slot = draw(st.sampled_from(TYPED_SLOTS))
    types_ = _scalar_types(slot.model.model_fields[slot.field].annotation)
    choices = ["list", "mapping"]
    if not _numeric_text_is_valid(slot):
        choices.append("number")
    if int not in types_:  # pydantic reads true as 1
        choices.append("bool")
    how = draw(st.sampled_from(choices))
    if how == "list":
        new = draw(flow_value(1).filter(lambda v: v.startswith("[")))
    elif how == "mapping":
        new = "{" + draw(JUNK_KEY) + ": " + draw(flow_value(2)) + "}"
    elif how == "number":
        new = draw(
            st.one_of(
                st.integers(-(10**9), 10**9).map(str),
                st.decimals(-1000, 1000, places=2, allow_nan=False).map(str),
            )
        )
    else:
        new = draw(st.sampled_from(["true", "false", "True", "FALSE"]))
    return Mutation(
        "wrong_type",
        slot.file,
        _encode(replace_node(slot, new)),
        slot.line,
        field_path(slot.path),
        ".+",
        field_prefix=True,
        lost=lost_definition(slot),
        note=f"{field_path(slot.path)}: {new}",
    )


# What the loader may say about such a quote: not in the text, or (emptied) too short.
QUOTE_REFUSED = (
    r"(not found in .+|not in .+ as written: .+|String should have at least 1 character.*)"
)
QUOTE_SLOTS = [s for s in SCALAR_PAIRS if s.file in ARTICLES and s.field == "quote"]
MARKS = {"'": "’", "’": "'", '"': "“", "“": '"', "”": '"', "-": "–", "–": "-"}


@st.composite
def quote_not_in_text(draw: st.DrawFn) -> Mutation:
    """A quote perturbed so that the article no longer contains it."""
    slot = draw(st.sampled_from(QUOTE_SLOTS))
    body = TEXT[slot.file.removesuffix(".yaml") + ".txt"]
    quote = str(slot.node.value)
    chars = st.characters(exclude_categories=["Cs"])
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["insert", "delete", "replace", "swap", "case", "marks"]))
        at = draw(st.integers(0, max(0, len(quote) - 1)))
        if how == "insert":
            quote = quote[:at] + draw(chars) + quote[at:]
        elif how == "delete":
            quote = quote[:at] + quote[at + 1 :]
        elif how == "replace":
            quote = quote[:at] + draw(chars) + quote[at + 1 :]
        elif how == "swap" and len(quote) > 1:
            at = min(at, len(quote) - 2)
            quote = quote[:at] + quote[at + 1] + quote[at] + quote[at + 2 :]
        elif how == "case":
            quote = quote[:at] + quote[at : at + 1].swapcase() + quote[at + 1 :]
        else:
            quote = "".join(MARKS.get(c, c) for c in quote)
    if quote in body:  # e.g. a word deleted at an end: add a character the text lacks
        at = draw(st.integers(0, len(quote)))
        quote = quote[:at] + draw(chars.filter(lambda c: c not in body)) + quote[at:]
    assert quote not in body
    return Mutation(
        "quote_not_in_text",
        slot.file,
        _encode(replace_node(slot, yaml_quote(quote))),
        slot.line,
        field_path(slot.path),
        QUOTE_REFUSED,
        note=f"{field_path(slot.path)}: {quote!r}",
    )


REF_SLOTS = [s for s in [*SCALAR_PAIRS, *STRUCTURE.items] if (s.model, s.field) in REFERENCES]


@st.composite
def dangling_reference(draw: st.DrawFn) -> Mutation:
    """A reference to an official, post, enterprise, region, sector or meeting that is not."""
    slot = draw(st.sampled_from(REF_SLOTS))
    kind = REFERENCES[(slot.model, slot.field)]
    if draw(st.integers(0, 4)):
        key = draw(st.from_regex(cur.SLUG, fullmatch=True))
    else:  # any text at all: a curator pasting a name, a line break, a stray quote
        key = draw(st.text(max_size=30))
    assume(key not in KEYS[kind])
    return Mutation(
        "dangling_reference",
        slot.file,
        _encode(replace_node(slot, yaml_quote(key))),
        slot.line,
        field_path(slot.path),
        f"unknown {re.escape(kind)} .+",
        note=f"{field_path(slot.path)}: {key!r}",
    )


FACT_SECTIONS: list[tuple[str, str, list[Slot]]] = []
for _file in ARTICLES:
    for _section in FACT_KINDS:
        _keys = [
            s
            for s in SCALAR_PAIRS
            if s.file == _file and len(s.path) == 3 and s.path[::2] == (_section, "key")
        ]
        if len(_keys) >= 2:
            FACT_SECTIONS.append((_file, _section, _keys))


@st.composite
def duplicate_key(draw: st.DrawFn) -> Mutation:
    """A mapping key repeated in the YAML, or a fact key given to two facts."""
    if draw(st.booleans()):
        file, section, keys = draw(st.sampled_from(FACT_SECTIONS))
        first, second = draw(st.lists(st.sampled_from(keys), min_size=2, max_size=2, unique=True))
        later = max(first, second, key=lambda s: s.path[1])
        value = str(second.node.value)
        text = replace_node(first, value)
        lost = lost_definition(first)  # the first fact's own key is gone
        return Mutation(
            "duplicate_key",
            file,
            _encode(text),
            later.line,
            field_path(later.path),
            re.escape(f"duplicate {FACT_KINDS[section]} key '{value}'"),
            lost=lost,
            note=f"{field_path(first.path)} = {value}",
        )
    slot = draw(st.sampled_from(KEYED_PAIRS))
    assert slot.key is not None
    text = TEXT[slot.file]
    value = draw(st.sampled_from(["null", "1", "x", '"again"', "[a]"]))
    if getattr(slot.parent, "flow_style", None):
        at = slot.parent.end_mark.index - 1
        new = splice(text, at, at, f", {slot.key.value}: {value}")
        line = text[:at].count("\n") + 1
    else:
        lines = text.splitlines(keepends=True)
        number = end_line(text, slot.node)
        if number >= len(lines) and lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        column = slot.key.start_mark.column
        lines.insert(number, " " * column + f"{slot.key.value}: {value}\n")
        new, line = "".join(lines), number + 1
    return Mutation(
        "duplicate_key",
        slot.file,
        _encode(new),
        line,
        None,
        "invalid YAML: .*duplicate.*",
        note=f"{field_path(slot.path)} twice",
    )


MONEY_SLOTS = [
    s
    for s in SCALAR_PAIRS
    if (s.model, s.field) in {(cur.ProposalSpec, "amount"), (cur.TradeFigureSpec, "value")}
]


def money_number(value: Decimal, commas: bool) -> str:
    whole, _, fraction = f"{value:f}".partition(".")
    whole = f"{int(whole):,}" if commas else whole
    return whole + (f".{fraction}" if fraction else "")


@st.composite
def inverted_range(draw: st.DrawFn) -> Mutation:
    """Money whose range runs backwards, e.g. '$210-205 million'."""
    slot = draw(st.sampled_from(MONEY_SLOTS))
    numbers = st.decimals(0, 10**7, places=draw(st.sampled_from([0, 1, 2])), allow_nan=False)
    low, high = draw(st.lists(numbers, min_size=2, max_size=2, unique=True).map(sorted))
    commas = draw(st.booleans())
    first, second = money_number(high, commas), money_number(low, commas)
    symbol, word = draw(
        st.sampled_from(
            [
                ("$", ""),
                ("US$", ""),
                ("€", ""),
                ("₽", ""),
                ("", " dollars"),
                ("", " rubles"),
                ("$", " USD"),
                ("", " euros"),
            ]
        )
    )
    dash = draw(st.sampled_from(["-", "–", "—", " to ", " - "]))
    scale = draw(st.sampled_from(["", " million", " billion", " thousand", " mln", " bn"]))
    qualifier = draw(st.sampled_from(["", "about ", "approximately ", "around "]))
    money = f"{qualifier}{symbol}{first}{dash}{second}{scale}{word}"
    return Mutation(
        "inverted_range",
        slot.file,
        _encode(replace_node(slot, yaml_quote(money))),
        slot.line,
        field_path(slot.path),
        re.escape(f"{money!r}: the low value is above the high value"),
        note=money,
    )


DATE_SLOTS = [
    s
    for s in SCALAR_PAIRS
    if (s.model, s.field)
    in {(cur.DateSpec, "value"), (cur.PeriodSpec, "start"), (cur.PeriodSpec, "end")}
]
NULL_DATE_SLOTS = [
    s
    for s in SCALAR_PAIRS
    if s.field in s.model.model_fields
    and _shape(s.model.model_fields[s.field].annotation) == ("model", cur.DateSpec)
    and str(s.node.tag).endswith(":null")
]


@st.composite
def impossible_date_text(draw: st.DrawFn) -> str:
    year = draw(st.integers(1, 9999))
    bad_month = draw(st.sampled_from([0, 13, 14, 20, 99]))
    month = draw(st.integers(1, 12))
    long_months = {1, 3, 5, 7, 8, 10, 12}
    bad_day = draw(
        st.sampled_from(
            [0, 32, 99] + ([30, 31] if month == 2 else [] if month in long_months else [31])
        )
    )
    forms = [
        f"{year:04d}-02-{draw(st.sampled_from([30, 31])):02d}",
        f"{year:04d}-{bad_month:02d}",
        f"{year:04d}-{bad_month:02d}-{draw(st.integers(1, 28)):02d}",
        f"{year:04d}-{month:02d}-{bad_day:02d}",
        f"--{bad_month:02d}-{draw(st.integers(1, 28)):02d}",
        f"--{month:02d}-{bad_day:02d}",
        f"--{bad_month:02d}",
        f"0000-{month:02d}-{draw(st.integers(1, 28)):02d}",
        f"0000-{month:02d}",
    ]
    if year % 4:  # 29 February of a common year
        forms.append(f"{year:04d}-02-29")
    return draw(st.sampled_from(forms))


@st.composite
def impossible_date(draw: st.DrawFn) -> Mutation:
    """31 February, month 13, day 0, 29 February of a common year, year 0."""
    value = draw(impossible_date_text())
    if NULL_DATE_SLOTS and draw(st.integers(0, 3)) == 0:
        slot = draw(st.sampled_from(NULL_DATE_SLOTS))
        new = replace_node(slot, "{value: " + yaml_quote(value) + ", basis: stated}")
        field = field_path((*slot.path, "value"))
    else:
        slot = draw(st.sampled_from(DATE_SLOTS))
        new = replace_node(slot, yaml_quote(value))
        field = field_path(slot.path)
    if value.startswith("0000"):
        message = ".+"  # a year 0 is refused, whatever the words
    else:
        message = re.escape(repr(value)) + (
            r": (month \d+ is not between 1 and 12|day \d+ does not exist in month \d+)"
        )
    return Mutation(
        "impossible_date", slot.file, _encode(new), slot.line, field, message, note=value
    )


ISO_SLOTS = [s for s in SCALAR_PAIRS if s.model is cur.RegionSpec and s.field == "iso_code"]
ISO_PATTERN = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3})?")


def _region_attr(slot: Slot, name: str) -> str:
    assert isinstance(slot.parent, MappingNode)
    return next(str(value.value) for key, value in slot.parent.value if key.value == name)


@st.composite
def bad_region_code(draw: st.DrawFn) -> Mutation:
    """An iso_code off the ISO 3166 pattern, another region's, or of the wrong country."""
    slot = draw(st.sampled_from(ISO_SLOTS))
    index = int(slot.path[1])
    field = field_path(slot.path)
    how = draw(st.sampled_from(["pattern", "pattern", "duplicate", "country"]))
    if how == "pattern":
        code = draw(
            st.one_of(
                st.text(max_size=12),
                st.from_regex(r"[A-Za-z]{1,3}(-[A-Za-z0-9]{0,5})?", fullmatch=True),
                st.sampled_from(["ru-krs", "RU-KURSK", "RUS", "R", "RU_KRS", "RU-", "12"]),
            ).filter(lambda c: not ISO_PATTERN.fullmatch(c))
        )
        line, message = slot.line, "String should match pattern .+"
    elif how == "duplicate":
        other = draw(st.sampled_from([s for s in ISO_SLOTS if s != slot]))
        code = str(other.node.value)
        later, earlier = sorted([slot, other], key=lambda s: -int(s.path[1]))
        line, field = later.line, field_path(later.path)
        message = re.escape(f"'{code}' is already the code of '{_region_attr(earlier, 'key')}'")
    else:
        country = _region_attr(slot, "country")
        prefix = draw(st.sampled_from(["BY", "RU", "UA", "PL", "LT"]).filter(country.__ne__))
        suffix = draw(st.from_regex(r"(-[A-Z0-9]{1,3})?", fullmatch=True))
        code = prefix + suffix
        assume(code not in {str(s.node.value) for s in ISO_SLOTS})
        line, message = slot.line, re.escape(f"'{code}' does not belong to country {country}")
    return Mutation(
        "bad_region_code",
        slot.file,
        _encode(replace_node(slot, yaml_quote(code))),
        line,
        field,
        message,
        note=f"regions[{index}].iso_code: {code!r} ({how})",
    )


@st.composite
def non_utf8(draw: st.DrawFn) -> Mutation:
    """Bytes that are not UTF-8 inserted into a facts file or an article text."""
    file = draw(st.sampled_from([*YAML_FILES, *TEXTS]))
    text = TEXT[file]
    at = len(text[: draw(st.integers(0, len(text)))].encode("utf-8"))
    bad = draw(st.integers(0x80, 0xFF))
    tail = draw(st.binary(max_size=3))
    if tail and 0x80 <= tail[0] <= 0xBF:  # would complete a lead byte into a real character
        tail = b""
    raw = SEEDS[file]
    data = raw[:at] + bytes([bad]) + tail + raw[at:]
    with pytest.raises(UnicodeDecodeError) as error:
        data.decode("utf-8")
    assert error.value.start == at
    line = raw[:at].count(b"\n") + 1
    message = "not valid UTF-8.*"
    if file.endswith(".yaml"):
        message = re.escape(f"not valid UTF-8 (byte 0x{bad:02x})")
    return Mutation("non_utf8", file, data, line, None, message, note=f"0x{bad:02x} at byte {at}")


@st.composite
def byte_order_mark(draw: st.DrawFn) -> Mutation:
    """A UTF-8 BOM in front of a facts file."""
    file = draw(st.sampled_from(YAML_FILES))
    data = b"\xef\xbb\xbf" * draw(st.integers(1, 2)) + SEEDS[file]
    message = re.escape("file starts with a byte-order mark; save as UTF-8 without BOM")
    return Mutation("byte_order_mark", file, data, 1, None, message)


@st.composite
def empty_file(draw: st.DrawFn) -> Mutation:
    """A facts file with nothing in it: no bytes, blank lines, comments, bare markers."""
    file = draw(st.sampled_from(YAML_FILES))
    lines = draw(st.lists(st.sampled_from(["", " ", "   ", "# nothing here", "#"]), max_size=5))
    text = "\n".join(lines) + ("\n" if bool(lines) and draw(st.booleans()) else "")
    if draw(st.booleans()):
        text = "---\n" + text + ("\n...\n" if draw(st.booleans()) else "")
    return Mutation("empty_file", file, _encode(text), None, None, re.escape("file is empty"))


@st.composite
def huge_file(draw: st.DrawFn) -> Mutation:
    """A facts or shared file over its size cap, however the bytes got there."""
    file = draw(st.sampled_from(YAML_FILES))
    cap, what = size_cap(file)
    extra = cap - len(SEEDS[file]) + draw(st.integers(1, 50_000))
    filler = draw(st.sampled_from(["comments", "blank", "spaces", "quote"]))
    if filler == "comments":
        pad = ("# " + "x" * 77 + "\n") * (extra // 80 + 1)
    elif filler == "blank":
        pad = "\n" * extra
    elif filler == "spaces":
        pad = " " * extra
    else:
        pad = "\nhuge: " + yaml_quote("y" * extra) + "\n"
    data = SEEDS[file] + pad.encode("ascii")
    assert len(data) > cap
    message = re.escape(f"is {len(data):,} bytes, over the {cap:,}-byte limit for {what}")
    return Mutation("huge_file", file, data, None, None, message, note=f"{len(data):,} bytes")


ARTICLE_SLOTS = [s for s in SCALAR_PAIRS if s.file in ARTICLES and s.path == ("article",)]
SEGMENT = st.from_regex(r"[a-z0-9_][a-z0-9_.-]{0,11}", fullmatch=True)


@st.composite
def escaping_article(draw: st.DrawFn) -> Mutation:
    """An article path that leaves the seeds folder or names a subfolder."""
    slot = draw(st.sampled_from(ARTICLE_SLOTS))
    own = str(slot.node.value)
    path = draw(
        st.one_of(
            st.sampled_from(["../../etc/passwd.txt", "/etc/hostname.txt", "sub/dir.txt"]),
            st.tuples(st.integers(1, 4), SEGMENT).map(lambda t: "../" * t[0] + t[1] + ".txt"),
            st.lists(SEGMENT, min_size=1, max_size=3).map(lambda p: "/" + "/".join(p) + ".txt"),
            st.lists(SEGMENT, min_size=2, max_size=3).map(lambda p: "/".join(p) + ".txt"),
            st.sampled_from([f"./{own}", f"../seeds/{own}", f"/tmp/seeds/{own}", f"sub/{own}"]),
        )
    )
    return Mutation(
        "escaping_article",
        slot.file,
        _encode(replace_node(slot, yaml_quote(path))),
        slot.line,
        "article",
        re.escape(f"'{path}' must be the name of a .txt file in the seeds folder"),
        note=path,
    )


KINDS: dict[str, Callable[[], st.SearchStrategy[Mutation]]] = {
    "malformed_yaml": malformed_yaml,
    "unknown_key": unknown_key,
    "missing_required": missing_required,
    "wrong_type": wrong_type,
    "quote_not_in_text": quote_not_in_text,
    "dangling_reference": dangling_reference,
    "duplicate_key": duplicate_key,
    "inverted_range": inverted_range,
    "impossible_date": impossible_date,
    "bad_region_code": bad_region_code,
    "non_utf8": non_utf8,
    "byte_order_mark": byte_order_mark,
    "empty_file": empty_file,
    "huge_file": huge_file,
    "escaping_article": escaping_article,
}
ANY_MUTATION = st.one_of(*(strategy() for strategy in KINDS.values()))

# --- the check every case must pass ----------------------------------------------------------

UNKNOWN = re.compile(rf": unknown ({'|'.join(KEYS)}) '(.*)'( \(did you mean '[^']*'\?\))?")
SUMMARY_LINE = re.compile(r"(\d+) (problems?) found(?: in \d+ files?|; nothing was loaded)\.")
LOCATION = re.compile(r"(?::(?P<line>\d+))?: (?P<rest>.+)", re.DOTALL)


@dataclass(frozen=True)
class Baseline:
    url: str
    fingerprint: dict[str, str]


@pytest.fixture
def baseline(loaded_db: str) -> Iterator[Baseline]:
    """One loaded database for all examples of a test; no example may write a row of it."""
    versions = row_versions(loaded_db)
    yield Baseline(loaded_db, fingerprint(loaded_db))
    assert row_versions(loaded_db) == versions, "a refused load wrote rows"


def refused(mutation: Mutation, db: Baseline | None = None) -> None:
    """``coopdb check`` (or ``coopdb load`` into ``db``) refuses the mutation as promised."""
    with tempfile.TemporaryDirectory(prefix="coopdb-hostile-") as tmp:
        folder = Path(tmp) / "seeds"
        folder.mkdir()
        for name, data in SEEDS.items():
            (folder / name).write_bytes(data)
        (folder / mutation.file).write_bytes(mutation.data)
        command = ("check",) if db is None else ("--database-url", db.url, "load")
        result = run(*command, str(folder))
        displays = {str(folder / name): name for name in SEEDS}
        display = str(folder / mutation.file)
    stderr = result.stderr
    context = f"{mutation.kind} ({mutation.note}) in {mutation.file}:\n{stderr}"
    assert result.exit_code == 1, context
    assert "Traceback" not in stderr + result.stdout, context
    assert result.stdout == "", context
    assert stderr.endswith("\n"), context
    lines = stderr[:-1].split("\n")
    assert stderr.splitlines() == lines, f"a message spans lines: {context}"
    summary = SUMMARY_LINE.fullmatch(lines[-1])
    assert summary, context
    problems = lines[:-1]
    assert int(summary[1]) == len(problems) >= 1, context
    assert (summary[2] == "problem") == (len(problems) == 1), context
    lost = None
    if mutation.lost:
        kind, key = mutation.lost
        hint = r"( \(did you mean '[^']*'\?\))?( — add it to \S+ under \w+: \{.*\})?"
        lost = re.compile(rf":\d+: [^:]+: unknown {re.escape(kind)} '{re.escape(key)}'{hint}")
    for problem in problems:
        named = [d for d in displays if problem.startswith(d)]
        named = [d for d in named if LOCATION.fullmatch(problem, len(d))]
        assert named, f"names no curated file: {problem!r}\n{context}"
        where = max(named, key=len)
        location = LOCATION.fullmatch(problem, len(where))
        assert location is not None
        if where != display:
            assert lost and lost.fullmatch(problem, len(where)), (
                f"names a file that was not broken: {problem!r}\n{context}"
            )
        unknown = UNKNOWN.search(problem)
        if unknown and unknown[2] in KEYS[unknown[1]]:
            assert (unknown[1], unknown[2]) == mutation.lost, (
                f"a key that is still defined is reported unknown: {problem!r}\n{context}"
            )
        if location["line"] is not None:
            content = mutation.data if where == display else SEEDS[displays[where]]
            assert 1 <= int(location["line"]) <= content.count(b"\n") + 1, problem
    expected = mutation.expected(display)
    found = [match for p in problems if (match := expected.fullmatch(p))]
    assert found, f"expected a line matching {expected.pattern!r}\n{context}"
    lines_found = []
    for match in found:
        placed = LOCATION.fullmatch(match[0], len(display))
        assert placed is not None
        if placed["line"]:
            lines_found.append(int(placed["line"]))
    assert not lines_found or max(lines_found) >= mutation.after, (
        f"the problem is placed before line {mutation.after}, where the file was broken\n{context}"
    )
    if db is not None:
        assert fingerprint(db.url) == db.fingerprint, f"the database changed: {context}"


def refused_alone(kind: str, examples: int) -> None:
    """Cases of one kind alone, through ``check``; the kind must produce cases of its own."""
    ran: Counter[str] = Counter()

    @settings(HYPOTHESIS, max_examples=examples)
    @given(mutation=KINDS[kind]())
    def each(mutation: Mutation) -> None:
        assert mutation.kind == kind
        refused(mutation)
        ran[mutation.kind] += 1

    each()
    assert ran[kind] >= 1, f"no case of {kind} ran"


@pytest.mark.parametrize("kind", list(KINDS))
def test_mutation_is_refused(kind: str) -> None:
    refused_alone(kind, PER_KIND)


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(KINDS))
def test_mutation_is_refused_soak(kind: str) -> None:
    refused_alone(kind, SOAK_PER_KIND)


@settings(HYPOTHESIS, max_examples=MIXED)
@given(mutation=ANY_MUTATION)
def test_any_mutation_is_refused(mutation: Mutation) -> None:
    refused(mutation)


@pytest.mark.slow
@settings(HYPOTHESIS, max_examples=SOAK_MIXED)
@given(mutation=ANY_MUTATION)
def test_any_mutation_is_refused_soak(mutation: Mutation) -> None:
    refused(mutation)


@settings(HYPOTHESIS, max_examples=LOADED)
@given(mutation=ANY_MUTATION)
def test_a_refused_load_leaves_the_database_unchanged(
    baseline: Baseline, mutation: Mutation
) -> None:
    """What ``check`` refuses, ``load`` refuses the same way, writing no row."""
    refused(mutation, baseline)
