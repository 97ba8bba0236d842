"""Acts of force, sanctions and withdrawals on unseen news: the state of the place an act with no
other party hit or left is its recipient. Sentences written for these tests (not from an eval set);
the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2020-05-01")).events


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


def shown(events) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("text,type_,pair", [
    ("Israeli troops raided the West Bank town of Jenin on Monday.", "ASSAULT", ("ISR", "PSE")),
    ("Islamic State claimed responsibility for the bombing outside a bank in Jalalabad.", "ASSAULT",
     ("ISIS", "AFG")),
    ("Taliban militants attacked a hotel in Kabul.", "ASSAULT", ("TALIBAN", "AFG")),
    ("Four aid workers were killed in Russian airstrikes near Aleppo.", "ASSAULT", ("RUS", "SYR")),
    ("Russian troops withdrew from the Kyiv region.", "RETREAT", ("RUS", "UKR")),
])
def test_the_place_an_act_hit_or_left_gives_its_recipient(pipeline, text, type_, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, type_), shown(evs)


@pytest.mark.parametrize("text", [
    "The Iraqi army retreated from Ramadi on Sunday.",  # its own town
    "Russian police raided an office in Moscow.",
])
def test_an_act_at_home_with_no_other_party_stays_out(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("ASSAULT", "RETREAT", "COERCE")], shown(evs)


def test_a_place_named_in_another_phrase_is_not_where_the_act_hit(pipeline):
    evs = events_of(pipeline, "The leaders discussed Moscow's annexation of Crimea and the war in Syria.")
    assert ("RUS", "SYR") not in pairs(evs, "COERCE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("The European Union agreed to new sanctions targeting Russian banks.", ("EU", "RUS")),
    ("Washington imposed tariffs targeting Chinese steel.", ("USA", "CHN")),
])
def test_a_measure_targeting_a_party_is_a_sanction_not_an_attack(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION") and not pairs(evs, "ASSAULT"), shown(evs)


def test_strikes_on_rebel_camps_make_no_state_a_target(pipeline):
    evs = events_of(pipeline, "Chilean jets struck rebel camps in Bolivia on Friday.")
    assert ("CHL", "BOL") not in pairs(evs, "ASSAULT"), shown(evs)


def test_strikes_targeting_a_party_stay_an_attack(pipeline):
    evs = events_of(pipeline, "Israel launched airstrikes targeting Hamas commanders.")
    assert ("ISR", "HAMAS") in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,code", [
    ("Pakistan put its army on high alert after the attack.", "PAK"),
    ("Seoul has placed its troops on high alert.", "KOR"),
    ("The Iranian military is on full alert.", "IRN"),
])
def test_forces_put_on_alert_are_mobilised(pipeline, text, code):
    evs = events_of(pipeline, text)
    assert (code, None) in pairs(evs, "MOBILIZE"), shown(evs)


@pytest.mark.parametrize("text", [
    "Police in Paris were on high alert on Sunday.",
    "The Japanese government put its citizens on alert.",
])
def test_an_alert_of_police_or_citizens_is_no_mobilisation(pipeline, text):
    evs = events_of(pipeline, text)
    assert not pairs(evs, "MOBILIZE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("The Obama administration announced Russia sanctions on Thursday.", ("USA", "RUS")),
    ("The European Union unveiled new Iran sanctions on Monday.", ("EU", "IRN")),
])
def test_a_state_compounded_on_sanctions_another_imposes_is_their_target(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), shown(evs)


@pytest.mark.parametrize("text", [
    "The European Union announced new Russia Belarus sanctions on Friday.",
    "The European Union announced new Syria Iran sanctions.",
])
def test_every_state_compounded_on_sanctions_is_hit_none_is_the_doer(pipeline, text):
    evs = events_of(pipeline, text)
    assert pairs(evs, "SANCTION") and all(src == "EU" for src, _ in pairs(evs, "SANCTION")), shown(evs)


def test_a_states_own_sanctions_stay_its_own(pipeline):
    evs = events_of(pipeline, "Iran defied U.S. sanctions on Monday.")
    assert ("IRN", "USA") not in pairs(evs, "SANCTION"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Biden will bring US troops home from Iraq by the end of the year.", ("USA", "IRQ")),
    ("Trump wants to bring US fighters in Syria back home.", ("USA", "SYR")),
])
def test_forces_brought_home_are_withdrawn_from_where_they_are(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "RETREAT") and not pairs(evs, "AID"), shown(evs)


def test_tourists_brought_home_are_no_withdrawal(pipeline):
    evs = events_of(pipeline, "The airline will bring American tourists home from Peru.")
    assert not pairs(evs, "RETREAT"), shown(evs)


def test_designating_a_body_a_terrorist_organization_sanctions_it(pipeline):
    evs = events_of(pipeline, "Washington designated the Houthis as a foreign terrorist organization.")
    assert ("USA", "HOUTHI") in pairs(evs, "SANCTION"), shown(evs)


def test_designating_an_envoy_is_no_sanction(pipeline):
    evs = events_of(pipeline, "Obama designated a Japanese diplomat as his envoy to Tokyo.")
    assert not pairs(evs, "SANCTION"), shown(evs)


def test_a_party_placed_on_a_blacklist_is_its_target(pipeline):
    evs = events_of(pipeline, "The Trump administration placed a few Chinese businesses on a commercial blacklist.")
    assert ("USA", "CHN") in pairs(evs, "SANCTION"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("The Ukrainian government told the Russian diplomats to leave the country.", ("UKR", "RUS")),
    ("Venezuela gave American diplomats 72 hours to leave.", ("VEN", "USA")),
    ("Venezuela told American diplomats to leave the country within 72 hours.", ("VEN", "USA")),
])
def test_diplomats_told_to_leave_are_expelled(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), shown(evs)


def test_a_city_naming_an_accord_left_is_no_state_left(pipeline):
    evs = events_of(pipeline, "The United States completed its withdrawal from the Paris climate accord.")
    assert ("USA", "FRA") not in pairs(evs, "RETREAT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("The United States received about 1,500 Syrian refugees last year.", ("USA", "SYR")),
    ("Germany has taken in one million refugees from Syria.", ("DEU", "SYR")),
    ("Canada will resettle 25,000 Syrian refugees.", ("CAN", "SYR")),
])
def test_taking_in_refugees_is_aid(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "AID") and not pairs(evs, "ASSAULT"), shown(evs)


def test_hosting_refugees_is_no_act(pipeline):
    evs = events_of(pipeline, "Turkey hosts 3.6 million Syrian refugees.")
    assert not pairs(evs, "AID"), shown(evs)


def test_sides_that_clashed_fought_each_other(pipeline):
    evs = [e for e in events_of(pipeline, "Indian and Pakistani troops clashed along the border.") if e.type == "ASSAULT"]
    assert evs and {"IND", "PAK"} <= {a.code for e in evs for a in (e.source, e.target, *e.participants) if a}, shown(evs)


def test_the_place_of_an_arrest_makes_no_held_party_a_doer(pipeline):
    evs = events_of(pipeline, "Supporters gathered after the WikiLeaks founder's arrest in London.")
    assert ("WIKILEAKS", "GBR") not in pairs(evs, "COERCE"), shown(evs)


def test_the_place_of_a_reaction_to_an_attack_is_not_where_it_hit(pipeline):
    evs = events_of(pipeline, "The Russian bombing of the rebels was broadly welcomed in Iran.")
    assert ("RUS", "IRN") not in pairs(evs, "ASSAULT"), shown(evs)


def test_refugees_received_from_a_state_are_sheltered_by_the_receiver(pipeline):
    evs = events_of(pipeline, "Australia will receive 12,000 refugees from Syria.")
    assert ("AUS", "SYR") in pairs(evs, "AID"), shown(evs)


def test_sides_that_battled_a_third_together_did_not_fight_each_other(pipeline):
    evs = events_of(pipeline, "U.S. and Libyan security personnel battled the attackers together.")
    assert not [e for e in evs if e.type == "ASSAULT" and {"USA", "LBY"} <= {
        a.code for a in (e.source, e.target, *e.participants) if a}], shown(evs)


@pytest.mark.parametrize("text, pair", [
    ("Saudi Arabia announced the severing of diplomatic relations with Qatar on Monday.", ("SAU", "QAT")),
    ("Egypt's cutting of ties with Qatar angered Doha.", ("EGY", "QAT")),
    ("Bahrain announced the ending of diplomatic ties with Iran.", ("BHR", "IRN")),
])
def test_ties_broken_off_by_a_noun_are_a_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION"), shown(evs)


def test_a_breakdown_of_relations_is_no_ones_act(pipeline):
    evs = events_of(pipeline, "The breakdown of relations with Russia worries Berlin.")
    assert not pairs(evs, "SANCTION"), shown(evs)


@pytest.mark.parametrize("text, pair", [
    ("Chinese warplanes flew into Taiwan's air defence zone on Sunday.", ("CHN", "TWN")),
    ("Russian bombers entered Japanese airspace near Hokkaido.", ("RUS", "JPN")),
    ("Two Russian jets breached Estonian airspace.", ("RUS", "EST")),
    ("US warships sailed into Chinese waters.", ("USA", "CHN")),
])
def test_armed_craft_entering_a_states_airspace_is_a_show_of_force(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "MOBILIZE"), shown(evs)


@pytest.mark.parametrize("text", [
    "A Russian passenger jet entered Turkish airspace.",
    "The drones flew into a no-fly zone.",
])
def test_civil_craft_or_an_unowned_zone_is_no_show_of_force(pipeline, text):
    assert not pairs(events_of(pipeline, text), "MOBILIZE")
