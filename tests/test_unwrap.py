"""Hard-wrapped text is unwrapped before cleaning; other text is left as it is."""

from __future__ import annotations

from communique.clean import clean_text
from communique.clean.unwrap import unwrap

WIRE = """FOR IMMEDIATE RELEASE

WASHINGTON, March 3, 2022 -- The United States and the European Union on
Thursday announced new sanctions on Russian banks and on members of the
Russian parliament, in response to the invasion of Ukraine that began on
February 24.

The measures, agreed with the United Kingdom and Canada, freeze the assets
of the targeted banks and bar them from the dollar and euro markets, the
Treasury said in a statement issued by its press office late on March
3 after talks with allies.
"""


def test_wrapped_paragraphs_become_lines():
    out = unwrap(WIRE)
    paragraphs = [p for p in out.split("\n\n") if p.strip()]
    assert paragraphs[0] == "FOR IMMEDIATE RELEASE"
    assert paragraphs[1].startswith("WASHINGTON, March 3, 2022 -- The United States and the European Union on Thursday")
    assert "\n" not in paragraphs[1].strip() and "\n" not in paragraphs[2].strip()
    assert "late on March 3 after talks" in paragraphs[2]  # a date split by the wrap is whole again


def test_unwrapped_text_is_left_alone():
    text = "Line one is a sentence.\nShort.\n\nAnother paragraph that is long enough to be a paragraph of its own."
    assert unwrap(text) == text


def test_odd_spaces_become_plain():
    assert unwrap("Prime\u00a0Minister Kishida met\u202fBiden.") == "Prime Minister Kishida met Biden."


def test_clean_text_keeps_the_wrapped_lead():
    res = clean_text(WIRE)
    assert "The United States and the European Union on Thursday announced new sanctions" in res.text
