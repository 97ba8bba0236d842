"""One reader of a past form for the dates stage and the extractor's week-ahead check, and an attack
completed by a later claim told to the discourse. Sentences written for these tests (not from an eval
set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.dates import is_past_form
from communique.events.args import STORY_REACH, Discourse
from communique.types import Event, Evidence
from tests.probe import dated, pairs, shown

events_of = dated("2021-03-04")


@pytest.mark.parametrize("text,word,past,simple", [
    ("The minister has visited the border twice.", "visited", True, False),  # present perfect
    ("The minister had visited the border twice.", "visited", True, True),  # pluperfect
    ("The minister visited the border on Monday.", "visited", True, True),
    ("The minister did not visit the border.", "visit", True, True),
    ("The minister will visit the border next week.", "visit", False, False),
])
def test_the_present_perfect_is_past_only_when_asked(nlp, text, word, past, simple):  # type: ignore[no-untyped-def]
    verb = next(t for t in nlp(text) if t.text == word)
    assert (is_past_form(verb), is_past_form(verb, perfect=False)) == (past, simple)


def test_a_claimed_attack_is_the_attack_a_later_condemnation_aims_at(pipeline):  # type: ignore[no-untyped-def]
    # the claim completes the report of the embassy attack: "condemned the assault" is of its doer, not
    # of the airstrike told before it
    evs = events_of(pipeline, "Israeli jets struck Hamas positions in Gaza on Saturday. "
                              "The assault on the Indian embassy in Kabul on Sunday killed three guards. "
                              "The Taliban claimed responsibility for the attack. Pakistan condemned the assault.")
    assert ("PAK", "TALIBAN") in pairs(evs, "ACCUSE") and ("PAK", "ISR") not in pairs(evs, "ACCUSE"), shown(evs)


def test_the_story_reach_counts_the_documents_sentences():
    # the extractor numbers each sentence it reads by its place in the document, skipped lines between
    # included ("Why now? Nobody knows."): the story's event is that many sentences back, as a reader counts
    ctx = Discourse()
    ctx.note_event(Event(doc_id="d", type="SANCTION", evidence=Evidence("x", 0, 1)))
    ctx.note_mentions([])
    ctx.sentence = STORY_REACH + 1
    assert ctx.story_event is None
