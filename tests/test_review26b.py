"""Edges of round one's readings (session 26) that fired where they should not, found by review26b on
invented sentences. Sentences written for these tests (not from an eval set); the real pipeline runs
on each."""

from __future__ import annotations

from tests.probe import events_of, shown


def test_talks_that_did_not_end_without_a_deal(pipeline):
    # "did not end without a deal": a deal was made, no agreement denied (meetings.accord_missed)
    evs = events_of(pipeline, "The talks between Egypt and Ethiopia did not end without an agreement.")
    assert not any(e.type == "AGREE" and e.status == "negated" for e in evs), shown(evs)
    assert any(e.type == "CONSULT" for e in evs), shown(evs)
    missed = events_of(pipeline, "The talks between Egypt and Ethiopia ended without an agreement.")
    assert any(e.type == "AGREE" and e.status == "negated" for e in missed), shown(missed)


def test_supply_ship_is_no_aid(pipeline):
    # "a supply ship" carries a force's stores: a deployment, not aid (cooperation.aid_sent); goods named
    # by "of" still make aid
    evs = events_of(pipeline, "Russia sent supply ships to Syria.")
    assert not any(e.type == "AID" for e in evs), shown(evs)
    goods = events_of(pipeline, "Turkey sent a convoy of medical supplies to Syria.")
    assert any(e.type == "AID" and e.target and e.target.code == "SYR" for e in goods), shown(goods)


def test_opposition_factions_in_a_country_are_not_its_state(pipeline):
    # "opposition factions in Syria" stand against its government: not Syria acting (args.HELD_IN)
    evs = events_of(pipeline, "Opposition factions in Syria rejected Russia's proposal on Thursday.")
    assert not any(e.source and e.source.code == "SYR" and e.source.kind == "state" for e in evs), shown(evs)
    sides = events_of(pipeline, "Britain called on all sides in Yemen to respect the truce.")
    assert any(e.type == "REQUEST" and e.target and e.target.code == "YEM" for e in sides), shown(sides)


def test_readiness_to_compete_is_no_offer(pipeline):
    # a readiness to do something along with another side that is no work with it ("compete with",
    # "live with") offers nothing (extract._cooperative_act: JOINT_VERBS); "work with" still does
    for text in ("Beijing said it was ready to compete with India in Africa.",
                 "Officials said Paris was prepared to live with a nuclear Iran."):
        evs = events_of(pipeline, text)
        assert not any(e.type == "AGREE" for e in evs), shown(evs)
    evs = events_of(pipeline, "Moscow said it was willing to work with Paris on the crisis.")
    assert any(e.type == "AGREE" and e.target and e.target.code == "FRA" for e in evs), shown(evs)
