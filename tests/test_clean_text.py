"""clean_text on the seed articles: furniture gone, every body paragraph kept, title and dateline found."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.clean import clean_text

SEEDS = Path("/work/shared/seeds")

# Per seed: the first and last body paragraph (inclusive, by their opening words) and the
# furniture lines that sit between them. Everything else between the two is body.
BODY = {
    "000": ("(CNN) — US President Joe Biden plans", "The two leaders are also likely to discuss when", []),
    "001": ("The U.S. government is making arrangements", "On the fringes of another NATO summit", []),
    "002": (
        "WASHINGTON – President Joe Biden met virtually",
        "“The President made clear",
        [
            "U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov move",
            "Russian Foreign Ministry | via Reuters",
            "North Korean leader Kim Jong Un speaks during an event",
            "KCNA | via Reuters",
        ],
    ),
    "003": (
        "U.S. President Joe Biden will hold a farewell meeting",
        "When congratulating Trump on his victory",
        ["Combined photo shows"],
    ),
    "004": (
        "US secretary of state Antony Blinken and defence secretary Lloyd Austin will visit",
        "“Diplomacy is back at the centre",
        ["US president Joe Biden speaks during a virtual meeting"],
    ),
}

FURNITURE = [
    "enablePagination", "maxItemsPerPage", "totalITemsFound", "SHARE", "Please enter your comment",
    "Please enter your name", "Source link", "Visited 1 times", "Latest World News", "Related coverage",
    "Leave a Reply", "Your email address will not be published", "Courtesy: The White House", "via Reuters",
    "Picture: PA", "(Alex Brandon/AP)", "Combined photo shows", "(FILE PHOTO)", "By Press Association",
    "This story was first published", "contributed to this report",
]

# The sidebar of November 2024 headlines under the March 2021 article (seed 004), and seed 003's related list.
SIDEBAR = [
    "Russia launches one of its 'largest air attacks'",
    "Xi tells Biden that China is ready to work with Trump",
    "School knife attack kills 8",
    "Jake Paul",
    "Karoline Leavitt",
    "Europe’s cheapest city",
    "1st summit talks between Japan’s Ishiba",
    "U.S., Chinese military officers discuss operational safety",
    "FOCUS: Trump win likely",
]


from communique.clean.unwrap import unwrap  # noqa: E402


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _expected_paragraphs(raw: str, first: str, last: str, furniture: list[str]) -> list[str]:
    lines = [unwrap(ln).strip() for ln in raw.splitlines() if ln.strip()]  # odd spaces made plain
    start = next(i for i, ln in enumerate(lines) if ln.startswith(first))
    end = next(i for i, ln in enumerate(lines) if ln.startswith(last))
    return [ln for ln in lines[start:end + 1] if not any(ln.startswith(f) for f in furniture)]


@pytest.mark.parametrize("prefix", sorted(BODY))
def test_seed_body_kept_exactly(prefix: str) -> None:
    raw = _seed(prefix)
    first, last, furniture = BODY[prefix]
    result = clean_text(raw, origin=prefix)
    assert result.text.split("\n\n") == _expected_paragraphs(raw, first, last, furniture)
    assert result.reason is None


@pytest.mark.parametrize("prefix", sorted(BODY))
def test_seed_furniture_gone(prefix: str) -> None:
    text = clean_text(_seed(prefix)).text
    for phrase in FURNITURE + SIDEBAR:
        assert phrase not in text, phrase


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_seed_title_taken_out_with_its_repetitions(prefix: str) -> None:
    raw = _seed(prefix)
    first_line = raw.strip().splitlines()[0].strip()
    result = clean_text(raw)
    assert result.title == first_line
    assert first_line not in result.text


def test_caption_opening_seed_is_not_a_title() -> None:
    result = clean_text(_seed("002"))
    assert result.title is None
    assert "President Joe Biden speaks with Japanese Prime Minister" not in result.text


def test_caption_repeating_a_body_sentence_removed_once() -> None:
    text = clean_text(_seed("000")).text
    assert text.count("plans to use his meeting with Prime Minister Yoshihide Suga") == 1
    assert text.startswith("(CNN) — US President Joe Biden")


def test_dateline_gives_published() -> None:
    result = clean_text(_seed("004"))
    assert result.published == "2021-03-14"
    assert "09:34" not in result.text


def test_no_date_when_none_printed() -> None:
    assert clean_text(_seed("001")).published is None


def test_removed_lists_the_furniture() -> None:
    removed = clean_text(_seed("003")).removed
    assert "Source link" in removed
    assert "Visited 1 times, 1 visit(s) today" in removed


def test_empty_and_furniture_only_text() -> None:
    assert clean_text("").text == ""
    assert clean_text("   \n").reason
    junk = clean_text("SHARE\n\n36\n\nPlease enter your comment!\n\nSource link")
    assert junk.text == ""
    assert junk.reason and "no article" in junk.reason


def test_plain_article_untouched() -> None:
    body = ("The foreign ministers of Japan and South Korea met in Seoul on Monday.\n\n"
            "They agreed to resume regular security talks, officials said.")
    result = clean_text(body)
    assert result.text == body
    assert result.title is None


@pytest.mark.parametrize("text", [
    "{Biden met Suga at the White House on Friday to discuss China.}",
    "{Note: the talks resumed in Geneva on Monday.}",
    "Biden meets Suga in Washington",  # one headline-like line is the whole input: keep it
])
def test_prose_is_not_widget_or_title(text: str) -> None:
    res = clean_text(text)
    assert res.text == text and res.reason is None


@pytest.mark.parametrize("line", ['{"autoplay": true, "id": 12}', "{videoId: 'abc', width: 640}",
                                  '{"@context": "https://schema.org", "@type": "NewsArticle"}', "{}"])
def test_widget_json_is_still_furniture(line: str) -> None:
    from communique.clean.phrases import furniture_class

    assert furniture_class(line) == "widget"


CARD_TEXT = ("Lawmakers return on Monday.\n\nSen. Jane Ortiz Jane Maria OrtizOvernight Defense: Navy picks new "
             "frigate | Senate panel advances budget | Army tests drone swarm Pentagon weighs base closures MORE "
             "(D-Ore.) said the treaty needs a vote.\n\nShe spoke after the hearing.")


def test_an_inline_hover_card_leaves_the_sentence() -> None:
    """A site's hover card (a legal name glued to a list of headlines, closed by MORE) sits inside
    the sentence it interrupts; its headlines would read as events."""
    res = clean_text(CARD_TEXT)
    assert "Sen. Jane Ortiz (D-Ore.) said the treaty needs a vote." in res.text
    assert "frigate" not in res.text and "MORE" not in res.text
    assert any("Overnight Defense" in r for r in res.removed)


@pytest.mark.parametrize("text", [
    "Kim Jong Un met Moon Jae-in on Friday. MORE talks followed in Seoul.",
    "The McDonald McDonaldTV show aired MORE today.",  # a glued name, but no headlines
])
def test_text_that_only_resembles_a_card_is_kept(text: str) -> None:
    assert clean_text(text).text == text


def test_video_player_captions_leave_the_text() -> None:
    """A video player's captions ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title>
    02:15"), as paragraphs of their own or inside one: the titles would read as events."""
    text = ("Ministers met in Brussels on Monday.\n\n"
            "JUST WATCHED Should Europe arm Kyiv? Replay More Videos ... MUST WATCH Should Europe arm Kyiv? 02:15\n\n"
            "The talks went on. JUST WATCHED Envoy: talks stall Replay More Videos ... MUST WATCH Envoy: talks stall "
            "1:02:07 They ended on Tuesday.")
    res = clean_text(text)
    assert res.text == "Ministers met in Brussels on Monday.\n\nThe talks went on. They ended on Tuesday."
    assert len([r for r in res.removed if r.startswith("JUST WATCHED")]) == 2


@pytest.mark.parametrize("line, kind", [
    ("Story Continued Below", "advert"),
    ("Slideshow (12 Images)", "advert"),
    ("Advertisement Continue reading the main story", "advert"),
    ("prev Image 2 of 5", "advert"),
    ("Enlarge this image toggle caption Jane Roe/AP", "advert"),
    ("( PHOTOS: Scenes from the border)", "credit"),
    ("The story continued below the fold as ministers met in Oslo.", None),
])
def test_furniture_lines_found_in_the_news_pool(line: str, kind: str | None) -> None:
    from communique.clean.phrases import furniture_class
    assert furniture_class(line) == kind
