"""ASSAULT sides (session 25b): a side that looks on at an attack, approves it or blesses it is not its doer,
and a noun of mood ending right before an infinitive of force tells of spirit, not a fight. Sentences
written for these tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # an onlooker is neither side: the attack's own modifiers tell its sides
    ("Canada saw Russian attacks on Georgia.", ("RUS", "GEO")),
    # the onlooker owns what was attacked: it is the target, the doer unnamed
    ("Italy has seen attacks on its consulates in Niger.", (None, "ITA")),
])
def test_onlooker_is_no_attacker(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [pair], shown(evs)


@pytest.mark.parametrize("text,pair", [
    # approving another side's strikes: the strikes are that side's, not the approver's
    ("Somalia's president approved American drone strikes on al-Shabab.", ("USA", "ALSHABAAB")),
])
def test_approver_is_no_attacker(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [pair], shown(evs)


@pytest.mark.parametrize("text", [
    "The Afghan president signs off on all U.S. drone strikes.",
    "Hezbollah blessed the bombing in Haifa.",
])
def test_approving_an_attack_is_no_attack(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ASSAULT" and e.trigger in ("signs", "blessed")], shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT" and e.source is not None
                and e.source.code in ("AFG", "HEZBOLLAH")], shown(evs)


def test_lost_will_to_fight_is_no_attack(pipeline):
    # the parser hangs the infinitive on the verb ("lost"), not on the noun of mood
    evs = events_of(pipeline, "Syria's generals have lost the will to fight Turkey.")
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)
    evs = events_of(pipeline, "Syria's generals have used the army to fight Turkey.")
    assert ("SYR", "TUR") in pairs(evs, "ASSAULT"), shown(evs)


def test_praised_attack_backs_no_victim(pipeline):
    # praise of an attack backs its doer, never the side it struck; kept: the doer its phrase names
    evs = events_of(pipeline, "Qatar praised the strike on Egypt.")
    assert not [p for p in pairs(evs, "SUPPORT") if p[1] == "EGY"], shown(evs)
    evs = events_of(pipeline, "Qatar praised the Hamas raid on Israel.")
    assert ("QAT", "HAMAS") in pairs(evs, "SUPPORT"), shown(evs)
