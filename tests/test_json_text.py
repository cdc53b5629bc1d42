"""The JSON coopdb writes is the text the standard json module would write (indent 2, no
ASCII escapes), whichever encoder wrote it: scripts diff reports across versions."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run
from coopdb.render.data import _json_safe, as_json
from coopdb.render.document import json_default


def standard(data: Any) -> str:
    text = json.dumps(data, default=json_default, ensure_ascii=False, indent=2)
    return _json_safe(text) + "\n"


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.integers(min_value=2**64, max_value=2**80),  # beyond orjson: the json module writes it
    st.text(),  # controls, C1, astral characters, lone surrogates
    st.decimals(allow_nan=False, allow_infinity=False, places=6),
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-1, max_value=1),
    st.dates(),
    st.datetimes(timezones=st.one_of(st.none(), st.just(dt.UTC))),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(DOCUMENTS)
def test_any_document_is_written_as_the_json_module_writes_it(data: Any) -> None:
    try:
        expected = standard(data)
    except (TypeError, ValueError):
        return  # not JSON for either encoder
    assert as_json(data) == expected


def test_decimals_keep_the_json_modules_exponents() -> None:
    data = {"share": Decimal("0.00001"), "value": Decimal("96.30"), "whole": Decimal("1E+3")}
    assert as_json(data) == standard(data)
    assert '"share": 1e-05' in as_json(data)


def test_a_report_in_json_reads_as_the_json_module_writes_it(read_only_db: str) -> None:
    for region in ("kursk", "belarus", "mogilev"):
        out = run("--database-url", read_only_db, "report", region, "--format", "json")
        assert out.exit_code == 0, out.stderr
        assert out.stdout == standard(json.loads(out.stdout)), region
