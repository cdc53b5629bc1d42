"""The draft as a curated YAML file: the facts, then commented blocks for the curator — the
new shared entries proposed (to paste into the shared files) with the mentions that wait on
them, and the values found that no drafted fact holds."""

from __future__ import annotations

import json
from typing import Any

from coopdb.curation.draft.draft import Draft
from coopdb.curation.draft.proposed import Proposed
from coopdb.curation.draft.text import occurrence

SCHEMA_LINE = "# yaml-language-server: $schema=schema/article.schema.json"
_SHARED_FILE = {
    "region": "regions.yaml",
    "post": "officials.yaml",
    "official": "officials.yaml",
    "enterprise": "enterprises.yaml",
}
_SECTION = {"region": "regions", "post": "posts", "official": "officials"}
_SECTION["enterprise"] = "enterprises"


def scalar(value: Any) -> str:
    """A YAML scalar: strings double-quoted (JSON's escapes are YAML's), no surprises."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = json.dumps(str(value), ensure_ascii=False)
    # YAML reads these as line breaks even inside quotes: escape them as JSON does the rest.
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def _flow(value: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in value.items()) + "}"


def _is_small(value: Any) -> bool:
    return isinstance(value, dict) and all(not isinstance(v, (dict, list)) for v in value.values())


def emit(value: Any, indent: int = 0) -> list[str]:
    """Block YAML for mappings and lists; small mappings of scalars as flow mappings."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            lines += _entry(f"{pad}{key}:", item, indent)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item and not _is_flow_item(item):
                inner = emit(item, indent + 2)
                lines.append(f"{pad}- {inner[0].lstrip()}")
                lines += inner[1:]
            else:
                lines.append(f"{pad}- {_flow(item) if isinstance(item, dict) else scalar(item)}")
    return lines


def _is_flow_item(item: dict[str, Any]) -> bool:
    return False if "quote" in item or "key" in item else _is_small(item)


def _entry(head: str, item: Any, indent: int) -> list[str]:
    if isinstance(item, list):
        if not item:
            return [f"{head} []"]
        if all(not isinstance(i, (dict, list)) for i in item):
            return [f"{head} [{', '.join(scalar(i) for i in item)}]"]
        return [head, *emit(item, indent + 2)]
    if isinstance(item, dict):
        if _is_small(item) and len(_flow(item)) < 80:
            return [f"{head} {_flow(item)}"]
        return [head, *emit(item, indent + 2)]
    return [f"{head} {scalar(item)}"]


def _mention_for(draft: Draft, proposed: Proposed) -> dict[str, Any] | None:
    """The fact that waits on a proposed entry: its mention in this article."""
    fields: dict[str, Any]
    if proposed.kind == "official":
        fields = {"official": proposed.key}
        if proposed.post:
            fields["post"] = proposed.post
    elif proposed.kind == "enterprise":
        fields = {"enterprise": proposed.key}
    else:
        return None
    fields["quote"] = proposed.quote.text
    n = occurrence(draft.body, proposed.quote)
    if n > 1:
        fields["occurrence"] = n
    fields["pending"] = True
    return fields


def proposed_block(draft: Draft) -> list[str]:
    """The proposed shared entries, commented: nothing in them is read until confirmed."""
    if not draft.proposed:
        return []
    lines = [
        "",
        "# Proposed new shared entries: the shared files do not know these names yet.",
        "# To confirm one: paste its entry into the file named (fix what the text does not",
        "# say), then move its mention into the list named and delete its `pending: true`.",
        "# A proposed region the article is about becomes its `region:` once confirmed.",
    ]
    for proposed in draft.proposed:
        file = _SHARED_FILE[proposed.kind]
        if proposed.alias:
            field, spellings = next((k, v) for k, v in proposed.entry.items() if k != "key")
            lines.append(
                f"# --- {file}: add {spellings[0]!r} to `{field}` of `{proposed.key}`"
                " (a spelling the entry does not have yet)"
            )
        else:
            section = _SECTION[proposed.kind]
            lines.append(f"# --- {file} `{section}:` (named as {proposed.name.text!r})")
            lines += [f"#   {line}" for line in emit([proposed.entry])]
        mention = _mention_for(draft, proposed)
        if mention is not None:
            lines.append(f"#   then in `{_SECTION[proposed.kind]}:` of this file:")
            lines += [f"#   {line}" for line in emit([mention])]
    if draft.waiting_meetings:
        lines.append(
            "# --- once its proposed participants are confirmed, in `meetings:` of this file:"
        )
        lines += [f"#   {line}" for line in emit(draft.waiting_meetings)]
    return lines


def found_block(draft: Draft) -> list[str]:
    """Values found that no drafted fact holds, for the curator to attach or ignore."""
    loose = [x for x in draft.values if x.text.start not in draft.attached]
    if not loose:
        return []
    lines = [
        "",
        "# Found in the text, not in a fact above (attach each to the fact it belongs to):",
    ]
    for value in loose:
        flag = f"; {value.flag}" if value.flag and value.kind == "date" else ""
        lines.append(f"#   {value.kind}: {scalar(value.text.text)} → {value.value}{flag}")
    return lines


def draft_yaml(draft: Draft) -> str:
    """The whole draft facts file."""
    lines = [SCHEMA_LINE, "# Drafted by `coopdb curate new`: every fact is pending review."]
    lines += emit(draft.doc)
    lines += proposed_block(draft)
    lines += found_block(draft)
    return "\n".join(lines) + "\n"
