"""Readings that a seventh-pass news-pool sample showed to be wrong (sample: 40 articles drawn with
``random.Random(70702)`` from the pool, 20 more after them), on sentences written for these tests (the
real pipeline runs on each): cooperative acts given the story's adversary for partner, threats that
are dangers judged, verbs of effect, backing away, doubting a commitment, and easing a measure (by a
verb, or named as what a noun eases: "the lifting of sanctions")."""

from __future__ import annotations

import pytest

from pool_events import events_of




@pytest.mark.parametrize("second", [
    "The Chilean senate approved a resolution on pensions.",
    "The Chilean senate has since backed the pension reform.",
    "The Chilean minister thanked the volunteers.",
])
def test_a_cooperative_act_naming_no_partner_is_not_aimed_at_the_story_adversary(pipeline, second):
    evs = events_of(pipeline, "Chile imposed sanctions on Peru on Monday. " + second)
    assert evs == [("SANCTION", frozenset({"CHL", "PER"}), "imposed")], evs


def test_a_hostile_reply_naming_no_target_still_answers_the_story_adversary(pipeline):
    evs = events_of(pipeline, "Chile imposed sanctions on Peru on Monday. Lima vowed it would retaliate.")
    assert ("THREATEN", frozenset({"PER", "CHL"}), "vowed") in evs


@pytest.mark.parametrize("text", [
    "The defence minister said Venezuela poses a grave threat to Colombia.",
    "Brazil sees no threat from Argentina's growing navy, its foreign minister said.",
    "Peru will counter the threat from Bolivia, its defence minister said.",
])
def test_a_threat_posed_seen_or_countered_is_no_threatening(pipeline, text):
    assert not any(t == "THREATEN" for t, _, _ in events_of(pipeline, text))


@pytest.mark.parametrize("text,trigger", [
    ("Bolivia threatened Peru with sanctions on Monday.", "threatened"),
    ("Bolivia issued a threat against Peru on Monday.", "issued"),
])
def test_making_a_threat_is_still_threatening(pipeline, text, trigger):
    assert ("THREATEN", frozenset({"BOL", "PER"}), trigger) in events_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "Peruvian officials said the Bolivian tariffs would affect Peru's farmers.",
    "Chile's new duties impacted Argentina's exporters last year.",
])
def test_an_effect_on_a_thing_is_no_act(pipeline, text):
    assert not any(trig in ("affect", "impacted") for _, _, trig in events_of(pipeline, text))


def test_backing_away_is_no_backing(pipeline):
    evs = events_of(pipeline, "Ecuador criticized Colombia on Friday. Quito later backed away from the statement.")
    assert not any(t == "SUPPORT" for t, _, _ in evs), evs
    assert ("ACCUSE", frozenset({"ECU", "COL"}), "criticized") in evs


def test_backing_a_bid_is_still_support(pipeline):
    assert ("SUPPORT", frozenset({"ECU", "COL"}), "backed") in events_of(pipeline, "Ecuador backed Colombia's bid on Friday.")


def test_doubting_a_commitment_is_no_agreement(pipeline):
    assert events_of(pipeline, "Argentine senators questioned Uruguay's commitment to the trade pact.") == []


@pytest.mark.parametrize("text,actors,trigger", [
    ("Brazil lowered tariffs on Argentine cars on Monday.", {"BRA", "ARG"}, "lowered"),
    ("Chile removed its retaliatory duty on Peruvian wine last week.", {"CHL", "PER"}, "removed"),
    ("Uruguay will waive sanctions on Paraguay, its president said.", {"URY", "PRY"}, "waive"),
])
def test_easing_a_measure_is_a_retreat_not_a_new_sanction(pipeline, text, actors, trigger):
    evs = events_of(pipeline, text)
    assert ("RETREAT", frozenset(actors), trigger) in evs, evs
    assert not any(t in ("SANCTION", "COERCE") for t, _, _ in evs), evs


def test_imposing_tariffs_is_still_a_sanction(pipeline):
    evs = events_of(pipeline, "Colombia imposed tariffs on Ecuadorian steel.")
    assert ("SANCTION", frozenset({"COL", "ECU"}), "imposed") in evs


def test_a_measure_named_as_what_is_eased_is_no_new_measure(pipeline):
    evs = events_of(pipeline, "Chile accused Peru of overfishing on Monday. Peru reached its fishing deal with world "
                              "powers in 2015, agreeing to limit its catch in exchange for the lifting of economic "
                              "sanctions.")
    assert not any(t == "SANCTION" for t, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Peru's president said he had not decided whether he would impose sanctions on Chile.",
    "Chile imposed sanctions on Peru on Monday. It is unclear whether Lima would retaliate against Chile.",
])
def test_an_act_in_a_whether_clause_is_a_question_left_open(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t in ("SANCTION", "THREATEN") and actors == {"PER", "CHL"} and trig != "imposed"
                   for t, actors, trig in evs), evs



def test_an_act_in_an_embedded_question_with_a_modal_is_no_event(pipeline):
    from communique.types import RawDoc
    text = ("Officials in Oslo were unclear how Sweden might retaliate against Norway. "
            "The missile, which North Korea fired on Tuesday, landed in the sea. "
            "Witnesses described how Russian troops stormed Ukrainian positions on Monday.")
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2024-03-06")).events
    found = {(e.type, e.source.code if e.source else None) for e in events}
    assert not any(src == "SWE" for _, src in found), found
    assert ("MOBILIZE", "PRK") in found and ("ASSAULT", "RUS") in found
