"""Acts of force on unseen news (twenty-second pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2016-01-16")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text", [
    "Al-Shabaab militants attacked the U.S. embassy on Tuesday.",
    "The blast came on the anniversary of the attack on the U.S. consulate.",
    "New rules were introduced after the bombings against American embassies.",
])
def test_an_attack_on_a_mission_abroad_is_not_placed_in_its_state(pipeline, text):
    """ "attacked the U.S. embassy": the United States is hit, but the embassy stands in another state,
    so with no place named the attack has none (not the USA)."""
    evs = [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]
    assert evs and all(e.target and e.target.code == "USA" for e in evs), shown(evs)
    assert all(e.location is None for e in evs), shown(evs)


def test_an_attack_on_a_state_is_still_placed_there(pipeline):
    evs = [e for e in events_of(pipeline, "Hamas fighters attacked Israel on Tuesday.") if e.type == "ASSAULT"]
    assert evs and evs[0].location is not None and evs[0].location.country == "ISR", shown(evs)


@pytest.mark.parametrize("text", [
    "Obama has authorized potential airstrikes in Syria against the Islamic State.",
    "Obama authorized possible strikes against ISIS.",
])
def test_a_strike_permitted_as_possible_is_planned(pipeline, text):
    """ "authorized potential airstrikes": permitted, not carried out yet."""
    evs = [e for e in events_of(pipeline, text, "2014-09-11") if e.type == "ASSAULT"]
    assert evs and all(e.status == "planned" for e in evs), shown(evs)


def test_a_strike_authorized_plainly_keeps_its_status(pipeline):
    evs = [e for e in events_of(pipeline, "Obama authorized airstrikes against ISIS in Iraq.", "2014-08-08")
           if e.type == "ASSAULT"]
    assert evs and evs[0].status == "occurred", shown(evs)


@pytest.mark.parametrize("text", [
    "Congress approved Obama's plan to arm and equip Syrian rebels.",
    "The United States has plans to train and equip Iraqi forces.",
])
def test_the_second_verb_of_a_plan_is_planned_too(pipeline, text):
    """ "a plan to arm and [equip] the rebels": the bare conjunct shares the first verb's plan."""
    evs = [e for e in events_of(pipeline, text, "2014-09-11") if e.type == "AID"]
    assert evs and all(e.status == "planned" for e in evs), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Obama and Kerry say they welcome Russian efforts to defeat ISIS.", ("RUS", "ISIS")),
    ("Biden pledged support for Iraqi efforts to liberate territory from ISIS.", ("IRQ", "ISIS")),
])
def test_a_nationality_adjective_names_who_makes_the_effort(pipeline, text, pair):
    """ "Russian efforts to defeat ISIS": Russia defeats ISIS, not the clause's subject who welcomes it."""
    evs = events_of(pipeline, text, "2015-10-11")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


def test_a_hyphened_adjective_names_no_maker_of_the_effort(pipeline):
    evs = events_of(pipeline, "Obama praised U.S.-led efforts to defeat ISIS in Syria.", "2015-10-11")
    assert ("USA", "ISIS") in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text", [
    "Houthi rebels claimed the attack on the Saudi oil plants.",
    "The strike on Saudi Arabia was claimed by Houthi rebels.",
])
def test_who_claims_an_attack_did_it(pipeline, text):
    """ "X claimed the attack", "the strike was claimed by X": as "claimed responsibility for the attack"."""
    evs = events_of(pipeline, text, "2019-09-16")
    assert ("HOUTHI", "SAU") in pairs(evs, "ASSAULT"), shown(evs)


def test_an_attack_claimed_by_no_one_has_no_doer(pipeline):
    evs = events_of(pipeline, "Iran did not claim the attack on Saudi Arabia.", "2019-09-16")
    assert ("IRN", "SAU") not in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("An assault led by the Taliban on a Pakistani army school left 141 people dead.", ("TALIBAN", "PAK")),
    ("A bomb attack claimed by al-Shabaab killed 20 Kenyan soldiers.", ("ALSHABAAB", "KEN")),
])
def test_the_agent_of_a_participle_of_doing_did_the_attack(pipeline, text, pair):
    """ "an assault [led] by the Taliban", "an attack [claimed] by al-Shabaab": the agent is the doer, as
    with "carried out by"."""
    evs = events_of(pipeline, text, "2014-12-16")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


def test_the_harm_of_an_attack_with_its_target_is_no_second_attack(pipeline):
    """ "the strikes on Islamic State have targeted oil infrastructure in western Iraq": one attack, on
    the Islamic State; the verb adds no attack on Iraq."""
    text = ("The Pentagon's military strikes on Islamic State have targeted the organization's oil infrastructure, "
            "including refineries, in western Iraq.")
    evs = events_of(pipeline, text, "2014-11-15")
    assert ("USA", "ISIS") in pairs(evs, "ASSAULT") and ("USA", "IRQ") not in pairs(evs, "ASSAULT"), shown(evs)


def test_the_harm_of_an_attack_naming_no_target_is_still_read(pipeline):
    evs = events_of(pipeline, "Saudi-led airstrikes have killed Yemeni civilians.", "2019-11-15")
    assert ("SAU", "YEM") in pairs(evs, "ASSAULT"), shown(evs)
