"""A page with one enormous attribute value (an inline image as a data: URI, a page's state as a
JSON attribute) keeps its article: past 10 MB libxml2 stopped parsing at the value and the page
was refused as unparseable; past the 3,000,000 characters the cleaner parses the article was cut off."""

from __future__ import annotations

import time

import pytest

from communique.config import load_settings
from communique.pipeline import Cleaner
from communique.types import RawDoc

ARTICLE = "".join(f"<p>France and Germany held talks in Paris on Monday about trade and the border, officials "
                  f"said after meeting number {i} ended; a further round is set for week {i + 2}.</p>"
                  for i in range(12))


@pytest.mark.parametrize("size, quote", [(12_000_000, '"'), (3_500_000, "'"), (45_000_000, '"')])
def test_a_page_with_a_huge_attribute_keeps_its_article(size: int, quote: str):
    blob = "A" * size
    html = (f"<html><head><title>Talks</title></head><body><img alt=x src={quote}data:image/png;base64,{blob}{quote}>"
            f"<article>{ARTICLE}</article></body></html>")
    started = time.process_time()
    article = Cleaner(load_settings()).clean(RawDoc(id="page", origin="page.html", html=html))
    assert "France and Germany held talks" in article.text and "AAAA" not in article.text
    assert time.process_time() - started < 20


def test_ordinary_attributes_are_kept():
    html = f'<html><body><a href="https://example.invalid/a" title="{"t" * 500}">x</a>{ARTICLE}</body></html>'
    article = Cleaner(load_settings()).clean(RawDoc(id="page", origin="page.html", html=html))
    assert "France and Germany held talks" in article.text
