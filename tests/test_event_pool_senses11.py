"""Wrong readings found on random news-pool articles (session 9, prec11), each fixed by a general rule:
an issued alert is a message, not forces on alert; the act a speaker warns against has not happened;
firing part of a group of officials is a dismissal. Sentences written for these tests; the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc
from pool_events import events_of


def _statuses(pipeline, text: str) -> dict[str, str]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return {e.trigger: e.status for e in result.events}


@pytest.mark.parametrize("text", [
    "The State Department issued a new alert on Thursday warning against nonessential travel to Iraq.",
    "The FBI issued a flash alert about suspicious traffic from Russian servers.",
])
def test_an_issued_alert_is_no_alert_of_forces(pipeline, text):
    assert not any(typ == "MOBILIZE" for typ, _, _ in events_of(pipeline, text))


def test_an_issued_warning_to_a_state_is_still_a_threat(pipeline):
    evs = events_of(pipeline, "North Korea issued a stern warning to Japan on Friday.")
    assert any(typ == "THREATEN" and actors == {"PRK", "JPN"} for typ, actors, _ in evs), evs


@pytest.mark.parametrize("text,trigger", [
    ("The German chancellor warned against a military strike against Iran.", "strike"),
    ("France cautioned Washington against new sanctions on Russia.", "sanctions"),
])
def test_an_act_warned_against_has_not_happened(pipeline, text, trigger):
    statuses = _statuses(pipeline, text)
    assert statuses.get(trigger) == "hypothetical", statuses


def test_an_act_against_a_party_is_not_warned_against(pipeline):
    statuses = _statuses(pipeline, "Israel launched airstrikes against Hamas on Monday.")
    assert statuses.get("launched") == "occurred", statuses


@pytest.mark.parametrize("text", [
    "The State Department lacks senior diplomats, and, two months after firing nearly half of the U.S. "
    "ambassadors, the president has not named any successors.",
])
def test_firing_part_of_a_staff_is_no_gunfire(pipeline, text):
    assert not any(typ in ("MOBILIZE", "ASSAULT") for typ, _, _ in events_of(pipeline, text))


def test_firing_dozens_of_rockets_is_still_a_launch(pipeline):
    evs = events_of(pipeline, "Hamas fired dozens of rockets at Israel on Monday.")
    assert any(typ == "ASSAULT" and actors == {"HAMAS", "ISR"} for typ, actors, _ in evs), evs


@pytest.mark.parametrize("text,giver,taker", [
    ("Venezuela won strong support from Moscow for its oil plan on Tuesday.", "RUS", "VEN"),
    ("Japanese officials received firm assurances from South Korea on Monday.", "KOR", "JPN"),
    ("Ankara hopes to get a clear commitment from Washington on the air base.", "USA", "TUR"),
])
def test_what_is_obtained_from_a_side_is_that_sides_act(pipeline, text, giver, taker):
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    sides = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in result.events]
    assert (giver, taker) in sides and (taker, giver) not in sides, sides


def test_a_side_seeking_support_still_asks_for_it(pipeline):
    result = pipeline.process(RawDoc(id="t", origin="test", published="2021-03-02",
                                     text="Ukraine sought military support from the United States on Friday."))
    sides = [(e.source.code if e.source else None, e.target.code if e.target else None) for e in result.events]
    assert ("UKR", "USA") in sides, sides


@pytest.mark.parametrize("text,trigger,status", [
    # (its doer's own "did not rule out a military strike on Syria" is a threat: test_event_accuse20)
    ("A Turkish military strike on Syria was not ruled out, the president said.", "strike", "hypothetical"),
    ("An Israeli strike on Iran cannot be ruled out, the minister said.", "strike", "hypothetical"),
    ("The Turkish president ruled out a military strike on Syria.", "strike", "negated"),
])
def test_an_act_not_ruled_out_is_possible(pipeline, text, trigger, status):
    statuses = _statuses(pipeline, text)
    assert statuses.get(trigger) == status, statuses


@pytest.mark.parametrize("text", [
    "Russia has had no choice but to meet American aggression with defensive actions.",
    "Russia will meet American aggression with force.",
])
def test_meeting_an_aggression_is_no_meeting(pipeline, text):
    assert not any(typ == "CONSULT" for typ, _, _ in events_of(pipeline, text))


@pytest.mark.parametrize("text", [
    "Most voters say the U.S. government could have prevented the attack in Baghdad.",
    "The Kurdish militia invited Russian troops into the town to forestall a potential Turkish assault.",
])
def test_preventing_an_attack_is_no_attack_by_who_prevents_it(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(typ == "ASSAULT" and trig.startswith(("prevent", "forestall")) for typ, _, trig in evs), evs


def test_an_attack_deterred_is_no_attack(pipeline):
    evs = events_of(pipeline, 'North Korean state media called the rockets a "deterrent," in hopes that their '
                              "ability to reach American bases in the region, as well as Japan, would deter an "
                              "attack on North Korea.")
    assert not any(trig in ("attack", "deter") for _, _, trig in evs), evs


def test_a_warning_against_ones_own_conduct_answers_no_earlier_event(pipeline):
    evs = events_of(pipeline, "President Biden met Chancellor Scholz in Washington on Monday. Britain's foreign "
                              "secretary has warned against leaving without a deal.")
    assert not any(trig == "warned" for _, _, trig in evs), evs


@pytest.mark.parametrize("text,trigger,status", [
    ("Analysts said Washington could do more to pressure Beijing over North Korea.", "pressure", "hypothetical"),
    ("The White House could work with Congress to impose new sanctions on Iran.", "impose", "hypothetical"),
    ("The United States imposed sanctions on Iran on Monday to pressure Tehran.", "imposed", "occurred"),
])
def test_an_aim_is_as_possible_as_the_act_it_is_the_aim_of(pipeline, text, trigger, status):
    statuses = _statuses(pipeline, text)
    assert statuses.get(trigger) == status, statuses


def test_persuading_a_side_to_act_is_a_request(pipeline):
    evs = events_of(pipeline, "Ankara has been trying to persuade Washington to sell it more fighter jets.")
    assert any(typ == "REQUEST" and actors == {"TUR", "USA"} for typ, actors, _ in evs), evs
    assert not any(typ == "SUPPORT" for typ, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "American intelligence officials warned lawmakers that Russia is again planning to interfere in the vote.",
    "In a speech in Berlin, the German foreign minister warned that Europe could no longer rely on Washington.",
])
def test_a_warning_that_foretells_anothers_act_is_no_threat(pipeline, text):
    assert not any(typ == "THREATEN" for typ, _, _ in events_of(pipeline, text))


def test_a_warning_addressed_to_a_party_stays_a_threat(pipeline):
    evs = events_of(pipeline, "Trump warned North Korea that the United States would respond with force.")
    assert any(typ == "THREATEN" and actors == {"USA", "PRK"} for typ, actors, _ in evs), evs


def test_ending_a_tariff_is_a_retreat_not_a_sanction(pipeline):
    evs = events_of(pipeline, "Last week Canada ended a tariff on American steel.")
    assert any(typ == "RETREAT" and actors == {"CAN", "USA"} for typ, actors, _ in evs), evs
    assert not any(typ == "SANCTION" for typ, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Hezbollah applauded the attack on the Israeli convoy.",
    "Iran praised the Houthi attack on Saudi oil facilities.",
])
def test_praising_an_attack_is_no_attack(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(typ == "ASSAULT" and trig in ("applauded", "praised") for typ, _, trig in evs), evs


@pytest.mark.parametrize("text", [
    "He said the United States was competing against China and Russia for the arms deal.",
    "The Islamic State is competing with al Qaeda for dominance among jihadists.",
])
def test_rivals_competing_is_no_event(pipeline, text):
    assert not any(trig.startswith("compet") for _, _, trig in events_of(pipeline, text))


def test_contrasting_two_groups_is_no_accusation(pipeline):
    evs = events_of(pipeline, "Obama contrasted Iran with North Korea.")
    assert not any(trig == "contrasted" for _, _, trig in evs), evs

