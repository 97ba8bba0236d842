"""Events missed because their second party sits in a clause the reading did not look into: the
condition a warned response answers ("warned it would retaliate if Finland joined NATO"), the
accusation a denial answers when the same sentence reports it ("denied it, though Seoul blamed it"),
the other side of what is agreed ("agreed to normalise relations with Israel", "agreed to impose
sanctions on Russia"); a force that arrives somewhere is deployed there, not visiting.
Sentences written for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    ("Moscow warned that it would be forced to take retaliatory steps if Sweden joined NATO.", ("RUS", "SWE")),
    ("Beijing warned it would respond firmly if Washington sold more arms to Taiwan.", ("CHN", "USA")),
    ("Japan warned that it would take action if North Korea fired another missile.", ("JPN", "PRK")),
])
def test_a_warned_response_is_a_threat_to_whoever_meets_its_condition(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "THREATEN"), [(e.type, e.trigger, e.source, e.target) for e in evs]


@pytest.mark.parametrize("text", [
    "The IMF warned that growth would slow if the United States raised tariffs on China.",  # no one's response
    "The adviser warned that it would be a grave mistake if Russia sent troops.",  # "it" stands for no one
])
def test_a_warned_outcome_that_is_no_ones_response_threatens_no_one(pipeline, text):
    assert not pairs(events_of(pipeline, text), "THREATEN")


@pytest.mark.parametrize("text,pair", [
    ("Last week Seoul blamed North Korea for the cyberattack, though Pyongyang has denied involvement.", ("PRK", "KOR")),
    ("Syria denied that it was behind the chemical attack, which France has blamed on Damascus.", ("SYR", "FRA")),
])
def test_a_denial_answers_the_accusation_its_sentence_reports(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "REJECT"), [(e.type, e.trigger, e.source, e.target) for e in evs]


def test_a_denier_who_accuses_in_turn_does_not_answer_its_own_accusation(pipeline):
    evs = events_of(pipeline, "Russia denied involvement and accused Ukraine of staging the attack.")
    assert ("RUS", "UKR") not in pairs(evs, "REJECT"), [(e.type, e.trigger, e.source, e.target) for e in evs]


@pytest.mark.parametrize("text,pair", [
    ("Bahrain agreed on Monday to normalise relations with Israel.", ("BHR", "ISR")),
    ("Canada agreed to send more troops to Latvia.", ("CAN", "LVA")),
    ("The European Union agreed to impose new sanctions on Belarus.", ("EU", "BLR")),
])
def test_an_agreement_names_its_other_side_in_what_is_agreed(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "AGREE"), [(e.type, e.trigger, e.source, e.target) for e in evs]


@pytest.mark.parametrize("text", [
    "Spain agreed to hold a debate on Venezuela next week.",  # a subject matter, no partner
    "Germany will offer aid if Poland agrees to host the refugees from Ukraine.",  # a condition's act
    "The president said he agreed to shelter the Venezuelan opposition leader.",  # "agree" is to decide
    "The businessman has agreed not to leave Ukraine while the case is heard.",
])
def test_what_is_agreed_about_is_no_partner(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [p for p in pairs(evs, "AGREE") if "VEN" in p or "UKR" in p], \
        [(e.type, e.trigger, e.source, e.target) for e in evs]


@pytest.mark.parametrize("text,pair", [
    ("About 400 Kenyan police officers arrived in Haiti on Tuesday.", ("KEN", "HTI")),
    ("A contingent of Russian troops arrived in Belarus on Monday.", ("RUS", "BLR")),
])
def test_a_force_that_arrives_is_deployed_not_visiting(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "MOBILIZE") and pair not in pairs(evs, "CONSULT"), \
        [(e.type, e.trigger, e.source, e.target) for e in evs]


def test_a_leader_who_arrives_still_visits(pipeline):
    evs = events_of(pipeline, "The Japanese prime minister arrived in India on Tuesday.")
    assert ("JPN", "IND") in pairs(evs, "CONSULT"), [(e.type, e.trigger, e.source, e.target) for e in evs]
