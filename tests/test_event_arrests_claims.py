"""Who made an arrest the text gives no agent for, who did an act a side owns up to, what a weapon
aimed at a place that houses a party strikes, and where one who speaks for a body stands. Sentences written
for these tests (not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2020-01-07")).events


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


def shown(events) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("text,pair", [
    ("Two Canadians were detained in China last month.", ("CHN", "CAN")),
    ("An American journalist was arrested in Russia on espionage charges on Thursday.", ("RUS", "USA")),
    ("A British aid worker was arrested in Tehran.", ("IRN", "GBR")),
    ("A French tourist was arrested in Iran and charged with espionage.", ("IRN", "FRA")),
])
def test_an_arrest_with_no_agent_is_made_by_the_state_where_it_happens(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "COERCE"), shown(evs)


@pytest.mark.parametrize("text", [
    "Three Russian diplomats were arrested in Moscow.",  # a state's own nationals at home
    "Protesters were arrested in Moscow on Saturday.",
])
def test_an_arrest_at_home_of_the_states_own_people_is_no_act_between_states(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("COERCE", "PROTEST") and e.source is not None], shown(evs)
    abroad = events_of(pipeline, text.replace("Moscow", "Warsaw"))  # the same arrest abroad is one
    assert ("POL", "RUS") in pairs(abroad, "COERCE") or not text.startswith("Three"), shown(abroad)


def test_people_arrested_are_not_a_crowd_that_protests(pipeline):
    evs = events_of(pipeline, "A British aid worker was arrested in Tehran.")
    assert not pairs(evs, "PROTEST"), shown(evs)


def test_an_arrest_on_behalf_of_a_state_has_it_as_a_party(pipeline):
    evs = events_of(pipeline, "British police arrested him on behalf of the United States.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert arrest.source is not None and arrest.source.code == "GBR"
    assert "USA" in {a.code for a in arrest.participants}, shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Authorities in China detained two Canadians.", ("CHN", "CAN")),
    ("Officials in Washington condemned the attack by Russia.", ("USA", "RUS")),
])
def test_authorities_in_a_state_act_for_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in [p for t in ("COERCE", "ACCUSE") for p in pairs(evs, t)], shown(evs)


def test_officials_of_a_named_side_in_another_state_still_act_for_their_own(pipeline):
    evs = events_of(pipeline, "U.S. officials in Iraq condemned the attack by Iran.")
    assert pairs(evs, "ACCUSE") == [("USA", "IRN")], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("The Taliban claimed responsibility for the attack on the Afghan army base.", ("TALIBAN", "AFG")),
    ("Syria claimed responsibility for the rocket attack on an outpost in Jordan that shelters French soldiers.",
     ("SYR", "FRA")),
    ("Hezbollah took responsibility for the rocket attack on Israel.", ("HEZBOLLAH", "ISR")),
    ("The Taliban claimed credit for the attack on an Afghan army base in Helmand.", ("TALIBAN", "AFG")),
])
def test_who_claims_responsibility_for_an_attack_made_it(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


def test_who_did_not_claim_responsibility_is_not_the_attacker(pipeline):
    evs = events_of(pipeline, "Hamas did not claim responsibility for the attack on the synagogue in Israel.")
    assert not [e for e in evs if e.type == "ASSAULT" and e.source is not None and e.source.code == "HAMAS"], shown(evs)
    claimed = events_of(pipeline, "Hamas claimed responsibility for the attack on the synagogue in Israel.")
    assert ("HAMAS", "ISR") in pairs(claimed, "ASSAULT"), shown(claimed)


def test_missiles_fired_into_the_sea_are_no_attack(pipeline):
    evs = events_of(pipeline, "North Korea fired missiles into the sea off its east coast.")
    assert not pairs(evs, "ASSAULT") and pairs(evs, "MOBILIZE"), shown(evs)


def test_the_threat_of_an_attack_is_no_attack_that_happened(pipeline):
    evs = events_of(pipeline, "The threat of a North Korean nuclear attack on the United States is growing.")
    attacks = [e for e in evs if e.type == "ASSAULT"]
    assert attacks and all(e.status != "occurred" for e in attacks), [(e.type, e.status) for e in evs]


def test_a_launch_named_by_a_noun_and_aimed_at_a_party_attacks_it(pipeline):
    evs = events_of(pipeline, "Iran's launch of missiles at U.S. bases in Iraq was a response.")
    assert ("IRN", "USA") in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text", [
    "Two Jordanian airfields hosting French and Dutch personnel were shelled on Sunday.",
    "Germany hosts about 35,000 American troops.",
    "Turkey hosts 3.6 million Syrian refugees.",
])
def test_hosting_forces_or_people_is_no_visit(pipeline, text):
    assert not pairs(events_of(pipeline, text), "CONSULT")


def test_hosting_leaders_is_still_a_visit(pipeline):
    assert ("RUS", "CHN") in pairs(events_of(pipeline, "Putin hosted Xi in Moscow."), "CONSULT")


def test_an_arrest_that_only_says_who_someone_is_is_not_reported_as_one(pipeline):
    evs = events_of(pipeline, "Five Americans who had been detained in Iran were freed on Monday.")
    assert not pairs(evs, "COERCE"), shown(evs)


def test_one_who_speaks_for_a_body_is_not_placed_in_their_home_state(pipeline):
    evs = events_of(pipeline, "NATO Secretary General Jens Stoltenberg accused Belarus of moving troops to the "
                              "Polish border.")
    accusation = next(e for e in evs if e.type == "ACCUSE")
    assert accusation.location is None or accusation.location.country != "NOR"


def test_recalling_a_visit_is_remembering_it_not_withdrawing_an_envoy(pipeline):
    evs = events_of(pipeline, "Senator John Kerry told lawmakers on Thursday that he would work with Syria's neighbors. "
                              "On Thursday, Mr. Kerry recalled a visit to Syria during which President Assad spoke to "
                              "him about jobs.")
    assert not [e for e in evs if e.type == "SANCTION"], shown(evs)
    assert ("DEU", "TUR") in pairs(events_of(pipeline, "Germany recalled its ambassador to Turkey."), "SANCTION")


def test_who_is_under_an_act_is_its_target(pipeline):
    evs = events_of(pipeline, "Russia said it was under attack by Ukraine.")
    assert ("UKR", "RUS") in pairs(evs, "ASSAULT"), shown(evs)


def test_an_act_a_nobody_is_under_borrows_no_side_from_the_story(pipeline):
    """ "He" is a person no actor stands for: the investigation is on no state, not on the side of
    the sentence before."""
    text = ("Senator Jane Holt of Ohio said the financier Marek Dvorsky should be punished. The US confirmed it "
            "would seek the extradition of Dvorsky from Austria. He was then under investigation by "
            "authorities in Hungary for fraud.")
    evs = events_of(pipeline, text)
    assert ("USA", "AUT") in pairs(evs, "REQUEST"), shown(evs)
    assert not [e for e in evs if e.type == "ACCUSE" and e.target is not None and e.target.code == "USA"], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Lebanon's Hezbollah fired rockets at Israel on Monday.", ("HEZBOLLAH", "ISR")),
    ("Fighters from Lebanon's Hezbollah attacked Israeli troops.", ("HEZBOLLAH", "ISR")),
    ("Yemen's Houthis attacked a Saudi oil facility.", ("HOUTHI", "SAU")),
])
def test_a_state_before_its_own_group_only_says_where_the_group_is(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [pair], shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT" and
                any(a.kind == "state" and a.code in ("LBN", "YEM") for a in e.participants)], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Canada will suspend its commitments under the fisheries accord with Norway.", ("CAN", "NOR")),
    ("Russia suspended its participation in the arms treaty with the United States.", ("RUS", "USA")),
])
def test_suspending_ones_part_in_an_accord_is_a_sanction_on_its_other_side(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), shown(evs)
    assert not pairs(evs, "AGREE"), shown(evs)  # the accord left is no agreement made


def test_an_act_announced_with_a_charge_is_kept_beside_the_charge(pipeline):
    evs = events_of(pipeline, "Canada announced on Monday that it would suspend its commitments under the fisheries "
                              "accord with Norway, citing Oslo's breaches of the quotas.")
    assert pairs(evs, "SANCTION") and pairs(evs, "ACCUSE"), shown(evs)


def test_who_puts_a_side_under_an_act_does_it():
    from communique.nlp import load_nlp
    from communique.events.extract import _held_under
    doc = load_nlp()("The United States put Iran under sanctions. Iran came under attack.")
    sanctions, attack = (t for t in doc if t.text in ("sanctions", "attack"))
    assert _held_under(sanctions) is None  # the subject acts: not "under" it
    assert _held_under(attack) is not None and _held_under(attack).text == "Iran"
