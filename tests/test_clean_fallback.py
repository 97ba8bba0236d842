"""The recall fallback: readability's body replaces trafilatura's when trafilatura kept only part of the article."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from communique.clean import clean_html
from communique.clean import fallback

URL = "https://example.com/news/2024/03/council-expands-bus-network"

STORY = [
    "The regional council voted on Tuesday to expand the bus network into the northern suburbs, "
    "ending a dispute over money and routes that had delayed the plan for almost four years.",
    "Under the approved scheme, six new lines will connect the suburbs with the central station, "
    "and buses on the busiest corridors will run every ten minutes during the morning peak.",
    "Councillors from the opposition benches argued that the cost had been underestimated, pointing "
    "to a consultant's report that put the price of new depots far above the official figure.",
    "Transport officials replied that the depots would be built in two stages, so that the second "
    "could be postponed if ticket revenue in the first years fell short of the forecasts.",
    "Residents of Hillmoor, where only one line runs today, welcomed the decision at a crowded "
    "public meeting, although several asked why their estate would wait until next spring.",
    "Local shop owners expect more customers once the routes open, and a bakery on the high street "
    "has already announced that it will stay open later in the evening from the summer.",
    "Environmental groups said the expansion was a good first step but urged the council to buy "
    "electric buses rather than the diesel models named in the procurement documents.",
    "The first of the new lines is due to open in September, with the remaining five following "
    "over the next eighteen months if the tender for the vehicles goes ahead as planned.",
]

NAV = "<nav><ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8)) + "</ul></nav>"
FOOT = "<footer><p>Copyright 2024 Example Gazette. All rights reserved.</p></footer>"
PROMO = "Sign up for our newsletter to get the top stories in your inbox every morning."


def _page(body: str) -> str:
    return (
        "<html><head><title>Council expands bus network | Example Gazette</title></head><body>"
        f"{NAV}<h1>Council expands bus network</h1>{body}{FOOT}</body></html>"
    )


GRID = '<div class="grid"><div class="grid--item body body__container article__body">{}</div></div>'
BODY = '<div class="article-body">{}</div>'


def _chunked(wrapper: str, cuts: tuple[int, ...] = (3, 5)) -> str:
    """The story cut into chunks, each in its own container, with ad slots between them."""
    out = []
    bounds = (0, *cuts, len(STORY))
    for a, b in zip(bounds, bounds[1:]):
        out.append(wrapper.format("".join(f"<p>{p}</p>" for p in STORY[a:b])))
        out.append('<div class="ad-slot"><span>Advertisement</span></div>')
    return '<div class="article__chunks">' + "".join(out) + "</div>"


def _found(text: str) -> int:
    return sum(1 for p in STORY if p[:60] in text)


def _without_fallback(monkeypatch, html: str) -> str:
    with monkeypatch.context() as m:
        m.setattr(fallback, "readability_blocks", lambda page: None)
        return clean_html(html, url=URL).text


@pytest.mark.parametrize(("wrapper", "cuts"), [(GRID, (3, 5)), (GRID, (5,)), (BODY, (4, 6)), (BODY, (4,))])
def test_story_split_over_chunks_is_recovered(monkeypatch, wrapper: str, cuts: tuple[int, ...]) -> None:
    html = _page(_chunked(wrapper, cuts))
    assert _found(_without_fallback(monkeypatch, html)) < len(STORY)  # trafilatura alone stops at the first chunk
    result = clean_html(html, url=URL)
    assert _found(result.text) == len(STORY)
    assert result.reason is None
    assert "Advertisement" not in result.text
    assert "Copyright" not in result.text
    assert "Section 3" not in result.text


def test_br_separated_chunk_is_recovered(monkeypatch) -> None:
    first = "".join(f"<p>{p}</p>" for p in STORY[:4])
    rest = "<br><br>".join(STORY[4:])
    html = _page(
        BODY.format(first) + '<div class="ad-slot"><span>Advertisement</span></div>'
        + BODY.format(f'<div class="txt">{rest}</div>')
    )
    assert _found(_without_fallback(monkeypatch, html)) < len(STORY)
    result = clean_html(html, url=URL)
    assert _found(result.text) == len(STORY)
    assert "Advertisement" not in result.text


def test_furniture_rules_apply_to_the_fallback_body(monkeypatch) -> None:
    chunks = _chunked(BODY, (4, 6)).replace(f"{STORY[1]}</p>", f"{STORY[1]}</p><p>{PROMO}</p>")
    html = _page(chunks)
    assert _found(_without_fallback(monkeypatch, html)) < len(STORY)
    result = clean_html(html, url=URL)
    assert _found(result.text) == len(STORY)
    assert "newsletter" not in result.text.lower()
    assert any("newsletter" in r.lower() for r in result.removed)


def test_prose_runs_split_at_br_and_skip_navigation_and_links() -> None:
    links = " ".join(f'<a href="/x{i}">linked headline number {i} goes here</a>' for i in range(6))
    tree = load_html(_page(f"<div>{STORY[0]}<br>{STORY[1]}</div><div>{links}</div>"))
    runs = fallback.prose_runs(tree)
    assert [r.text[:30] for r in runs] == [STORY[0][:30], STORY[1][:30]]


def test_complete_body_is_not_suspicious() -> None:
    html = _page("<article>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>")
    runs = fallback.prose_runs(load_html(html))
    text = clean_html(html, url=URL).text
    assert _found(text) == len(STORY)
    assert not fallback.suspicious(runs, text)
    assert fallback.suspicious(runs, "\n\n".join(STORY[:2]))


def test_candidate_that_drops_the_current_body_is_refused() -> None:
    from communique.clean.blocks import Block

    current = [Block("p", p, 0.0, i) for i, p in enumerate(STORY[:3])]
    other = [Block("p", p + " " + p, 0.0, i) for i, p in enumerate(STORY[4:])]
    longer = [Block("p", p, 0.0, i) for i, p in enumerate(STORY)]
    links = [Block("p", p, 0.9, i) for i, p in enumerate(STORY)]
    assert fallback.better(current, longer)
    assert not fallback.better(current, other)  # another part of the page, not an extension
    assert not fallback.better(current, links)  # a link list
    assert not fallback.better(longer, current)  # shorter


def test_home_page_is_left_alone(monkeypatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("fallback consulted on a home page")

    monkeypatch.setattr(fallback, "readability_blocks", boom)
    teasers = "".join(f'<div class="teaser"><h2><a href="/a{i}">Story {i}</a></h2></div>' for i in range(8))
    chunks = _chunked(GRID)
    result = clean_html(_page(teasers + chunks), url="https://example.com/")
    assert isinstance(result.text, str)


def test_fallback_failure_keeps_first_body(monkeypatch) -> None:
    monkeypatch.setattr(fallback, "readability_blocks", lambda page: None)
    result = clean_html(_page(_chunked(GRID)), url=URL)
    assert 0 < _found(result.text) < len(STORY)
