"""clean_html on real dev pages and on bad input; fingerprints; language guess."""

from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache
from pathlib import Path

import pytest

from communique.clean import (
    CleanResult,
    clean_html,
    clean_text,
    detect_language,
    fingerprint,
    near_duplicate,
    simhash,
)
from communique.clean.score import score_page

PAGES = Path("/work/shared/data/cleaning-dev/pages.jsonl.gz")
SEEDS = Path("/work/shared/seeds")

PARAGRAPHS = [
    "Ministers from both countries met in the capital on Tuesday to discuss the border dispute, "
    "which has strained relations between the two neighbours for more than a decade.",
    "The talks ended without an agreement, but officials said they would meet again next month "
    "and that both sides had agreed to keep their troops away from the disputed area.",
    "Observers said the meeting was the most serious attempt at a settlement in years, and that "
    "pressure from regional partners had brought the two governments back to the table.",
]


def _article_page(charset: str = "utf-8", extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<html><head><meta charset="{charset}"><title>Border talks end without deal | Example News</title>'
        '<meta property="og:title" content="Border talks end without deal">'
        '<meta property="article:published_time" content="2021-03-14T09:34:00Z"></head>'
        '<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>Border talks end without deal</h1>{body}{extra}</article>"
        "<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"
    )


@lru_cache(maxsize=1)
def _pages() -> list[dict[str, str]]:
    with gzip.open(PAGES, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _page(url_part: str) -> dict[str, str]:
    return next(p for p in _pages() if url_part in p["url"])


def test_dev_page_body_title_date_and_no_furniture() -> None:
    page = _page("browns-player-on-mason-rudolphs-role")
    result = clean_html(page["html"], url=page["url"])
    assert isinstance(result, CleanResult)
    assert result.title and result.title.startswith("Browns player on Mason Rudolph")
    assert result.published == "2019-11-19"
    assert result.text.startswith("The Steelers spent Monday")
    assert result.title not in result.text
    for furniture in ("Newsletter", "Thanks for signing up", "Parlay Challenge", "Gronk"):
        assert furniture not in result.text
    assert score_page(page["expected_body"], result.text).recall > 0.98


@pytest.mark.parametrize("url_part", [
    "13-inch-macbook-pro-scissor-keyboard",  # a comment section under the article
    "spiced-honey-pear-jam-recipe",  # "You may also like", comments
    "trump-impeachment-inquiry-adam-schiff",  # a membership pitch after the article
])
def test_dev_pages_beat_precision_floor(url_part: str) -> None:
    page = _page(url_part)
    result = clean_html(page["html"], url=page["url"])
    score = score_page(page["expected_body"], result.text)
    assert score.precision > 0.9 and score.recall > 0.95, (score, url_part)


def test_dev_pages_given_as_bytes() -> None:
    page = _page("bbc.com/news/world-europe")
    as_text = clean_html(page["html"], url=page["url"])
    as_bytes = clean_html(page["html"].encode("utf-8"), url=page["url"])
    assert as_text.text == as_bytes.text and as_text.text


def test_paragraphs_separated_by_blank_lines_and_headline_not_repeated() -> None:
    result = clean_html(_article_page(), url="https://example.com/world/2021/03/14/border-talks")
    assert result.text.split("\n\n") == PARAGRAPHS
    assert result.title == "Border talks end without deal"
    assert result.published == "2021-03-14"
    assert result.reason is None


def test_latin1_bytes_decoded_from_meta_charset() -> None:
    page = _article_page("iso-8859-1", "<p>Le café du président a été fermé après la réunion, selon des témoins.</p>")
    result = clean_html(page.encode("latin-1"))
    assert "Le café du président a été fermé" in result.text


def test_undeclared_cp1252_bytes_decoded() -> None:
    page = _article_page("", "<p>The minister’s office said the “talks” would resume — perhaps in April.</p>")
    page = page.replace('<meta charset="">', "")
    result = clean_html(page.encode("cp1252"))
    assert "The minister’s office said the “talks” would resume" in result.text


def test_truncated_page_keeps_what_is_there() -> None:
    page = _article_page()
    cut = page[: page.index(PARAGRAPHS[2][:40]) + 20]
    result = clean_html(cut)
    assert PARAGRAPHS[0] in result.text
    assert PARAGRAPHS[1] in result.text


def test_truncated_dev_page_does_not_crash() -> None:
    page = _page("bbc.com/news/world-europe")
    result = clean_html(page["html"][: len(page["html"]) // 3], url=page["url"])
    assert isinstance(result, CleanResult)


def test_404_page_gives_reason() -> None:
    page = ("<html><head><title>Page not found | Example News</title></head><body>"
            "<h1>404 - Page not found</h1><p>Sorry, the page you are looking for does not exist.</p>"
            '<ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></body></html>')
    result = clean_html(page, url="https://example.com/missing")
    assert result.text == ""
    assert result.reason and "error page" in result.reason


def test_home_page_gives_reason() -> None:
    links = "".join(f'<li><a href="/story/{i}">Headline number {i} about world events</a></li>' for i in range(60))
    page = f"<html><head><title>Example News</title></head><body><ul>{links}</ul></body></html>"
    result = clean_html(page, url="https://example.com/")
    assert result.text == ""
    assert result.reason and "no article" in result.reason


@pytest.mark.parametrize("junk", [b"", "", "   ", b"\x00\x01\x02\xff\xfe" * 2000, os.urandom(50_000)])
def test_empty_and_binary_input_give_reason(junk: bytes | str) -> None:
    result = clean_html(junk, origin="junk.html")
    assert result.text == ""
    assert result.reason and result.reason.startswith("junk.html: ")


def test_enormous_page_is_handled() -> None:
    filler = "<script>var x = '" + "a" * 1000 + "';</script>\n"
    page = _article_page().replace("<body>", "<body>" + filler * 20_000)
    assert len(page) > 20_000_000
    result = clean_html(page)
    assert PARAGRAPHS[0] in result.text


def test_batch_goes_on_after_bad_pages() -> None:
    batch = [b"\xff\xfe\x00junk", "<html><body><p>", _article_page(), "<<<>>>"]
    results = [clean_html(p) for p in batch]
    assert results[2].text.startswith(PARAGRAPHS[0])


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_simhash_links_a_re_headed_copy() -> None:
    original = clean_text(_seed("000")).text
    copy = "Reposted from our partners at CNN.\n\n" + original.replace("(CNN) — ", "", 1)
    assert near_duplicate(simhash(original), simhash(copy))
    assert fingerprint(original) != fingerprint(copy)
    other = clean_text(_seed("001")).text
    assert not near_duplicate(simhash(original), simhash(other))


def test_simhash_fits_int64_and_fingerprint_ignores_spacing() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        h = simhash(_seed(prefix))
        assert -(2**63) <= h < 2**63
    assert fingerprint("Biden met  Suga.\n") == fingerprint("biden met suga")
    assert simhash("") == 0


def test_simhash_values_are_stable() -> None:
    """Stored simhashes link duplicates across runs: the values must never change (these are the
    first implementation's, which hashed each shingle's digest into an int bit by bit)."""
    sentence = "The foreign ministers of Japan and China met in Beijing on Monday to discuss the disputed islands."
    assert simhash(sentence) == -6149343027026902507
    assert simhash("Two words") == -5706460026490166836
    assert simhash("one") == 3815355558890182089


@pytest.mark.parametrize("text,code", [
    ("Biden meets Suga\n\nThe two leaders discussed China. They agreed to meet again in the spring.", "en"),
    ("Die Bundesregierung hat am Montag beschlossen, dass die Maßnahmen verlängert werden.", "de"),
    ("Le président a annoncé lundi que les mesures seront prolongées jusqu'à la fin du mois.", "fr"),
    ("El presidente anunció el lunes que las medidas se prolongarán hasta el final del mes.", "es"),
    ("中国外交部发言人周一表示，双方将继续保持沟通。", "zh"),
    ("日本の首相は月曜日に記者会見を行った。", "ja"),
    ("Президент России заявил в понедельник, что переговоры продолжатся.", "ru"),
    ("قال الرئيس إن المحادثات ستستمر الأسبوع المقبل", "ar"),
])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_detect_language_on_seeds_and_empty() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        assert detect_language(clean_text(_seed(prefix)).text) == "en"
    assert detect_language("") is None
