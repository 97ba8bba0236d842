"""A verb's sense decided by its object, its preposition or what does the act, on sentences written
for these tests: the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, frozenset[str], str]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, frozenset(a.code for a in e.actors()), e.trigger) for e in result.events]


def types_of(events, trigger: str) -> set[str]:
    return {t for t, _, trig in events if trig == trigger}


@pytest.mark.parametrize("text,trigger", [
    ("Jordan received thousands of Syrian refugees last year.", "received"),
    ("The Syrian minister received a letter from the Russian president on Monday.", "received"),
    ("Officials in Seoul said they received the news from Japan with relief.", "received"),
])
def test_a_host_needs_a_guest(pipeline, text, trigger):
    # "receive": a visit only when someone is received (not news, letters, refugees)
    assert "CONSULT" not in types_of(events_of(pipeline, text), trigger)


def test_receiving_a_guest_is_a_visit(pipeline):
    evs = events_of(pipeline, "The Omani sultan received the Iranian foreign minister in Muscat on Sunday.")
    assert ("CONSULT", frozenset({"OMN", "IRN"}), "received") in evs


@pytest.mark.parametrize("text,actors", [
    ("Hungary pulled out of the energy deal with Russia on Monday.", {"HUN", "RUS"}),
    ("The Brazilian government pulled the country out of the trade pact with Argentina.", {"BRA", "ARG"}),
])
def test_leaving_a_treaty_is_a_sanction(pipeline, text, actors):
    # "out of" is parsed as a preposition over "of": "out" is the particle, the pact what is left
    evs = events_of(pipeline, text)
    assert any(t == "SANCTION" and a == actors for t, a, _ in evs), evs
    assert not any(t in ("COERCE", "RETREAT") for t, _, _ in evs), evs


def test_a_deal_struck_in_a_relative_clause_is_no_attack(pipeline):
    evs = events_of(pipeline, "Poland criticised the deal Hungary struck with Russia over gas supplies.")
    assert "ASSAULT" not in types_of(evs, "struck")
    assert ("AGREE", frozenset({"HUN", "RUS"}), "struck") in evs


def test_targeted_by_sanctions_is_a_sanction(pipeline):
    evs = events_of(pipeline, "Iranian banks were targeted by new British sanctions.")
    assert types_of(evs, "targeted") == {"SANCTION"}


def test_an_act_in_the_condition_of_a_threat_is_no_event(pipeline):
    evs = events_of(pipeline, "Japan warned that if China seized the islands, Tokyo would respond with force.")
    assert not types_of(evs, "seized"), evs


@pytest.mark.parametrize("text,trigger,expected", [
    ("The Libyan parliament voted to expel Turkish troops from the country.", "expel", "SANCTION"),
    ("Ecuador withdrew its recognition of the Venezuelan government.", "withdrew", "SANCTION"),
])
def test_the_object_decides_the_sense(pipeline, text, trigger, expected):
    assert types_of(events_of(pipeline, text), trigger) == {expected}


def test_striking_a_tone_is_no_attack(pipeline):
    evs = events_of(pipeline, "The Chinese and American envoys struck a conciliatory tone in Geneva.")
    assert "ASSAULT" not in types_of(evs, "struck")


@pytest.mark.parametrize("text, pair", [
    ("Kenyan President William Ruto greeted the Ethiopian foreign minister at the airport on Monday.", {"KEN", "ETH"}),
    ("Chilean President Gabriel Boric welcomed Argentine President Javier Milei in Santiago on Friday.", {"CHL", "ARG"}),
])
def test_greeting_a_person_is_a_visit(pipeline, text, pair):
    found = events_of(pipeline, text)
    assert any(t == "CONSULT" and codes == pair for t, codes, _ in found), found


def test_welcoming_a_decision_is_approval(pipeline):
    found = events_of(pipeline, "Chilean President Gabriel Boric welcomed Argentina's decision to reopen the border.")
    assert not any(t == "CONSULT" for t, _, _ in found), found


@pytest.mark.parametrize("text, pair", [
    ("Ghana will impose sanctions on Togo if Lome closes the border again.", {"GHA", "TGO"}),
    ("Washington said it would impose sanctions on Turkey if Ankara bought the S-400.", {"USA", "TUR"}),
    ("Azerbaijani President Ilham Aliyev said Baku would strike Armenian positions unless Yerevan withdrew its troops.",
     {"AZE", "ARM"}),
])
def test_a_hostile_act_on_a_condition_is_a_threat(pipeline, text, pair):
    """ "will impose sanctions if ...": a threat made now (occurred), not a planned sanction."""
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    threats = [e for e in result.events if e.type == "THREATEN" and {a.code for a in e.actors()} == pair]
    assert threats and all(e.status == "occurred" for e in threats), [(e.type, e.status) for e in result.events]
    assert not any(e.type in ("SANCTION", "ASSAULT") and {a.code for a in e.actors()} == pair for e in result.events)


def test_a_past_counterfactual_is_no_threat(pipeline):
    found = events_of(pipeline, "Ghana would have imposed sanctions on Togo if Lome had closed the border.")
    assert not any(t == "THREATEN" for t, _, _ in found), found


def test_taking_concerns_into_account_voices_none(pipeline):
    # "take" is resolved through its object, and taking a concern into account is no accusation
    evs = events_of(pipeline, "Norway said Sweden had taken Denmark's objections and concerns into account.")
    assert "ACCUSE" not in types_of(evs, "taken"), evs


def test_a_forecast_on_a_condition_is_no_threat(pipeline):
    found = events_of(pipeline, "If Togo closes the border, Ghana will likely impose sanctions on Lome, an analyst said.")
    assert not any(t == "THREATEN" for t, _, _ in found), found


def test_a_condemned_act_of_another_is_reported_too(pipeline):
    # the stance and the act it is taken on, each with its own doer
    evs = events_of(pipeline, "Peru condemned Chile's air strikes against power plants in Bolivia on Friday.")
    assert ("ACCUSE", frozenset({"PER", "CHL"}), "condemned") in evs, evs
    assert ("ASSAULT", frozenset({"CHL", "BOL"}), "strikes") in evs, evs  # hit where the plants stand
    # a force fought where it stands is not that place's state
    evs = events_of(pipeline, "Peru condemned Chile's air strikes against rebel camps in Bolivia on Friday.")
    assert not any(t == "ASSAULT" and "BOL" in a for t, a, _ in evs), evs


def test_a_named_accord_under_a_stance_is_no_agreement(pipeline):
    evs = events_of(pipeline, "The senator blasted the Iran nuclear deal and the Paris accord on Monday.")
    assert "AGREE" not in {t for t, _, _ in evs}, evs


def test_a_denied_stance_does_not_deny_the_act(pipeline):
    result = pipeline.process(RawDoc(id="t", origin="test", published="2021-03-02",
                                     text="Peru did not condemn Chile's air strikes against power plants in Bolivia."))
    strikes = [e for e in result.events if e.trigger.endswith("strikes")]
    assert [e.status for e in strikes] == ["occurred"], [(e.type, e.trigger, e.status) for e in result.events]


def test_a_measure_doing_the_act_has_its_imposer_for_source(pipeline):
    evs = events_of(pipeline, "Canada announced new sanctions on Thursday. The sanctions target Venezuela's central bank.")
    assert ("SANCTION", frozenset({"CAN", "VEN"}), "target") in evs, evs


@pytest.mark.parametrize("text,trigger,actors", [
    ("Iran launched ballistic missiles at American bases in Iraq on Wednesday.", "launched", {"IRN", "USA"}),
    ("Hezbollah fighters launched rockets into Israel overnight.", "launched", {"HEZBOLLAH", "ISR"}),
    ("The Syrian army fired artillery shells toward Turkey on Sunday.", "fired", {"SYR", "TUR"}),
])
def test_a_weapon_aimed_at_a_party_is_an_attack(pipeline, text, trigger, actors):
    # the preposition names whom the weapon is aimed at: an attack, however a test the verb alone reads
    evs = events_of(pipeline, text)
    assert ("ASSAULT", frozenset(actors), trigger) in evs, evs
    assert "MOBILIZE" not in types_of(evs, trigger), evs


@pytest.mark.parametrize("text,trigger", [
    ("North Korea fired two ballistic missiles into Japan's exclusive economic zone on Tuesday.", "fired"),
    ("North Korea launched a missile into the sea off its east coast.", "launched"),
])
def test_a_weapon_fired_into_open_waters_is_a_test(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert types_of(evs, trigger) == {"MOBILIZE"}, evs


@pytest.mark.parametrize("text,trigger", [
    ("Washington has escalated its standoff with Beijing over Taiwan.", "escalated"),
    ("The seizure of the tanker heightened tensions between Iran and Britain.", "heightened"),
    ("The French president directed harsh words at Turkey on Friday.", "directed"),
    ("The German chancellor is heading into talks with Russia next week.", "heading"),
])
def test_a_verb_of_increase_or_management_alone_is_no_cooperation(pipeline, text, trigger):
    # CAMEO's BOOST and OVERSEE_MANAGE verbs name an act only through a pattern or their object
    assert "COOPERATE" not in types_of(events_of(pipeline, text), trigger)


def test_a_verb_of_increase_takes_its_objects_reading(pipeline):
    evs = events_of(pipeline, "The United States escalated tariffs on Chinese steel on Monday.")
    assert types_of(evs, "escalated") == {"SANCTION"}, evs


@pytest.mark.parametrize("text", [
    "Democrats in Washington condemned Trump's firing of the FBI director over the Russia inquiry.",
    "Moscow said the firing of Tillerson would not change relations with the United States.",
])
def test_the_firing_of_a_person_is_no_gunfire(pipeline, text):
    assert not types_of(events_of(pipeline, text), "firing")


def test_the_firing_of_rockets_stays_a_weapons_act(pipeline):
    evs = events_of(pipeline, "Israel condemned the firing of rockets by Hamas on Sunday.")
    assert types_of(evs, "firing") == {"MOBILIZE"}, evs


@pytest.mark.parametrize("text", [
    "The State Department issued a worldwide travel alert for Americans in Egypt on Friday.",
    "Washington updated its travel warning for North Korea after the arrest of a U.S. student.",
])
def test_a_travel_alert_is_no_mobilization_or_threat(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t in ("MOBILIZE", "THREATEN", "ASSAULT") for t, _, _ in evs), evs


@pytest.mark.parametrize("text,typ", [
    ("North Korea issued an alert to its army after the drills by South Korea.", "MOBILIZE"),
    ("Iran issued a warning to the United States on Monday.", "THREATEN"),
])
def test_an_alert_or_warning_without_travel_stands(pipeline, text, typ):
    assert typ in types_of(events_of(pipeline, text), "issued")


@pytest.mark.parametrize("text", [
    "Kim Jong Un and his generals were monitoring the missile test from an observation post.",
    "China and Iran are not bound by the missile treaty between Washington and Moscow.",
])
def test_only_a_verb_of_increase_takes_its_objects_reading(pipeline, text):
    # "escalated tariffs" is the tariffs; "monitored the test", "bound by the treaty" are not the test or treaty
    evs = events_of(pipeline, text)
    assert not types_of(evs, "monitoring") and not types_of(evs, "bound"), evs


@pytest.mark.parametrize("text,trigger", [
    ("Obama was considering military action against the Syrian government last summer.", "considering"),
    ("The world is waiting for Russia to reconsider its alliance with the Syrian president.", "reconsider"),
])
def test_considering_is_no_meeting(pipeline, text, trigger):
    # CAMEO's default for "consider" is consultation (040); weighing an option meets no one
    assert "CONSULT" not in types_of(events_of(pipeline, text), trigger)


def test_considering_airstrikes_is_the_strikes(pipeline):
    evs = events_of(pipeline, "The Pentagon is considering airstrikes against the Islamic State in Syria.")
    assert types_of(evs, "considering") <= {"ASSAULT"}, evs


@pytest.mark.parametrize("text,actors", [
    ("Denmark turned down an American request to store the chemical weapons.", {"DNK", "USA"}),
    ("Iran turned down the British offer on Monday.", {"IRN", "GBR"}),
])
def test_turning_down_is_a_refusal(pipeline, text, actors):
    # not the request or offer turned down (REQUEST, AGREE): the refusal
    evs = events_of(pipeline, text)
    assert ("REJECT", frozenset(actors), "turned") in evs and types_of(evs, "turned") == {"REJECT"}, evs


def test_heading_to_a_capital_is_a_visit(pipeline):
    evs = events_of(pipeline, "The Chinese foreign minister is heading to Moscow for talks with Lavrov.")
    assert ("CONSULT", frozenset({"CHN", "RUS"}), "heading") in evs, evs


@pytest.mark.parametrize("text,trigger", [
    ("The French government said it would not tolerate Russian aggression against Ukraine.", "tolerate"),
    ("Germany enabled Poland to buy the tanks from South Korea.", "enabled"),
    ("Iran's interference in Iraq has empowered the militias loyal to Tehran.", "empowered"),
    ("The Kenyan police were unable to ensure the safety of the Somali delegation.", "ensure"),
])
def test_ensuring_enabling_tolerating_are_no_promise_or_concession(pipeline, text, trigger):
    assert not ({"AGREE", "CONCEDE"} & types_of(events_of(pipeline, text), trigger))


@pytest.mark.parametrize("text", [
    "The Canadian trade minister warned that the new American trade rules may cause another recession.",
    "German officials warned that Russian hackers might try to meddle in the election.",
])
def test_a_forecast_is_no_threat(pipeline, text):
    assert "THREATEN" not in {t for t, _, _ in events_of(pipeline, text)}


@pytest.mark.parametrize("text", [
    "China warned that it would retaliate against the United States.",
    "Pompeo warned that Iran would pay a heavy price for the attack.",
    "The French president warned Russia not to send troops into Moldova.",
    "Turkey warned that if Syria attacked its soldiers, it would respond with force.",
    "Wang accused Japan of stealing the islands from China and warned that Beijing would be firm.",
])
def test_a_warning_of_ones_own_act_or_its_price_is_a_threat(pipeline, text):
    assert "THREATEN" in {t for t, _, _ in events_of(pipeline, text)}


@pytest.mark.parametrize("text,trigger", [
    ("Chile's president pressed Peru to have its ambassador fired.", "fired"),
    ("Peru said the Chilean envoy must resign or be fired by Friday.", "fired"),
    ("The Chilean president ordered the firing of the Peruvian envoy.", "ordered"),
    ("Peru's foreign minister resigned before his firing by the president, Chile said.", "firing"),
])
def test_firing_a_person_from_office_is_no_gunfire(pipeline, text, trigger):
    assert "MOBILIZE" not in types_of(events_of(pipeline, text), trigger) and \
        "ASSAULT" not in types_of(events_of(pipeline, text), trigger)


@pytest.mark.parametrize("text,kind", [
    ("Chile attacked Peruvian positions near the border on Monday.", "ASSAULT"),
    ("Chile attacked Peru's positions on fishing rights.", "ACCUSE"),
    ("Chile attacked Peru's position at the talks.", "ACCUSE"),
])
def test_positions_attacked_are_ground_held_unless_they_are_stances(pipeline, text, kind):
    assert types_of(events_of(pipeline, text), "attacked") == {kind}


def test_a_leader_who_has_fired_missiles_fired_no_one(pipeline):
    assert types_of(events_of(pipeline, "Kim Jong Un has fired three ballistic missiles this year."), "fired") \
        == {"MOBILIZE"}


@pytest.mark.parametrize("text", [
    "Hundreds of Peruvian soldiers crossed into Chile on Sunday.",
    "Peruvian troops massed on the border. They crossed into Chile on Sunday.",
])
def test_troops_crossing_a_border_however_counted_or_named_again_invade(pipeline, text):
    assert ("ASSAULT", frozenset({"PER", "CHL"}), "crossed") in events_of(pipeline, text)


def test_who_watches_an_attack_is_not_its_target(pipeline):
    evs = events_of(pipeline, "Chilean diplomats witnessed the Peruvian attack on Bolivia.")
    assert ("ASSAULT", frozenset({"PER", "BOL"}), "attack") in evs, evs


@pytest.mark.parametrize("text,trigger", [
    ("Peru mobilized 300,000 citizens to fight on the Chilean border.", "mobilized"),
    ("North Korea tested a nuke on Sunday.", "tested"),
])
def test_people_called_up_to_fight_and_a_nuke_tested_are_shows_of_force(pipeline, text, trigger):
    assert types_of(events_of(pipeline, text), trigger) == {"MOBILIZE"}, events_of(pipeline, text)
