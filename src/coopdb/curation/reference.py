"""The curated file format described from its specs: JSON Schemas for editors, and the field
reference of the curation guide.

Both are generated from the pydantic models in ``coopdb.curation.spec`` and nothing else, so a
field added there appears here without being listed twice; tests compare the generated text
with the committed files, so neither can go stale. Descriptions come from ``Field(description=)``
or from a field's docstring (the string literal after it in the class body), examples from
``Field(examples=)`` or else from the seeds folder.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import json
import re
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from coopdb.curation import fastyaml, spec
from coopdb.curation.seedfiles import SHARED_FILES, SeedsFolder

JSON = dict[str, Any]

KINDS: dict[str, tuple[type[BaseModel], str]] = {
    "article": (spec.ArticleFile, "an article's facts (NNN_<hash>.yaml)"),
    "regions": (spec.RegionsFile, "regions.yaml"),
    "officials": (spec.OfficialsFile, "officials.yaml"),
    "enterprises": (spec.EnterprisesFile, "enterprises.yaml"),
}
"""The four kinds of curated YAML file, by the name of their schema file."""

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
START_MARKER = "<!-- field-reference:start -->"
END_MARKER = "<!-- field-reference:end -->"
REGENERATE = "coopdb curate schema --seeds seeds"
"""The command that rewrites the schema files and the guide's field reference."""


def kind_of(file_name: str) -> str:
    """The kind of a curated YAML file, by its name (anything not shared is an article's)."""
    return file_name.removesuffix(".yaml") if file_name in SHARED_FILES else "article"


def schema_file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def editor_line(kind: str) -> str:
    """The first line of a curated YAML file: it tells the YAML language server (VS Code's
    YAML extension and others) which schema to check the file against while it is typed."""
    return f"# yaml-language-server: $schema=schema/{schema_file_name(kind)}"


# --- JSON Schemas -------------------------------------------------------------------------


class CuratedJsonSchema(GenerateJsonSchema):
    """pydantic's schema, but as wide as validation: a text field behind a before-validator
    also accepts a number (the specs read YAML's ``2017`` as the text it was written as), so
    an editor never marks what ``coopdb check`` accepts. A validator that declares its
    ``json_schema_input_type`` is taken at its word."""

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        inner = super().function_before_schema(schema)
        if schema.get("json_schema_input_schema"):
            return inner
        return _accepting_numbers(inner)


def _accepting_numbers(schema: JsonSchemaValue) -> JsonSchemaValue:
    """A text schema that also accepts a number (any other schema unchanged)."""
    branches = schema.get("anyOf", [schema])
    if not any(branch.get("type") == "string" for branch in branches):
        return schema
    if "anyOf" in schema:
        return {**schema, "anyOf": [*branches, {"type": "number"}]}
    return {"anyOf": [schema, {"type": "number"}]}


def model_schema(model: type[BaseModel]) -> JSON:
    """A spec model's JSON Schema as pydantic generates it (validation mode, widened)."""
    return model.model_json_schema(schema_generator=CuratedJsonSchema)


def spec_models() -> dict[str, type[BaseModel]]:
    """Every pydantic model of the spec module, by class name (the names of ``$defs``)."""
    return {
        name: value
        for name, value in vars(spec).items()
        if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel
    }


def plain_name(class_name: str) -> str:
    """``TradeFigureSpec`` → ``trade figure``: a model's name as the guide says it."""
    stem = re.sub(r"(Spec|File)$", "", class_name) or class_name
    return re.sub(r"(?<!^)(?=[A-Z])", " ", stem).lower()


def field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """Field docstrings (a string literal right after a field in the class body), the class's
    own over its bases'."""
    found: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if cls is not BaseModel and issubclass(cls, BaseModel):
            found.update(_class_docstrings(cls))
    return found


def _class_docstrings(cls: type) -> dict[str, str]:
    """The field docstrings written in one class's own body."""
    if "<locals>" not in cls.__qualname__:  # a module's class: its module is parsed once
        module = _module_classes(cls.__module__)
        if cls.__qualname__ in module:
            return _body_docstrings(module[cls.__qualname__])
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    first = tree.body[0] if tree.body else None
    return _body_docstrings(first) if isinstance(first, ast.ClassDef) else {}


@functools.cache
def _module_classes(module_name: str) -> dict[str, ast.ClassDef]:
    """The top-level classes of a module's source, by name ({} when it has no source)."""
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    except (KeyError, OSError, TypeError, SyntaxError):
        return {}
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _body_docstrings(node: ast.ClassDef) -> dict[str, str]:
    found: dict[str, str] = {}
    for statement, after in itertools.pairwise(node.body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            found[statement.target.id] = inspect.cleandoc(after.value.value)
    return found


def _describe_model(schema: JSON, model: type[BaseModel]) -> None:
    """Give a model's schema a plain title and its fields their docstrings."""
    schema["title"] = plain_name(model.__name__)
    docs = field_docstrings(model)
    for name, prop in schema.get("properties", {}).items():
        if "description" not in prop and name in docs:
            prop["description"] = docs[name]


def json_schema(model: type[BaseModel], what: str) -> JSON:
    """One file kind's schema, self-contained (its nested mappings under ``$defs``)."""
    generated = model_schema(model)
    models = spec_models()
    for name, definition in generated.get("$defs", {}).items():
        if name in models:
            _describe_model(definition, models[name])
    _describe_model(generated, model)
    schema: JSON = {
        "$schema": SCHEMA_DIALECT,
        "title": f"coopdb: {what}",
        "description": f"A curated coopdb file: {what}. Generated by `{REGENERATE}`;"
        " seeds/README.md is the curation guide.",
    }
    schema.update((key, value) for key, value in generated.items() if key != "title")
    return schema


def json_schemas() -> dict[str, JSON]:
    """The JSON Schema of each kind of curated file, by schema file name."""
    return {
        schema_file_name(kind): json_schema(model, what) for kind, (model, what) in KINDS.items()
    }


def schema_text(schema: JSON) -> str:
    """A schema as its committed file holds it: stable order, two-space indent, final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# --- Field reference ----------------------------------------------------------------------

FILE_NAMES = {
    "regions": "`regions.yaml`",
    "officials": "`officials.yaml`",
    "enterprises": "`enterprises.yaml`",
    "article": "`NNN_<hash>.yaml`",
}


@dataclass
class _Mapping:
    """One kind of mapping in the reference: where it is used, and its fields' examples."""

    name: str
    schema: JSON
    used_in: dict[str, list[str]] = field(default_factory=dict)
    """The fields that hold it, by the name of the mapping they belong to."""
    bases: list[str] = field(default_factory=list)
    """Shared bases whose fields it has (listed once, in the base's own table)."""
    shared_by: list[str] = field(default_factory=list)
    """For a shared base: the mappings that have its fields."""


@dataclass
class _Reference:
    """The mappings of all four file kinds, each once, in the order a reader meets them."""

    mappings: dict[str, _Mapping] = field(default_factory=dict)
    examples: dict[tuple[str, str], Any] = field(default_factory=dict)
    owners: dict[tuple[str, str], str] = field(default_factory=dict)
    """(mapping, field) → the shared base whose table lists the field."""


def _ref_name(prop: JSON) -> str | None:
    ref = prop.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _branches(prop: JSON) -> list[JSON]:
    """The alternatives of a property's schema (itself when it has none)."""
    return list(prop["anyOf"]) if "anyOf" in prop else [prop]


def _refs(prop: JSON) -> Iterator[str]:
    """Names of the mappings a property holds, directly or as list items."""
    for branch in _branches(prop):
        name = _ref_name(branch)
        if name:
            yield name
        items = branch.get("items")
        if isinstance(items, dict):
            yield from _refs(items)


def _collect(
    reference: _Reference, key: str, name: str, schema: JSON, defs: dict[str, JSON]
) -> None:
    """Add a mapping (after the shared bases it has fields of) and, depth first, the mappings
    its fields hold."""
    if key in reference.mappings:
        return
    mapping = _Mapping(name, schema)
    for base, fields in _shared_fields(key, defs).items():
        shared = reference.mappings.setdefault(base, _Mapping(plain_name(base), {}))
        properties = shared.schema.setdefault("properties", {})
        for field_name in fields:
            properties.setdefault(field_name, schema["properties"][field_name])
            reference.owners[key, field_name] = base
        required = [f for f in schema.get("required", []) if f in fields]
        shared.schema["required"] = required
        shared.shared_by.append(name)
        mapping.bases.append(base)
    reference.mappings[key] = mapping
    for field_name, prop in schema.get("properties", {}).items():
        for held in _refs(prop):
            _collect(reference, held, plain_name(held), defs[held], defs)
            fields = reference.mappings[held].used_in.setdefault(name, [])
            if field_name not in fields:
                fields.append(field_name)


def _shared_fields(key: str, defs: dict[str, JSON]) -> dict[str, list[str]]:
    """The fields a spec model has from a base that is no mapping of its own (the quote and
    occurrence every fact has), by base."""
    model = spec_models().get(key)
    if model is None:
        return {}
    shared: dict[str, list[str]] = {}
    for field_name in model.model_fields:
        owner = next(c for c in model.__mro__ if field_name in inspect.get_annotations(c))
        if owner is not model and owner.__name__ not in defs:
            shared.setdefault(owner.__name__, []).append(field_name)
    return shared


def _walk_examples(reference: _Reference, key: str, node: Any, defs: dict[str, JSON]) -> None:
    """Record the first value each field of mapping ``key`` has in a seed document."""
    if not isinstance(node, dict):
        return
    schema = defs[key] if key in defs else reference.mappings[key].schema
    for field_name, value in node.items():
        prop = schema.get("properties", {}).get(field_name)
        if prop is None:
            continue
        if value not in (None, [], {}):
            owner = reference.owners.get((key, field_name), key)
            _keep_shortest(reference.examples, (owner, field_name), value)
        for name in _refs(prop):
            for item in value if isinstance(value, list) else [value]:
                _walk_examples(reference, name, item, defs)


def _keep_shortest(
    examples: dict[tuple[str, str], Any], where: tuple[str, str], value: Any
) -> None:
    """Keep the value that reads shortest (the first of equals): a compact example."""
    kept = examples.get(where)
    if kept is None or len(_yaml_scalar(value)) < len(_yaml_scalar(kept)):
        examples[where] = value


def _seed_documents(seeds: Path) -> Iterator[tuple[str, Any]]:
    """(kind, parsed document) of each curated YAML file in the seeds folder, by name."""
    with SeedsFolder(seeds, lambda _name, _message: None) as folder:
        for name in folder.names(".yaml"):
            raw = folder.read(name)
            if raw is None:
                continue
            try:
                yield kind_of(name), fastyaml.load(raw.decode("utf-8"))
            except Exception:  # an unreadable seed just gives no examples (check says why)
                continue


def _reference(seeds: Path | None) -> _Reference:
    reference = _Reference()
    schemas = {kind: model_schema(KINDS[kind][0]) for kind in KINDS}
    defs: dict[str, JSON] = {}
    for kind in ("regions", "officials", "enterprises", "article"):
        defs.update(schemas[kind].get("$defs", {}))
        defs[kind] = schemas[kind]
        _collect(reference, kind, FILE_NAMES[kind], schemas[kind], defs)
    if seeds is not None:
        for kind, document in _seed_documents(seeds):
            _walk_examples(reference, kind, document, defs)
    return reference


def _code(text: str) -> str:
    """Inline code that survives a table cell (pipes escaped, backticks fenced)."""
    text = text.replace("|", "\\|")
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _yaml_scalar(value: Any) -> str:
    """A value as a curator writes it in YAML, on one line."""
    if isinstance(value, (dict, list)):
        text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6)
    else:
        text = yaml.safe_dump(value, allow_unicode=True, width=10**6)
    return text.strip().removesuffix("...").strip()


MAX_EXAMPLE_CHARS = 48


def _example(prop: JSON, seen: Any) -> str:
    """The example cell: the spec's own example, else the seeds', else one by type."""
    examples = prop.get("examples")
    value = examples[0] if isinstance(examples, list) and examples else seen
    if value is None:
        value = _typed_example(prop)
        if value is None:
            return "(see its table)" if any(_refs(prop)) else ""
    text = _yaml_scalar(value.isoformat() if isinstance(value, date) else value)
    if len(text) <= MAX_EXAMPLE_CHARS:
        return _code(text)
    if isinstance(value, (dict, list)):  # a mapping cut short says nothing
        return "(see its table)"
    return _code(text[: MAX_EXAMPLE_CHARS - 1] + "…")


def _typed_example(prop: JSON) -> Any:
    """An example that only the type gives (for a field no seed uses yet)."""
    for branch in _branches(prop):
        if "enum" in branch:
            return branch["enum"][0]
        if "const" in branch:
            return branch["const"]
        kind = branch.get("type")
        if kind == "string" and branch.get("pattern") == spec.SLUG:
            return "example-key"
        if kind == "string" and "pattern" not in branch:
            return "…"
        if kind == "integer":
            return branch.get("minimum", 1)
        if kind == "number":
            return 12.5
        if kind == "boolean":
            return True
    return None


def _type_words(prop: JSON) -> str:
    """A property's type in plain words, with the values a vocabulary allows."""
    words = [_branch_words(branch) for branch in _branches(prop) if branch.get("type") != "null"]
    return " or ".join(dict.fromkeys(words)) if words else "null"


def _branch_words(branch: JSON) -> str:
    name = _ref_name(branch)
    if name:
        return f"*{plain_name(name)}* mapping"
    if "enum" in branch:
        return "one of " + ", ".join(_code(str(value)) for value in branch["enum"])
    if "const" in branch:
        return _code(str(branch["const"]))
    kind = branch.get("type")
    if kind == "array":
        items = branch.get("items")
        text = "list of " + (_type_words(items) if isinstance(items, dict) else "anything")
        least = branch.get("minItems")
        return f"{text} (at least {least})" if least else text
    if kind == "string":
        return _string_words(branch)
    if kind in ("integer", "number"):
        text = "whole number" if kind == "integer" else "number"
        for keyword, sign in (("minimum", "≥"), ("exclusiveMinimum", ">"), ("maximum", "≤")):
            if keyword in branch:
                text += f" {sign} {branch[keyword]}"
        return text
    return {"boolean": "true or false", "object": "mapping"}.get(str(kind), "anything")


def _string_words(branch: JSON) -> str:
    pattern = branch.get("pattern")
    if pattern == spec.SLUG:
        return "key (a slug: `a-z`, `0-9`, `-`)"
    if branch.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if pattern:
        return f"text matching {_code(pattern)}"
    return "non-empty text" if branch.get("minLength") else "text"


def _required_words(name: str, prop: JSON, schema: JSON) -> str:
    if name in schema.get("required", []):
        return "required"
    default = prop.get("default")
    if default in (None, [], {}):
        return "optional"
    return f"optional (default {_code(_yaml_scalar(default))})"


def _context_lines(mapping: _Mapping) -> list[str]:
    """Where a mapping is used, and whose fields it also has (or, for a base, who has its)."""
    said = []
    if mapping.used_in:
        held_by = (
            f"{parent} " + ", ".join(_code(name) for name in fields)
            for parent, fields in mapping.used_in.items()
        )
        said.append("In: " + "; ".join(held_by) + ".")
    if mapping.shared_by:
        *others, last = mapping.shared_by
        every = f"{', '.join(others)} and {last}" if others else last
        said.append(f"The fields every {every} has.")
    if mapping.bases:
        bases = " and ".join(f"*{plain_name(base)}*" for base in mapping.bases)
        said.append(f"It also has the fields of {bases}.")
    return [" ".join(said), ""] if said else []


def _mapping_markdown(key: str, mapping: _Mapping, reference: _Reference) -> str:
    """One mapping's section: heading, where it is used, and a table of its own fields."""
    lines = [f"### {mapping.name}", "", *_context_lines(mapping)]
    properties: dict[str, JSON] = {
        name: prop
        for name, prop in mapping.schema.get("properties", {}).items()
        if (key, name) not in reference.owners
    }
    examples = reference.examples
    models = spec_models()
    docs = field_docstrings(models[key]) if key in models else {}
    notes = {
        name: prop.get("description") or docs.get(name, "") for name, prop in properties.items()
    }
    header = ["field", "required", "type", "example"] + (["notes"] if any(notes.values()) else [])
    lines += ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for name, prop in properties.items():
        cells = [
            _code(name),
            _required_words(name, prop, mapping.schema),
            _type_words(prop),
            _example(prop, examples.get((key, name))),
        ]
        if len(header) == 5:
            cells.append(" ".join(notes[name].split()).replace("|", "\\|"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def field_reference_markdown(seeds: Path | None = None) -> str:
    """The guide's field reference: one table per file kind and per nested mapping.

    Examples are the specs' own where they give one, else the shortest value the field has in
    the seeds folder (the first of equals, files in name order; ``seeds`` defaults to the
    shipped seeds), else one made from the type."""
    if seeds is None:
        from coopdb.resources import seeds_dir

        seeds = seeds_dir()
    reference = _reference(seeds)
    sections = [
        _mapping_markdown(key, mapping, reference) for key, mapping in reference.mappings.items()
    ]
    return "\n\n".join(sections) + "\n"


def with_field_reference(guide: str, reference: str) -> str:
    """The guide's text with ``reference`` between its markers (ValueError: no markers)."""
    start, end = guide.find(START_MARKER), guide.find(END_MARKER)
    if start < 0 or end < start:
        raise ValueError(f"the guide has no {START_MARKER} … {END_MARKER} section")
    head = guide[: start + len(START_MARKER)]
    note = f"<!-- generated by `{REGENERATE}`: edit the specs, not this section -->"
    return f"{head}\n{note}\n\n{reference}\n{guide[end:]}"
