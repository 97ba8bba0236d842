"""trafilatura's fast mode first, the full extraction only when the fast body is doubtful."""

from __future__ import annotations

import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from communique.clean import extract
from communique.clean.fallback import prose_runs

PARAGRAPH = ("The two governments agreed on Monday to reopen the border crossing that had been closed since "
             "the spring, ending a dispute over customs checks that had held up trade for months. ")
WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
TEASER = "<a href='/other'>Read more about the talks in our earlier report from the capital city</a>"


def _paragraphs(n: int) -> str:
    return "".join(f"<p>The {WORDS[i]} point: {PARAGRAPH}</p>" for i in range(n))


def _page(article: str, extra: str = "") -> str:
    return (f"<html><head><title>Border reopens</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{article}</article>{extra}</body></html>")


def test_fast_body_of_a_plain_article_is_kept_and_equals_the_full_body(monkeypatch) -> None:
    tree = load_html(_page(_paragraphs(6)))
    calls: list[bool] = []
    real = trafilatura.bare_extraction

    def spy(*args, **kw):  # type: ignore[no-untyped-def]
        calls.append(kw["fast"])
        return real(*args, **kw)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    doc = extract.main_content(tree, prose_runs(tree))
    assert calls == [True]
    full = real(tree, fast=False, **extract._OPTIONS)
    assert doc is not None and doc.text == full.text


def test_body_much_shorter_than_the_page_prose_is_doubtful() -> None:
    tree = load_html(_page(_paragraphs(3)))
    doc = trafilatura.bare_extraction(tree, fast=True, **extract._OPTIONS)
    assert doc is not None and not extract.doubtful(doc, prose_runs(tree))
    more_prose = "".join(f"<div class='x{i}'>The {WORDS[i]} aside: {PARAGRAPH * 2}</div>" for i in range(4))
    tree = load_html(_page(_paragraphs(3), more_prose))
    assert extract.doubtful(doc, prose_runs(tree))


def test_short_or_table_only_body_is_doubtful() -> None:
    short = trafilatura.bare_extraction(load_html(_page("<p>A short note.</p>")), fast=True, **extract._OPTIONS)
    assert short is None or extract.doubtful(short, [])
    rows = "".join(f"<tr><td>{PARAGRAPH}</td></tr>" for _ in range(4))
    table = trafilatura.bare_extraction(load_html(_page(f"<table>{rows}</table>")), fast=True, **extract._OPTIONS)
    assert table is not None and extract.doubtful(table, [])


def test_metadata_leaves_the_tree_unchanged() -> None:
    page = _page(_paragraphs(3) + f"<p>By Jane Smith</p>{TEASER}")
    tree = load_html(page)
    before = etree.tostring(tree)
    meta = extract.page_metadata(tree, "https://example.com/news/2024/05/border")
    assert meta.title == "Border reopens"
    assert etree.tostring(tree) == before


FIELDS = ("title", "description", "author", "url", "date", "sitename")
HEADS = [
    "<title>Border reopens | The Gazette</title><meta name='description' content='Trade resumes.'>"
    "<meta property='og:site_name' content='@gazette'><link rel='canonical' href='/news/2024/05/border'>"
    "<meta property='og:url' content='https://gazette.example.org/'>",
    "<title>Border reopens</title><meta name='author' content='Smith'>"
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Border reopens\", "
    "\"datePublished\": \"2024-05-06\", \"author\": {\"name\": \"Jane Smith\"}}</script>",
    "<title>Border reopens</title>",
]


def test_metadata_is_trafilaturas_for_every_field_communique_reads() -> None:
    for head in HEADS:
        page = (f"<html><head>{head}</head><body><p class='byline'>By Jane Smith</p>"
                f"<time datetime='2024-05-07'>7 May</time><article>{_paragraphs(3)}</article></body></html>")
        tree = load_html(page)
        for url in ("https://www.gazette.example.org/news/2024/05/border", None):
            ours = extract.page_metadata(tree, url)
            theirs = extract_metadata(tree, url, set_date_params(True))
            assert [getattr(ours, f) for f in FIELDS] == [getattr(theirs, f) for f in FIELDS]
