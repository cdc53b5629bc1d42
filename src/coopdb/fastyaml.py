"""Fast YAML reading for curated files: libyaml (through PyYAML) with YAML 1.2 core rules.

ruamel.yaml's round-trip parser knows the line of every value, which is what error messages
need, but it is about ten times slower. So files are read with libyaml first, and ruamel is
used only for a file that has a problem. For the two to agree, this loader resolves plain
scalars as YAML 1.2's core schema does (as ruamel does): ``yes``, ``no``, ``on`` and ``off``
stay strings (no "Norway problem"), ``010`` is ten, ``7:54`` is text; and a repeated key is an
error rather than silently overwriting the first.
"""

from __future__ import annotations

import re
from typing import Any, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode
from yaml.resolver import BaseResolver

try:
    from yaml._yaml import CParser  # libyaml, shipped in PyYAML's wheels
except ImportError:  # pragma: no cover - a PyYAML built without libyaml: ruamel reads all
    CParser = None  # type: ignore[assignment,misc]


class _CoreSchemaResolver(BaseResolver):
    """Implicit types of the YAML 1.2 core schema, plus timestamps (as ruamel reads them)."""


for tag, pattern, first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (
        "timestamp",
        r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
        r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
        r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$",
        "0123456789",
    ),
):
    _CoreSchemaResolver.add_implicit_resolver(
        f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first)
    )


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
                        f"found duplicate key {key!r}",
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node: Any) -> int:
        value = str(self.construct_scalar(node))
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


def load(text: str) -> Any:
    """Parse YAML text; raises ``yaml.YAMLError`` on anything wrong (then ask ruamel why)."""
    if CParser is None:  # pragma: no cover
        raise yaml.YAMLError("libyaml is not available")
    return yaml.load(text, Loader=cast(Any, _Loader))
