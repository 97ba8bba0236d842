"""Acts of force on unseen news (twentieth pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2016-01-16")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text", [
    "Hopeful this long ordeal for our four Americans held hostage in Iran finally appears to be over, Cruz said.",
    "Concern grew for the British aid workers held hostage in Syria.",
])
def test_people_held_hostage_are_not_the_holders(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.source and e.source.code in ("USA", "GBR")], shown(evs)


def test_hostages_held_are_the_holders_object(pipeline):
    evs = events_of(pipeline, "Iran held hostages at the U.S. Embassy in Tehran for 444 days.")
    assert ("IRN", "USA") in pairs(evs, "ASSAULT"), shown(evs)


def test_a_city_naming_an_attack_is_where_it_struck(pipeline):
    evs = events_of(pipeline, "ISIS claimed responsibility for the Paris attacks.", "2015-11-18")
    assert ("ISIS", "FRA") in pairs(evs, "ASSAULT"), shown(evs)


def test_tests_a_request_asks_to_halt_are_no_act_of_the_asker(pipeline):
    evs = events_of(pipeline, "China has urged North Korea to halt future ballistic missile and nuclear tests.")
    assert not [e for e in evs if e.type == "MOBILIZE"], shown(evs)


def test_an_act_named_by_a_participle_clause_is_no_act_of_the_sentence_subject(pipeline):
    evs = events_of(pipeline, "North Korea launched a long-range rocket on Sunday, but its neighbours and the "
                              "United States denounced the launch as a missile test, conducted in defiance of U.N. "
                              "sanctions and just weeks after a nuclear bomb test.", "2016-02-07")
    assert not [e for e in evs if e.type == "MOBILIZE" and e.source and e.source.code == "USA"], shown(evs)


@pytest.mark.parametrize(("text", "label"), [
    ("The United States denounced the launch as a missile test.", "test"),
    ("Seoul condemned the shelling as an act of aggression.", "act"),
])
def test_an_as_phrase_labels_the_object(nlp, text, label):
    from communique.events.force import labels_an_object
    assert [t.text for t in nlp(text) if labels_an_object(t)] == [label]

@pytest.mark.parametrize("text", [
    "With limited exceptions, the re-imposed U.S. sanctions will hit Iran as well as countries that buy its oil.",
    "The next round of US sanctions will target Russia's defense industry, a senior US official said Sunday.",
    "Trump said he was targeting North Korea with what he called the heaviest sanctions ever imposed.",
])
def test_sanctions_that_hit_or_target_are_no_assault(pipeline, text):
    evs = events_of(pipeline, text, "2018-11-03")
    assert [e for e in evs if e.type == "SANCTION"] and not [e for e in evs if e.type == "ASSAULT"], shown(evs)


def test_bases_are_armed_posts_whatever_the_lemma(nlp):
    from communique.events.force import is_fighters
    doc = nlp("Israel struck bases in Syria.")
    assert doc[2].lower_ == "bases" and is_fighters(doc[2])


def test_people_counted_by_a_quantity_are_whom_a_participle_is_done_to(pipeline):
    evs = events_of(pipeline, "Hundreds of Syrians killed by Russian airstrikes were buried.", "2016-03-10")
    assert ("RUS", "SYR") in pairs(evs, "ASSAULT") and ("SYR", None) not in pairs(evs, "ASSAULT"), shown(evs)


def test_arms_moved_over_a_border_and_into_a_state_are_mobilized_against_it(pipeline):
    evs = events_of(pipeline, "Russia moves more heavy weaponry over its border and into Ukraine.", "2014-07-20")
    assert ("RUS", "UKR") in pairs(evs, "MOBILIZE"), shown(evs)
