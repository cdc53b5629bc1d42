"""The drafter of ``coopdb curate new`` measured against the curated seeds, honestly.

    python bench/curation.py                   # the shipped seeds
    python bench/curation.py --seeds DIR --by-article
    python bench/curation.py --json
    python bench/make_corpus.py --articles 60 --seed 3 --out /tmp/corpus \
        && python bench/curation.py --seeds /tmp/corpus     # articles it was not written on

Each article is drafted as if it were new: the shared files lose every region, post, official
and enterprise that the article is the first (in name order) to reference, and every spelling
of a kept entry that no earlier article's text contains. So the drafter must find the
article's own newcomers by its patterns, as it would on an article it has never seen. Only
the two countries stay: Belarus and Russia are the database's two sides, not any article's.

Recall is the share of curated facts the draft found; precision the share of drafted items
the curator kept. Drafted items are everything the draft offers: its facts, the entries it
proposes, and the values it lists as comments for the curator to attach. "Found" means, per
type:

- officials, enterprises: a drafted mention (of a known entry, or a proposed new one) whose
  quote overlaps the curated quote and that names the same entry (the same key, or for a
  proposed entry a name that is one of the curated entry's spellings in the full files);
- money: a drafted amount inside the curated quote that parses to the same bounds and currency;
- percentages: a drafted percentage or change inside the curated quote with the same number;
- dates: a drafted date (or period) inside the date's quote (its own, else its fact's) with
  the same value; a drafted ``--MM-DD`` matches a curated date whose year was inferred;
- quantities: a drafted quantity inside the curated quote with the same number (quantities
  facts, and twinning counts);
- meetings: a drafted meeting (active, or commented until its proposed participants are
  confirmed) whose quote overlaps the curated one; participants: the same official in such a
  meeting (a proposed official counts under the key of the entry it names);
- twinning: a drafted agreement whose quote overlaps the curated one, with the same status;
  goods: the same good (any case) in a drafted list whose quote overlaps the curated one;
- regions: the region keys the curated file uses (its region, meetings', twinning's and
  proposals' regions) against the regions the draft names (known, proposed, its region);
  regions carry no quote of their own, so this one is by key alone.

"In the text" counts drafted quotes that are not substrings of the article (the target is 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from coopdb.amounts import numbers_in, parse_amount
from coopdb.changes import parse_change
from coopdb.curation.draft.draft import Draft, draft_article
from coopdb.curation.draft.known import known_from
from coopdb.curation.draft.proposed import Proposed
from coopdb.curation.draft.text import Span
from coopdb.resources import seeds_dir

TYPES = (
    "officials",
    "enterprises",
    "regions",
    "money",
    "percentages",
    "dates",
    "periods",
    "quantities",
    "meetings",
    "participants",
    "twinning",
    "goods",
)
KINDS = {"regions": "regions", "officials": "officials", "posts": "officials"}
KINDS["enterprises"] = "enterprises"


def _has_magnitude(text: str, change: object) -> bool:
    """Whether a curated change states how much, not only which way."""
    direction = change.get("direction") if isinstance(change, dict) else None
    try:
        return parse_change(text, direction).best_pct is not None
    except ValueError:
        return False


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


# --- what each article references, and the shared files without its newcomers -------------


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def references(doc: Any) -> dict[str, set[str]]:
    """Keys of shared entries an article's facts file names, per shared list."""
    found: dict[str, set[str]] = {"regions": set(), "posts": set(), "officials": set()}
    found["enterprises"] = set()
    for key, value in _walk(doc):
        values = value if isinstance(value, list) else [value]
        texts = {v for v in values if isinstance(v, str)}
        if key in ("region", "regions"):
            found["regions"] |= texts
        elif key == "post":
            found["posts"] |= texts
        elif key in ("official", "proposed_by", "speaker"):
            found["officials"] |= texts
        elif key in ("enterprise", "enterprises"):
            found["enterprises"] |= texts
    return found


def _spellings(entry: dict[str, Any]) -> list[str]:
    return [str(entry.get(f)) for f in ("name", "title") if entry.get(f)] + [
        str(n) for f in ("other_names", "aliases") for n in entry.get(f) or []
    ]


def pruned(shared: dict[str, Any], introduced: dict[str, set[str]], earlier: str) -> Any:
    """The shared documents without the entries an article introduces, and without the
    spellings of kept entries that no earlier text contains (the first name stays)."""
    lowered = earlier.casefold()
    docs: dict[str, Any] = {}
    for file, lists in (
        ("regions.yaml", ("regions",)),
        ("officials.yaml", ("posts", "officials")),
        ("enterprises.yaml", ("sectors", "enterprises")),
    ):
        doc = dict(shared[file])
        for name in lists:
            kept = []
            for entry in doc.get(name) or []:
                base = entry.get("kind") == "country"  # Belarus and Russia are every article's
                if entry["key"] in introduced.get(name, set()) and not base:
                    continue
                copy = dict(entry)
                for alias in ("other_names", "aliases"):
                    if alias in copy:
                        copy[alias] = [a for a in copy[alias] if str(a).casefold() in lowered]
                kept.append(copy)
            doc[name] = kept
        docs[file] = doc
    return docs


# --- curated facts and drafted items as comparable records ---------------------------------


@dataclass(frozen=True)
class Item:
    """One curated fact or drafted item of a type: a value and the span it stands on."""

    value: str
    span: Span | None
    label: str = ""


def locate(body: str, quote: str | None, occurrence: int = 1) -> Span | None:
    """Where a curated quote is, found as ``coopdb check`` finds it."""
    if not quote:
        return None
    start = -1
    for _ in range(occurrence):
        start = body.find(quote, start + 1)
        if start < 0:
            return None
    return Span(start, start + len(quote), quote)


def _money_key(text: str) -> str:
    try:
        amount = parse_amount(text)
    except ValueError:
        return f"?{text}"
    return f"{amount.currency}:{amount.low}:{amount.high}"


def _period_value(period: dict[str, Any]) -> str:
    if period.get("value"):
        return str(period["value"])
    if period.get("start"):
        return f"{period['start']}/{period.get('end', period['start'])}"
    return f"label:{period.get('label', '')}"


def _dated(body: str, doc: dict[str, Any]) -> Iterator[tuple[str, Item]]:
    """Every curated date and period: ("dates", …) with a day, ("periods", …) without."""

    def spec(value: Any, fact_quote: Span | None, label: str) -> Iterator[tuple[str, Item]]:
        if isinstance(value, dict) and value.get("value"):
            own = locate(body, value.get("quote"), int(value.get("occurrence", 1)))
            text = str(value["value"])
            inferred = value.get("basis") in ("inferred", "external")
            kind = "dates" if text.startswith("--") or text.count("-") == 2 else "periods"
            yield kind, Item(text + ("~" if inferred else ""), own or fact_quote, label)

    for name in ("published", "dateline_date", "page_date"):
        yield from spec(doc.get(name), None, name)
    for section in ("meetings", "twinning", "proposals", "trade_figures", "quantities"):
        for fact in doc.get(section) or []:
            quote = locate(body, fact.get("quote"), int(fact.get("occurrence", 1)))
            for name in ("date", "proposed_on", "original_date"):
                yield from spec(fact.get(name), quote, f"{section}.{name}")
            for name in ("period", "compared_with", "timeframe"):
                if isinstance(fact.get(name), dict):
                    yield "periods", Item(_period_value(fact[name]), quote, f"{section}.{name}")


def curated_items(body: str, doc: dict[str, Any], countries: set[str]) -> dict[str, list[Item]]:
    """The curated facts of one file, per type (regions below country level)."""
    items: dict[str, list[Item]] = {t: [] for t in TYPES}

    def quote_of(fact: dict[str, Any]) -> Span | None:
        return locate(body, fact.get("quote"), int(fact.get("occurrence", 1)))

    for kind, field_name in (("officials", "official"), ("enterprises", "enterprise")):
        for fact in doc.get(kind) or []:
            items[kind].append(Item(fact[field_name], quote_of(fact)))
    for figure in doc.get("trade_figures") or []:
        items["money"].append(Item(_money_key(str(figure["value"])), quote_of(figure)))
        change = figure.get("change")
        pct = figure.get("change_pct")
        text = change.get("text") if isinstance(change, dict) else change
        # A change that states only its direction ("we still see a good growth") has no
        # number for a percentage finder to find.
        if pct is not None or (text and _has_magnitude(str(text), change)):
            number = abs(Decimal(str(pct))) if pct is not None else None
            items["percentages"].append(Item(str(number or text), quote_of(figure)))
    for proposal in doc.get("proposals") or []:
        if proposal.get("amount"):
            items["money"].append(Item(_money_key(str(proposal["amount"])), quote_of(proposal)))
    for quantity in doc.get("quantities") or []:
        items["quantities"].append(Item(str(quantity["text"]), quote_of(quantity)))
    for twinning in doc.get("twinning") or []:
        if twinning.get("count"):
            items["quantities"].append(Item(str(twinning["count"]), quote_of(twinning)))
    for meeting in doc.get("meetings") or []:
        quote = quote_of(meeting)
        items["meetings"].append(Item("meeting", quote))
        for person in meeting.get("participants") or []:
            items["participants"].append(Item(str(person["official"]), quote))
    for twinning in doc.get("twinning") or []:
        items["twinning"].append(Item(str(twinning.get("status")), quote_of(twinning)))
    for goods in doc.get("trade_goods") or []:
        for good in goods.get("goods") or []:
            items["goods"].append(Item(str(good).casefold(), quote_of(goods)))
    for kind, item in _dated(body, doc):
        items[kind].append(item)
    regions = references(doc)["regions"] | {str(doc.get("region"))}
    items["regions"] = [Item(key, None) for key in sorted(regions - {"None"} - countries)]
    return items


def _proposed_key(proposed: Proposed, full: dict[str, Any], kind: str) -> str:
    """The curated key a proposed entry stands for: the entry one of whose spellings it is."""
    name = proposed.name.text.casefold()
    file = "officials.yaml" if kind == "officials" else f"{kind}.yaml"
    for entry in full[file].get(kind) or []:
        if name in {s.casefold() for s in _spellings(entry)}:
            return str(entry["key"])
    return proposed.key


def _as_drafted(draft: Draft, item: Item) -> Item:
    """A period as the drafted fact holds it ("the same period of 2016" resolved against its
    figure's own period), else as the period reader read it alone."""
    for figure in draft.doc.get("trade_figures") or []:
        quote = locate(draft.body, figure["quote"], int(figure.get("occurrence", 1)))
        for name in ("period", "compared_with"):
            period = figure.get(name)
            if not (quote and item.span and isinstance(period, dict) and quote.contains(item.span)):
                continue
            if period.get("label") == item.span.text and period.get("value"):
                return Item(str(period["value"]), item.span)
    return item


def drafted_items(draft: Draft, full: dict[str, Any], countries: set[str]) -> dict[str, list[Item]]:
    """What the draft found, per type."""
    items: dict[str, list[Item]] = {t: [] for t in TYPES}
    for mention in draft.mentions:
        if mention.kind in ("official", "enterprise"):
            items[mention.kind + "s"].append(Item(mention.key, mention.quote))
    for proposed in draft.proposed:
        if proposed.kind in ("official", "enterprise"):
            kind = proposed.kind + "s"
            items[kind].append(Item(_proposed_key(proposed, full, kind), proposed.quote))
    for value in draft.values:
        if value.kind == "money":
            items["money"].append(Item(_money_key(value.text.text), value.text))
        elif value.kind in ("change", "percentage"):
            items["percentages"].append(Item(value.text.text, value.text))
        elif value.kind == "date":
            items["dates"].append(Item(value.value, value.text))
        elif value.kind == "period":
            stated = value.period.value if value.period else None
            items["periods"].append(Item(stated or f"label:{value.text.text}", value.text))
        elif value.kind == "quantity":
            items["quantities"].append(Item(value.text.text, value.text))
    if draft.dateline is not None:
        items["dates"].append(Item(draft.dateline.date.value, draft.dateline.date.text))
    items["periods"] = [_as_drafted(draft, item) for item in items["periods"]]
    for twinning in draft.doc.get("twinning") or []:
        quote = locate(draft.body, twinning["quote"], int(twinning.get("occurrence", 1)))
        items["twinning"].append(Item(str(twinning["status"]), quote))
    for goods in draft.doc.get("trade_goods") or []:
        quote = locate(draft.body, goods["quote"], int(goods.get("occurrence", 1)))
        items["goods"] += [Item(str(good).casefold(), quote) for good in goods["goods"]]
    named = {
        p.key: _proposed_key(p, full, "officials") for p in draft.proposed if p.kind == "official"
    }
    for meeting in [*(draft.doc.get("meetings") or []), *draft.waiting_meetings]:
        quote = locate(draft.body, meeting["quote"])
        items["meetings"].append(Item("meeting", quote))
        for person in meeting["participants"]:
            key = str(person["official"])
            items["participants"].append(Item(named.get(key, key), quote))
    regions = {m.key for m in draft.mentions if m.kind == "region"}
    regions |= {p.key for p in draft.proposed if p.kind == "region"} | {draft.doc["region"]}
    items["regions"] = [Item(key, None) for key in sorted(regions - countries)]
    return items


# --- matching ----------------------------------------------------------------------------------


def _same_number(curated: str, drafted: str) -> bool:
    try:
        wanted = Decimal(curated)
    except ArithmeticError:
        return curated.casefold() in drafted.casefold() or drafted.casefold() in curated.casefold()
    return wanted in numbers_in(drafted)


def _same_date(curated: str, drafted: str) -> bool:
    if curated.endswith("~"):  # an inferred year: the text gives the day and month
        curated = curated[:-1]
        return drafted == curated or (drafted.startswith("--") and curated.endswith(drafted[1:]))
    return drafted == curated


def _same_period(curated: str, drafted: str) -> bool:
    """The same interval; a curated period with no interval is its label."""
    curated = curated.removesuffix("~")
    if curated.startswith("label:"):
        return drafted.casefold() == curated.casefold()
    return drafted == curated


def matches(kind: str, curated: Item, drafted: Item) -> bool:
    """Whether a drafted item is the curated fact (see the module's definitions)."""
    if kind == "regions":
        return curated.value == drafted.value
    if curated.span is None or drafted.span is None:
        return False
    if kind in ("officials", "enterprises", "meetings", "participants", "twinning", "goods"):
        return curated.value == drafted.value and curated.span.overlaps(drafted.span)
    if not curated.span.contains(drafted.span):
        return False
    if kind == "money":
        return curated.value == drafted.value
    if kind == "dates":
        return _same_date(curated.value, drafted.value)
    if kind == "periods":
        return _same_period(curated.value, drafted.value)
    return _same_number(curated.value, drafted.value)


@dataclass
class Tally:
    curated: int = 0
    found: int = 0
    drafted: int = 0
    kept: int = 0
    missed: list[str] = field(default_factory=list)
    unkept: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.curated += other.curated
        self.found += other.found
        self.drafted += other.drafted
        self.kept += other.kept
        self.missed += other.missed
        self.unkept += other.unkept


def score(kind: str, curated: list[Item], drafted: list[Item], article: str) -> Tally:
    """Curated facts found (recall) and drafted items kept (precision) of one type."""
    tally = Tally(curated=len(curated), drafted=len(drafted))
    for item in curated:
        if any(matches(kind, item, d) for d in drafted):
            tally.found += 1
        else:
            where = f" at {item.span.text[:50]!r}" if item.span else ""
            tally.missed.append(f"{article}: {item.value}{where}")
    for item in drafted:
        if any(matches(kind, c, item) for c in curated):
            tally.kept += 1
        else:
            where = f" at {item.span.text[:50]!r}" if item.span else ""
            tally.unkept.append(f"{article}: {item.value}{where}")
    return tally


def outside_text(draft: Draft) -> int:
    """Drafted quotes that are not substrings of the article (the target is none)."""
    quotes: list[str] = [p.quote.text for p in draft.proposed]
    for key, value in _walk(draft.doc):
        if key == "quote" and isinstance(value, str):
            quotes.append(value)
    return sum(1 for quote in quotes if quote not in draft.body)


def run(seeds: Path) -> tuple[dict[str, dict[str, Tally]], int]:
    """Draft every seed article as new; the tallies per article and type, and the number of
    drafted quotes not in their text."""
    shared = {name: _load(seeds / name) for name in ("regions.yaml", "officials.yaml")}
    shared["enterprises.yaml"] = _load(seeds / "enterprises.yaml")
    articles = sorted(p for p in seeds.glob("*.txt") if p.with_suffix(".yaml").is_file())
    first: dict[str, dict[str, str]] = {name: {} for name in KINDS}
    docs = {a.name: _load(a.with_suffix(".yaml")) for a in articles}
    for article in articles:
        for kind, keys in references(docs[article.name]).items():
            for key in keys:
                first[kind].setdefault(key, article.name)
    countries = {
        str(r["key"]) for r in shared["regions.yaml"]["regions"] if r.get("kind") == "country"
    }
    results: dict[str, dict[str, Tally]] = {}
    outside = 0
    earlier = ""
    for article in articles:
        body = article.read_text(encoding="utf-8")
        introduced = {
            kind: {k for k, a in keys.items() if a == article.name} for kind, keys in first.items()
        }
        docs_known = pruned(shared, introduced, earlier)
        known = known_from(
            docs_known["regions.yaml"], docs_known["officials.yaml"], docs_known["enterprises.yaml"]
        )
        draft = draft_article(article.name, body, known)
        outside += outside_text(draft)
        curated = curated_items(body, docs[article.name], countries)
        drafted = drafted_items(draft, shared, countries)
        results[article.name] = {
            kind: score(kind, curated[kind], drafted[kind], article.name) for kind in TYPES
        }
        earlier += "\n" + body
    return results, outside


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    —"


def table(totals: dict[str, Tally]) -> list[str]:
    """The recall and precision table, one row per type."""
    lines = [
        f"{'type':<12} {'curated':>7} {'found':>6} {'recall':>7} {'drafted':>8} {'kept':>5}"
        f" {'precision':>9}"
    ]
    for kind in TYPES:
        t = totals[kind]
        lines.append(
            f"{kind:<12} {t.curated:>7} {t.found:>6} {_pct(t.found, t.curated):>7}"
            f" {t.drafted:>8} {t.kept:>5} {_pct(t.kept, t.drafted):>9}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=None, help="a seeds folder")
    parser.add_argument("--by-article", action="store_true", help="a table per article too")
    parser.add_argument("--missed", action="store_true", help="list what was not found")
    parser.add_argument("--unkept", action="store_true", help="list drafts no curator kept")
    parser.add_argument("--json", action="store_true", help="the numbers as JSON")
    args = parser.parse_args(argv)
    results, outside = run(args.seeds or seeds_dir())
    totals = {kind: Tally() for kind in TYPES}
    for tallies in results.values():
        for kind, tally in tallies.items():
            totals[kind].add(tally)
    if args.json:
        data = {
            kind: {k: v for k, v in vars(t).items() if k not in ("missed", "unkept")}
            for kind, t in totals.items()
        }
        print(json.dumps({"totals": data, "quotes_not_in_text": outside}, indent=2))
        return 0
    if args.by_article:
        for article, tallies in results.items():
            print(article)
            print("\n".join("  " + line for line in table(tallies)))
    print(f"{len(results)} articles, each drafted without the shared entries it introduced")
    print("\n".join(table(totals)))
    print(f"drafted quotes not in their article: {outside}")
    if args.missed:
        for kind in TYPES:
            for line in totals[kind].missed:
                print(f"missed {kind}: {line}")
    if args.unkept:
        for kind in TYPES:
            for line in totals[kind].unkept:
                print(f"not kept {kind}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
