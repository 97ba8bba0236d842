"""Review of session 23's merged rules (review23). Sentences written for these tests (not from an eval
set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,stance,pair", [
    # the subject of a relative clause is the maker a stance answers only when its verb makes or takes the
    # thing: a side that suffered an attack, or rejected a deal, did not make it
    ("Spain condemned the bombing Turkey suffered on Friday.", "ACCUSE", ("ESP", "TUR")),
    ("Italy welcomed the plan Egypt rejected on Monday.", "SUPPORT", ("ITA", "EGY")),
    ("Sweden criticized the sanctions Belarus faces.", "ACCUSE", ("SWE", "BLR")),
])
def test_a_stance_on_a_thing_another_side_underwent_is_not_on_that_side(pipeline, text, stance, pair):
    evs = events_of(pipeline, text)
    assert pair not in pairs(evs, stance), shown(evs)


@pytest.mark.parametrize("text,stance,pair", [
    # a relative pronoun object ("that", "which") leaves the maker named as well as a gap does
    ("Norway welcomed the measures that Finland announced on Tuesday.", "SUPPORT", ("NOR", "FIN")),
    ("Chile praised the reforms which Peru adopted last year.", "SUPPORT", ("CHL", "PER")),
])
def test_a_stance_on_a_thing_made_answers_its_maker_after_a_relative_pronoun(pipeline, text, stance, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, stance), shown(evs)


@pytest.mark.parametrize("text,stance,pair", [
    # the maker comes first though the thing names another side too: the deal "with Y" is X's, the stance on X
    ("Norway welcomed the trade deal with Qatar that Denmark signed.", "SUPPORT", ("NOR", "DNK")),
    ("Estonia criticized the gas deal with Russia that Latvia signed.", "ACCUSE", ("EST", "LVA")),
])
def test_a_stance_on_a_thing_made_answers_its_maker_before_the_side_it_names(pipeline, text, stance, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, stance), shown(evs)


def test_talks_toward_a_protocol_name_their_parties_as_toward_a_deal(pipeline):
    """One set of accord nouns (``meetings.ACCORD_NOUNS``, which extract.py read as a second, longer set):
    talks on a protocol between two sides are theirs, as talks on a deal between them are."""
    evs = events_of(pipeline, "Talks on a protocol between Georgia and Armenia resumed in Vienna.")
    sides = {a.code for e in evs if e.type == "CONSULT" for a in e.actors()}
    assert {"GEO", "ARM"} <= sides, shown(evs)
