"""Country and side codes as the reports write them: "by the Belarusian side", not "by BY"."""

from __future__ import annotations

from typing import Any

COUNTRIES = {"BY": "Belarus", "RU": "Russia"}
ADJECTIVES = {"BY": "Belarusian", "RU": "Russian"}
SIDES = {"BY": "the Belarusian side", "RU": "the Russian side", "both": "both sides"}


def country(code: str | None) -> str:
    """'Belarus' for BY; an unknown code as it is."""
    return COUNTRIES.get(code or "", code or "")


def what_region(region: dict[str, Any]) -> str:
    """'oblast of Russia', 'district of Gomel Oblast': what a report's region is."""
    return f"{region['kind']} of {region.get('parent') or country(region['country'])}"


def adjective(code: str | None) -> str:
    return ADJECTIVES.get(code or "", code or "")


def side(code: str | None) -> str:
    """'the Belarusian side', 'both sides'."""
    return SIDES.get(code or "", code or "")
