"""``coopdb curate coverage`` and ``coopdb curate review``: the genre's sentences, which of
them the facts cover, skips checked like quotes, and a review page that highlights every
quote exactly where it is, escapes everything and asks nothing of the network."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import REPOSITORY, run
from coopdb.curation.sentences import split_sentences
from coopdb.html.article_page import ArticlePage, Highlight, SentenceMark, render_article_page

SEEDS = REPOSITORY / "seeds"

ARTICLE = (
    "Talks in Minsk with the Governor of Kursk Oblast\n"
    "- 1\n"
    "  • 11\n"
    "  • 7:54\n"
    "Версия для печати\n"
    "\n"
    "MINSK, 5 December (BelTA) – Belarus President Aleksandr Lukashenko met Kursk Oblast"
    " Governor Roman Starovoit in Minsk. Mr. Starovoit thanked the hosts for the warm"
    " welcome. In 2021 the trade turnover of Belarus and Kursk Oblast reached $96.3 million."
    " “We will build a plant near St. Petersburg,” the governor said. The weather was fine.\n"
    "BelTA – News from Belarus\n"
)

FACTS = """\
article: 100_coverage.txt
title: "Talks in Minsk with the Governor of Kursk Oblast"
region: kursk-oblast
officials:
  - official: aleksandr-lukashenko
    post: president-belarus
    quote: "Belarus President Aleksandr Lukashenko"
  - official: roman-starovoit
    quote: "Kursk Oblast Governor Roman Starovoit"
    pending: true
trade_figures:
  - key: test-kursk-turnover-2021
    flow: turnover
    period: {label: "2021", start: "2021", end: "2021"}
    value: "$96.3 million"
    quote: "In 2021 the trade turnover of Belarus and Kursk Oblast reached $96.3 million"
skip:
  - quote: "- 1"
    reason: furniture
  - quote: "• 11"
    reason: furniture
  - quote: "Версия для печати"
    reason: furniture
  - quote: "Mr. Starovoit thanked the hosts for the warm welcome."
    reason: courtesy
  - quote: "BelTA – News from Belarus"
    reason: boilerplate
    note: the outlet's sign-off
"""


def _folder(tmp_path: Path, article: str = ARTICLE, facts: str = FACTS) -> Path:
    """A seeds folder of the shipped shared files and one article written here."""
    folder = tmp_path / "seeds"
    folder.mkdir(parents=True)
    for name in ("regions.yaml", "officials.yaml", "enterprises.yaml"):
        shutil.copy(SEEDS / name, folder / name)
    (folder / "100_coverage.txt").write_text(article, encoding="utf-8")
    (folder / "100_coverage.yaml").write_text(facts, encoding="utf-8")
    return folder


# --- sentences ---------------------------------------------------------------------------


def _texts(body: str) -> list[tuple[str, str]]:
    sentences = split_sentences(body)
    for s in sentences:
        assert body[s.start : s.end] == s.text
    return [(s.kind, s.text) for s in sentences]


def test_abbreviations_initials_acronyms_and_decimals_end_nothing() -> None:
    body = (
        "Mr. Ivanov and Dr. Petrova visited St. Petersburg on Monday. A. Lukashenko met"
        " the U.S. delegation. Exports rose 4.5% to $96.3 million. Trade reached"
        " 1.5 bn. roubles. OAO Planar Co. Ltd. signed."
    )
    assert _texts(body) == [
        ("sentence", "Mr. Ivanov and Dr. Petrova visited St. Petersburg on Monday."),
        ("sentence", "A. Lukashenko met the U.S. delegation."),
        ("sentence", "Exports rose 4.5% to $96.3 million."),
        ("sentence", "Trade reached 1.5 bn. roubles."),
        ("sentence", "OAO Planar Co. Ltd. signed."),
    ]


def test_quotes_that_end_sentences_stay_with_them() -> None:
    body = (
        "“We are ready to build,” he said. “We can share our practices.” The governor agreed."
        ' "Is it possible?" he asked. "Yes!" The talks ended.'
    )
    assert [text for _, text in _texts(body)] == [
        "“We are ready to build,” he said.",
        "“We can share our practices.”",
        "The governor agreed.",
        '"Is it possible?" he asked.',
        '"Yes!"',
        "The talks ended.",
    ]


def test_headlines_furniture_and_open_paragraphs_are_lines_of_their_own() -> None:
    body = (
        "Meeting with Governor of Russia’s Kursk Oblast Roman Starovoyt\n\n"
        "  • 11\n  • 7:54\n- 1\nВерсия для печати\nРазмер шрифта:\n\n"
        "Belarus and Kursk Oblast need joint companies. They agreed\n"
        "BelTA – News from Belarus"
    )
    assert _texts(body) == [
        ("line", "Meeting with Governor of Russia’s Kursk Oblast Roman Starovoyt"),
        ("furniture", "• 11"),
        ("furniture", "• 7:54"),
        ("furniture", "- 1"),
        ("furniture", "Версия для печати"),
        ("furniture", "Размер шрифта:"),
        ("sentence", "Belarus and Kursk Oblast need joint companies."),
        ("line", "They agreed"),
        ("line", "BelTA – News from Belarus"),
    ]


def test_a_hard_wrapped_sentence_is_joined_and_russian_abbreviations_hold() -> None:
    body = "The governor of the region\nsaid that trade grew. Г. Минск, ул. Ленина, т.е. центр.\n"
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "The governor of the region\nsaid that trade grew.",
        "Г. Минск, ул. Ленина, т.е. центр.",
    ]
    assert sentences[0].start == 0 and sentences[1].end == len(body) - 1


def test_russian_prose_with_initials_and_currency_abbreviations() -> None:
    body = (
        "Президент Беларуси А.Г. Лукашенко встретился с губернатором в г. Минске."
        " Товарооборот составил"
        " 96,3 млн долл. США за 9 мес. 2017 г. По словам губернатора, ок. 20 районов"
        " побратимы! Визит продолжится."
    )
    assert [text for _, text in _texts(body)] == [
        "Президент Беларуси А.Г. Лукашенко встретился с губернатором в г. Минске.",
        "Товарооборот составил 96,3 млн долл. США за 9 мес. 2017 г.",
        "По словам губернатора, ок. 20 районов побратимы!",
        "Визит продолжится.",
    ]


def test_every_seed_sentence_is_its_text_and_none_crosses_a_paragraph() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        sentences = split_sentences(body)
        assert sentences, path.name
        for s in sentences:
            assert body[s.start : s.end] == s.text == s.text.strip() != ""
            assert "\n" not in s.text, (path.name, s.text)
        assert all(a.end <= b.start for a, b in pairwise(sentences))


# --- coverage ----------------------------------------------------------------------------


def _coverage_json(*args: str) -> dict[str, object]:
    result = run("curate", "coverage", *args, "--format", "json")
    assert result.exit_code == 0, result.stdout + result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_coverage_counts_are_exact_and_json_has_its_shape(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    data = _coverage_json(str(folder))
    # 11 sentences: the title line; "- 1", "• 11", "• 7:54", the menu line (furniture);
    # the lead, the courtesy, the trade sentence, the quote, the weather; the sign-off.
    assert data == {
        "articles": [
            {
                "article": "100_coverage.txt",
                "sentences": 11,
                "covered": 3,
                "skipped": 5,
                "uncovered": [
                    "• 7:54",
                    "“We will build a plant near St. Petersburg,” the governor said.",
                    "The weather was fine.",
                ],
                # covered, but only by the title and by names: read again for a fact
                "mentions_only": [
                    "Talks in Minsk with the Governor of Kursk Oblast",
                    ARTICLE.splitlines()[6].split(" Mr. ")[0],
                ],
            }
        ],
        "corpus": {
            "articles": 1,
            "sentences": 11,
            "covered": 3,
            "skipped": 5,
            "uncovered": 3,
            "mentions_only": 2,
        },
    }


def test_text_output_lists_uncovered_sentences_and_exits_0(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = run("curate", "coverage", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "1 article(s), 11 sentences: 3 covered, 5 skipped, 3 uncovered" in result.stdout
    assert "The weather was fine." in result.stdout
    assert "Mr. Starovoit thanked" not in result.stdout  # skipped, so not on the to-do list
    assert re.search(r"• 7:54 +page furniture", result.stdout)
    single = run("curate", "coverage", "--article", str(folder / "100_coverage.yaml"))
    assert single.exit_code == 0 and "The weather was fine." in single.stdout


def test_a_repeated_sentence_is_pointed_out_and_skipped_by_its_occurrence(
    tmp_path: Path,
) -> None:
    article = ARTICLE + "The weather was fine.\n"
    folder = _folder(tmp_path, article=article)
    result = run("curate", "coverage", str(folder))
    at = ARTICLE.index("The weather")
    assert re.search(rf"The weather was fine\. +repeat, first at {at}", result.stdout)
    facts = FACTS + '  - quote: "The weather was fine."\n    occurrence: 2\n    reason: repeated\n'
    data = _coverage_json(str(_folder(tmp_path / "again", article=article, facts=facts)))
    assert data["corpus"]["skipped"] == 6  # type: ignore[index]
    assert data["articles"][0]["uncovered"][-1] == "The weather was fine."  # type: ignore[index]


def test_a_skip_over_a_fact_is_pointed_out_and_the_sentence_stays_covered(
    tmp_path: Path,
) -> None:
    facts = FACTS + '  - quote: "Kursk Oblast reached $96.3 million."\n    reason: out_of_scope\n'
    folder = _folder(tmp_path, facts=facts)
    result = run("curate", "coverage", str(folder))
    assert result.exit_code == 0
    assert "3 covered, 5 skipped, 3 uncovered" in result.stdout
    assert (
        "100_coverage.txt: skip[5] overlaps the quote of trade_figures[0]: a sentence that"
        " states a fact is not out of scope"
    ) in result.stdout


def test_a_skip_of_part_of_a_sentence_does_not_skip_it(tmp_path: Path) -> None:
    facts = FACTS + '  - quote: "The weather"\n    reason: out_of_scope\n'
    data = _coverage_json(str(_folder(tmp_path, facts=facts)))
    assert "The weather was fine." in data["articles"][0]["uncovered"]  # type: ignore[index]


def test_a_quote_over_two_sentences_covers_both(tmp_path: Path) -> None:
    facts = FACTS.replace(
        'reached $96.3 million"', 'reached $96.3 million. “We will build a plant"'
    )
    data = _coverage_json(str(_folder(tmp_path, facts=facts)))
    article = data["articles"][0]  # type: ignore[index]
    assert article["covered"] == 4 and len(article["uncovered"]) == 2


def test_coverage_of_the_shipped_seeds_counts_every_sentence() -> None:
    data = _coverage_json()
    articles = data["articles"]
    assert isinstance(articles, list) and len(articles) == len(list(SEEDS.glob("*.txt")))
    for article in articles:
        counted = article["covered"] + article["skipped"] + len(article["uncovered"])
        assert counted == article["sentences"]


def test_coverage_of_a_folder_that_does_not_check_prints_its_problems(tmp_path: Path) -> None:
    folder = _folder(tmp_path, facts=FACTS.replace("region: kursk-oblast", "region: nowhere"))
    result = run("curate", "coverage", str(folder))
    assert result.exit_code == 1
    assert "100_coverage.yaml:3: region: unknown region 'nowhere'" in result.stderr
    assert result.stderr.strip().endswith("no coverage was computed.")
    assert result.stdout == ""


def test_an_unknown_article_is_one_line(tmp_path: Path) -> None:
    result = run("curate", "coverage", str(_folder(tmp_path)), "--article", "nope.txt")
    assert result.exit_code == 1 and "no article 'nope'" in result.stderr


# --- skip entries are checked --------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "line", "expected"),
    [
        (
            '  - quote: "The wether was fine."\n    reason: courtesy\n',
            29,
            "skip[5].quote: not found",
        ),
        (
            '  - quote: "- 1"\n    occurrence: 2\n    reason: furniture\n',
            29,
            "skip[5].quote: occurrence 2 asked, but the quote occurs 1 time(s)",
        ),
        ('  - quote: "The weather was fine."\n    reason: dull\n', 30, "skip[5].reason: "),
        ('  - quote: "The weather was fine."\n', 29, "skip[5].reason: "),
    ],
)
def test_a_wrong_skip_is_one_problem_line(
    tmp_path: Path, entry: str, line: int, expected: str
) -> None:
    folder = _folder(tmp_path, facts=FACTS + entry)
    result = run("check", str(folder))
    assert result.exit_code == 1
    problems = [p for p in result.stderr.splitlines() if "100_coverage.yaml" in p]
    assert len(problems) == 1, result.stderr
    assert problems[0].startswith(f"{folder / '100_coverage.yaml'}:{line}: {expected}"), problems


def test_valid_skips_check(tmp_path: Path) -> None:
    result = run("check", str(_folder(tmp_path)))
    assert result.exit_code == 0, result.stderr


# --- review page -------------------------------------------------------------------------


class _Page(HTMLParser):
    """The page's text div read back: its text, and each fact's pieces with their offsets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.at = 0
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.pieces: dict[str, list[tuple[int, int, str]]] = {}
        self.sentences: dict[str, tuple[int, int, str]] = {}
        self.open_sentence: tuple[str, int, str] | None = None
        self.links: list[tuple[str, str, str]] = []
        self.scripts = 0
        self.pending_marks: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        for attribute in ("href", "src", "action", "srcset", "poster", "data"):
            if attribute in named:
                self.links.append((tag, attribute, named[attribute] or ""))
        self.scripts += tag == "script"
        if named.get("id") == "text":
            self.depth = 1
        elif self.depth:
            self.depth += 1
            self.stack.append((tag, named))
            if tag == "span" and "s" in (named.get("class") or "").split():
                self.open_sentence = (named["id"] or "", self.at, named["data-state"] or "")

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        self.depth -= 1
        if self.depth and self.stack:
            _, named = self.stack.pop()
            if self.open_sentence and "s" in (named.get("class") or "").split():
                name, start, state = self.open_sentence
                self.sentences[name] = (start, self.at, state)
                self.open_sentence = None

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        marks = [named for tag, named in self.stack if tag == "mark"]
        start, self.at = self.at, self.at + len(data)
        self.text.append(data)
        for named in marks:
            assert named["data-start"] == str(start) and named["data-end"] == str(self.at)
            for fact in (named["data-facts"] or "").split():
                self.pieces.setdefault(fact, []).append((start, self.at, data))
                if "pending" in (named["class"] or "").split():
                    self.pending_marks.add(fact)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _quotes_at_their_offsets(page: ArticlePage, parsed: _Page) -> None:
    """Each highlight is exactly the run of marked pieces from its start to its end."""
    assert "".join(parsed.text) == page.body
    for h in page.highlights:
        pieces = parsed.pieces[h.id]
        assert pieces[0][0] == h.start and pieces[-1][1] == h.end
        assert all(a[1] == b[0] for a, b in pairwise(pieces))
        assert "".join(text for _, _, text in pieces) == page.body[h.start : h.end]


def test_review_highlights_every_quote_at_its_offsets(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "review.html"
    result = run("curate", "review", str(folder / "100_coverage.txt"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    parsed = _parse(html)
    assert "".join(parsed.text) == ARTICLE
    expected = {
        "Talks in Minsk with the Governor of Kursk Oblast",
        "Belarus President Aleksandr Lukashenko",
        "Kursk Oblast Governor Roman Starovoit",
        "In 2021 the trade turnover of Belarus and Kursk Oblast reached $96.3 million",
    }
    found = {}
    for pieces in parsed.pieces.values():
        start, end = pieces[0][0], pieces[-1][1]
        found[ARTICLE[start:end]] = start
    assert set(found) == expected
    for quote, start in found.items():
        assert ARTICLE.find(quote) == start
    states = {ARTICLE[a:b]: state for a, b, state in parsed.sentences.values()}
    assert states["The weather was fine."] == "uncovered"
    assert states["Mr. Starovoit thanked the hosts for the warm welcome."] == "skipped"
    assert html.count('class="s s-covered s-names"') == 2  # the title, and the lead's names
    assert states[
        "In 2021 the trade turnover of Belarus and Kursk Oblast reached $96.3 million."
    ] == ("covered")


def test_review_marks_pending_facts(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = run("curate", "review", str(folder / "100_coverage.yaml"))
    assert result.exit_code == 0, result.stderr
    parsed = _parse(result.stdout)
    pending = {
        ARTICLE[parsed.pieces[f][0][0] : parsed.pieces[f][-1][1]] for f in parsed.pending_marks
    }
    assert pending == {"Kursk Oblast Governor Roman Starovoit"}
    assert result.stdout.count("pending review</strong>") == 1
    # each fact's fields beside the text, as the curator wrote them (no defaults)
    assert "<dt>flow</dt><dd>turnover</dd>" in result.stdout
    assert "<dt>official</dt><dd>roman-starovoit</dd>" in result.stdout
    assert "<dt>rank</dt>" not in result.stdout


def test_overlapping_and_nested_quotes_are_cut_into_segments() -> None:
    body = "Alpha beta gamma delta epsilon.\nZeta eta."
    highlights = [
        Highlight("a", "meetings", "meetings[0]", 0, 16),  # Alpha beta gamma
        Highlight("b", "officials", "officials[0]", 6, 22),  # beta gamma delta
        Highlight("c", "dates", "dates", 11, 16),  # gamma, inside both
        Highlight("d", "proposals", "proposals[0]", 23, 37),  # over the line break
        Highlight("e", "unheard-of", "x[0]", 0, len(body)),  # everything, unknown kind
    ]
    marks = [SentenceMark(0, 31, "covered"), SentenceMark(32, 41, "uncovered")]
    page = ArticlePage("t", body, highlights, marks)
    html = render_article_page(page)
    parsed = _parse(html)
    _quotes_at_their_offsets(page, parsed)
    assert [p[2] for p in parsed.pieces["c"]] == ["gamma"]
    assert 'class="q k-dates multi"' in html  # the innermost quote gives a piece its colour
    assert "k-other" in html


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    hostile = '<script>alert(1)</script> "><img src=x onerror=alert(2)> &amp; </div>'
    article = ARTICLE.replace("The weather was fine.", f"The weather was {hostile}.")
    facts = FACTS.replace(
        "    pending: true\n",
        "    pending: true\n    note: '</mark><script>alert(3)</script><a href=\"http://evil\">'\n",
    )
    folder = _folder(tmp_path, article=article, facts=facts)
    result = run("curate", "review", str(folder / "100_coverage.txt"))
    assert result.exit_code == 0, result.stderr
    html = result.stdout
    parsed = _parse(html)
    assert "".join(parsed.text) == article
    assert parsed.scripts == 1  # the page's own
    assert "<img" not in html and "alert(1)</script>" not in html
    assert "evil" not in {value for _, _, value in parsed.links}
    assert "&lt;/mark&gt;&lt;script&gt;alert(3)" in html


def test_the_page_asks_nothing_of_the_network_and_citations_are_plain_links() -> None:
    body = "Lukashenko met Starovoit on 9 June."
    cited = Highlight(
        "f0",
        "dates",
        "meetings[0].date",
        28,
        34,
        fields=(("value", "2022-06-09"),),
        links=("https://president.gov.by/en/events/1", "javascript:alert(1)"),
    )
    html = render_article_page(ArticlePage("t", body, [cited], [SentenceMark(0, 35, "covered")]))
    parsed = _parse(html)
    external = [link for link in parsed.links if not link[2].startswith("#")]
    assert external == [("a", "href", "https://president.gov.by/en/events/1")]
    assert "javascript:alert(1)" in html and 'href="javascript' not in html
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy and "default-src 'none'" in policy.group(1)
    assert "unsafe-inline" not in policy.group(1)
    assert re.search(r"@media print", html)


def test_review_of_each_seed_highlights_every_quote() -> None:
    for path in sorted(SEEDS.glob("0*.txt")):
        result = run("curate", "review", str(path))
        assert result.exit_code == 0, result.stderr
        parsed = _parse(result.stdout)
        assert "".join(parsed.text) == path.read_text(encoding="utf-8")
        assert parsed.pieces, path.name
        external = [v for _, _, v in parsed.links if not v.startswith("#")]
        assert all(v.startswith(("https://", "http://")) for v in external)


# --- in a real browser ----------------------------------------------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed")
    return found


def _dom(browser: str, page: Path) -> str:
    import subprocess

    result = subprocess.run(
        [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result.stdout


@pytest.mark.slow
def test_in_a_browser_the_page_runs_its_own_script_and_nothing_else_loads(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    browser = _chromium()
    requests: list[str] = []

    class Count(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Count)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        folder = _folder(tmp_path)
        page = tmp_path / "review.html"
        assert (
            run("curate", "review", str(folder / "100_coverage.txt"), "-o", str(page)).exit_code
            == 0
        )
        dom = _dom(browser, page)
        assert '<html lang="en" class="js">' in dom  # the policy admits the page's own script
        # Were anything to slip into the page, its policy would still let nothing load.
        url = f"http://127.0.0.1:{server.server_port}"
        tampered = tmp_path / "tampered.html"
        tampered.write_text(
            page.read_text(encoding="utf-8").replace(
                "<main>",
                f'<main><img src="{url}/img"><link rel="stylesheet" href="{url}/css">'
                f'<script src="{url}/js"></script><iframe src="{url}/frame"></iframe>',
            ),
            encoding="utf-8",
        )
        assert "<img" in _dom(browser, tampered)
        assert requests == []
    finally:
        server.shutdown()
        server.server_close()
