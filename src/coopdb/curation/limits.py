"""What the database can hold, as rules a curated file is checked against.

``coopdb check`` needs no SQLAlchemy, so the limits are spelt out here; the tests prove that
they agree with ``coopdb.models``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from coopdb.curation import fastyaml

MAX_INDEXED_CHARS = 500
"""Longest key or name. These are stored in unique indexes, whose entries PostgreSQL caps at
2,704 bytes: 500 characters of four UTF-8 bytes each stay below it, with room for the other
columns of the index."""

STORED_NUMBERS = {
    "holdings.term": "smallint",
    "twinning_agreements.units_count": "integer",
    "twinning_agreements.units_count_by": "integer",
    "twinning_agreements.units_count_ru": "integer",
    "proposals.timeframe_months": "smallint",
    "trade_figures.change_pct": "numeric(7,2)",
    "trade_figures.value_low": "numeric(18,2)",
    "trade_figures.value_high": "numeric(18,2)",
    "proposals.amount_low": "numeric(18,2)",
    "proposals.amount_high": "numeric(18,2)",
    "proposals.amount_best": "numeric(18,2)",
    "proposals.corrected_low": "numeric(18,2)",
    "proposals.corrected_high": "numeric(18,2)",
    "proposals.corrected_best": "numeric(18,2)",
    "trade_figures.value_best": "numeric(18,2)",
    "trade_figures.period_months": "smallint",
    "trade_figures.compared_months": "smallint",
    "trade_figures.change_low_pct": "numeric(9,2)",
    "trade_figures.change_high_pct": "numeric(9,2)",
    "trade_figures.change_best_pct": "numeric(9,2)",
    "trade_figures.prior_value_low": "numeric(18,2)",
    "trade_figures.prior_value_high": "numeric(18,2)",
    "trade_figures.corrected_low": "numeric(18,2)",
    "trade_figures.corrected_high": "numeric(18,2)",
    "trade_figures.corrected_best": "numeric(18,2)",
    "quantities.value_low": "numeric(20,4)",
    "quantities.value_high": "numeric(20,4)",
    "quantities.value_best": "numeric(20,4)",
    "quantities.period_months": "smallint",
    "quantities.corrected_low": "numeric(18,2)",
    "quantities.corrected_high": "numeric(18,2)",
    "quantities.corrected_best": "numeric(18,2)",
}
"""The column each curated number is stored in, with its SQL type as ``coopdb.models`` declares
it (the tests prove that the two agree and that every numeric column fed from a curated file is
here). The types are spelt out rather than read from the models so that ``coopdb check`` needs
no SQLAlchemy (importing it costs more than checking a hundred articles)."""
_INTEGER_LIMITS = {"smallint": 2**15, "integer": 2**31, "bigint": 2**63}

_UNWANTED = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
ARTICLE_UNWANTED = re.compile(rf"[{_UNWANTED}]|\r(?!\n)")
"""What an article may not contain: control characters other than tab and line feed (a
terminal obeys them: ESC starts escape sequences) and a carriage return outside CRLF (it lets
text overwrite what a terminal has shown). CRLF line endings are kept, byte for byte."""
VALUE_UNWANTED = re.compile(rf"[{_UNWANTED}\ud800-\udfff]|\r(?!\n)")
"""The same for a string in a YAML file, plus lone surrogates (escapes that are not text)."""


def storage_problem(value: Decimal | int, column: str) -> str | None:
    """Why the column (one of ``STORED_NUMBERS``) cannot hold ``value``, or None if it can."""
    sql_type = STORED_NUMBERS[column]
    if sql_type in _INTEGER_LIMITS:
        limit = _INTEGER_LIMITS[sql_type]
        if -limit <= value < limit:
            return None
        article = "an" if sql_type[0] in "aeiou" else "a"
        return (
            f"{value:,} does not fit the database: {column} is {article} {sql_type}"
            f" (at most {limit - 1:,})"
        )
    numeric = re.fullmatch(r"numeric\((\d+),(\d+)\)", sql_type)
    assert numeric is not None, sql_type
    precision, scale = int(numeric[1]), int(numeric[2])
    number = Decimal(value)
    shown = fastyaml.shorten(str(number), 40)
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > scale:
        return f"{shown} has more than {scale} decimal places: {column} keeps {scale}"
    if abs(number) >= Decimal(10) ** (precision - scale):
        return (
            f"{shown} is too large for the database: {column} is numeric({precision},{scale}),"
            f" which holds less than {10 ** (precision - scale):,}"
        )
    return None
