"""Attacks found by grouping the train split's ASSAULT misses and checking the constructions on
news-pool articles (session 24). Sentences written for these tests (not from an eval set); the real
pipeline runs on each. Each test pairs the reading with a sentence it must leave alone."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair,other", [
    # "claim" with the attack as its object owns the attack as "claimed responsibility for" does: the
    # claimant is the doer, the state of the city that names or hosts the attack its target; a claim
    # about an attack, or one denied, owns nothing
    ("Al-Shabaab claimed the Nairobi attacks.", ("ALSHABAAB", "KEN"),
     "Officials claimed the Nairobi attacks were spontaneous."),
    ("The Taliban claimed the bombing in Kabul on Tuesday.", ("TALIBAN", "AFG"),
     "Al-Shabaab did not claim the Nairobi attacks."),
])
def test_claimed_attack_is_the_claimants(pipeline, text, pair, other):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
    evs = events_of(pipeline, other)
    assert not [e for e in evs if e.type == "ASSAULT" and e.source is not None], shown(evs)


@pytest.mark.parametrize("text,pair,other", [
    # ground taken by "take over" or through "gain control of" is taken by force, as "captured" is;
    # an office or a firm taken over is not
    ("ISIS fighters took over the Syrian town of Palmyra on Sunday.", ("ISIS", "SYR"),
     "Johnson took over the British premiership from May."),
    ("Al-Shabaab took over the Kenyan border town of Mandera.", ("ALSHABAAB", "KEN"),
     "The Chinese firm gained control of the Greek company."),
    ("The Taliban gained control of the Afghan city of Ghazni.", ("TALIBAN", "AFG"),
     "The Chinese firm took over the Greek port operator."),
])
def test_ground_taken_over_is_an_assault(pipeline, text, pair, other):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
    evs = events_of(pipeline, other)
    assert not pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # an armed act called off is the act, said not to happen; no refusal of anyone's request
    ("Turkey called off its planned offensive in northern Syria.", ("TUR", "SYR")),
    ("Israel called off a planned strike on Hezbollah positions on Sunday.", ("ISR", "HEZBOLLAH")),
])
def test_attack_called_off_is_a_negated_attack(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert [e.status for e in evs if (e.source and e.source.code, e.target and e.target.code) == pair
            and e.type == "ASSAULT"] == ["negated"] and not pairs(evs, "REJECT"), shown(evs)
    evs = events_of(pipeline, "Macron called off his visit to Algeria.")  # a visit called off: still a refusal
    assert ("FRA", "DZA") in pairs(evs, "REJECT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a campaign named as one of arms by its modifier is an attack where the learned reader sees none
    ("Israel's military campaign in Lebanon continued on Monday.", ("ISR", "LBN")),
    ("Turkey has weathered a bombing campaign by ISIS.", ("ISIS", "TUR")),
])
def test_armed_campaign_noun_is_an_attack(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)
    evs = events_of(pipeline, "Trump's campaign in Mexico continued on Monday.")  # an election campaign
    assert not pairs(evs, "ASSAULT"), shown(evs)
