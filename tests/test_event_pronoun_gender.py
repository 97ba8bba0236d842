"""Whom "he" and "she" stand for when their sentence names no one: not a person the article says is
of the other gender (a title or honorific before the name, "Ms. Haley", "Mr. Putin", or the pronouns
of a sentence whose subject the person is, "Haley said she ..."), and "she" first the latest person
it says is a woman; and not a person named in a quotation the pronoun stands outside of ("'I respect
Obama,' he said"). Found wrong on news-pool articles ("she" read as the latest man named, "he" after a
quote as a person the quote names); sentences written for these tests, the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text,trigger,codes", [
    ("U.S. Ambassador Nikki Haley said she would meet Venezuelan President Nicolas Maduro in Caracas. "
     "She later accused Cuba of meddling.", "accused", {"USA", "CUB"}),
    ("Nikki Haley told reporters that she would meet Venezuelan President Nicolas Maduro. Maduro said he "
     "would come. She later accused Cuba of meddling.", "accused", {"USA", "CUB"}),
    ("German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi. Mr. Putin said he would "
     "visit. Ms. Merkel later accused Ukraine of delays, and she criticized Poland.", "criticized", {"DEU", "POL"}),
])
def test_she_is_not_the_latest_man_named(pipeline, text, trigger, codes):
    evs = events_of(pipeline, text)
    assert any(trig == trigger and actors == codes for _, actors, trig in evs), evs


def test_he_is_still_the_latest_man_named(pipeline):
    # the article must say Merkel is a woman: a subject pronoun prefers the sentence before's subject
    # (args._previous_subject), and the base records no gender
    evs = events_of(pipeline, "German Chancellor Angela Merkel, who met Russian President Vladimir Putin in Sochi, "
                              "said she was hopeful. Ms. Merkel met Mr. Putin again on Monday. "
                              "He later accused Ukraine of delays.")
    assert any(trig == "accused" and actors == {"RUS", "UKR"} for _, actors, trig in evs), evs


def _genders(words: list[str], deps: list[str], heads: list[int], ents: list[str]) -> dict[str, str]:
    """``person_genders`` of a hand-built parse whose PERSON entities are the persons."""
    import spacy
    from spacy.tokens import Doc

    from communique.events.gender import person_genders

    doc = Doc(spacy.blank("en").vocab, words=words, deps=deps, heads=heads, ents=ents)
    return person_genders(doc, [(e, None) for e in doc.ents])


def test_genders_come_from_titles_and_the_subjects_pronouns():
    words = ["Ms.", "Rivera", "met", "Mr.", "Okafor", ".", "Dunne", "said", "she", "was", "tired", "."]
    deps = ["dep", "nsubj", "ROOT", "dep", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    heads = [1, 2, 2, 4, 2, 2, 7, 7, 9, 7, 9, 7]
    ents = ["O", "B-PERSON", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"]
    assert _genders(words, deps, heads, ents) == {"rivera": "f", "okafor": "m", "dunne": "f"}


def test_he_after_a_quotation_is_not_a_person_the_quotation_names(pipeline):
    evs = events_of(pipeline, "Israeli Prime Minister Benjamin Netanyahu spoke in Washington on Monday. "
                              "\"I respect U.S. President Barack Obama,\" he said, but warned Iran against cheating.")
    assert any(trig == "warned" and actors == {"ISR", "IRN"} for _, actors, trig in evs), evs


def test_he_inside_a_quotation_may_still_be_a_person_it_names(pipeline):
    evs = events_of(pipeline, "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. \"After meeting U.S. "
                              "President Barack Obama, he warned Iran against cheating,\" an aide said.")
    assert any(trig == "warned" and actors == {"USA", "IRN"} for _, actors, trig in evs), evs


def test_a_title_ending_the_sentence_before_says_nothing_of_the_next_name():
    # "Dunne met the king. Rivera left." ("king" is not Rivera's title) / "Mr . Okafor" (a split "Mr.": his)
    words = ["Dunne", "met", "the", "king", ".", "Rivera", "left", "Mr", ".", "Okafor", "came", "."]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "dep", "punct", "nsubj", "ROOT", "punct"]
    heads = [1, 1, 3, 1, 1, 6, 6, 9, 7, 10, 10, 10]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O"]
    assert _genders(words, deps, heads, ents) == {"okafor": "m"}


def test_possessive_apostrophes_open_no_quotation(pipeline):
    # two plural possessives ("ministers'", "envoys'") are no quotation around Obama
    evs = events_of(pipeline, "After the ministers' talks in Paris with U.S. President Barack Obama and the envoys' "
                              "visit, he condemned Russia over the attack.")
    assert any(trig == "condemned" and actors == {"USA", "RUS"} for _, actors, trig in evs), evs
