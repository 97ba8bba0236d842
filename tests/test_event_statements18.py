"""Statements the extractor missed (session 14, speech18): an insult as a label ("called Y a
dotard"); a good quality denied in reported speech ("said Y was 'not honest'"); a warning in an
idiom ("Y is playing with fire"); lies spread; "Y is ripping off Z"; an appeal made by a
government ("the German government encouraged Y to ..."); regret voiced over another side's act
(ACCUSE, not the CONCEDE of one's own regret); a threat's target named by its condition or its act
("threatened to close the strait if Y attacked"); a warned side the parser reads as an adverbial
noun ("warned [Turkey] that ..."). Sentences written for these tests; the real pipeline runs on
each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events]


@pytest.mark.parametrize("text, event", [
    ("Kim Jong Un called Trump a \"dotard.\"", ("ACCUSE", "PRK", "USA")),
    ("Maduro called the Colombian president a \"traitor\" on Friday.", ("ACCUSE", "VEN", "COL")),
    ("Erdogan said the European Union was \"not honest\" with Turkey.", ("ACCUSE", "TUR", "EU")),
    ("Lavrov said Washington was not serious about the talks.", ("ACCUSE", "RUS", "USA")),
    ("Pompeo said Iran was not a reliable partner.", ("ACCUSE", "USA", "IRN")),
    ("Merkel said Russia's behaviour was \"not acceptable.\"", ("ACCUSE", "DEU", "RUS")),
    ("The Chinese ambassador told reporters that Washington was \"playing with fire.\"", ("THREATEN", "CHN", "USA")),
    ("Russia's envoy told the council that Britain was spreading lies.", ("ACCUSE", "RUS", "GBR")),
    ("Trump said China was \"ripping off\" the United States.", ("ACCUSE", "USA", "CHN")),
    ("Pompeo called the Iranian regime \"a murderous regime.\"", ("ACCUSE", "USA", "IRN")),
])
def test_disapproval_in_words_is_an_accusation(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Pompeo said Iran was not responsible for the attack.",
    "Pompeo said Iran was \"not responsible\" for the attack.",
    "Putin said the United States was a reliable partner.",
    "Lavrov said they were not serious.",
    "The Kremlin said the talks were not constructive.",
    "Obama said Russia was not a serious threat to the United States.",
])
def test_no_quality_denied_of_a_named_side_accuses_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "ACCUSE"], _events(pipeline, text)


def test_china_ripping_off_is_no_armed_attack(pipeline):
    assert not [e for e in _events(pipeline, "China is ripping off America.") if e[0] == "ASSAULT"]


@pytest.mark.parametrize("text, event", [
    ("The German government encouraged Tehran to remain in the nuclear agreement.", ("REQUEST", "DEU", "IRN")),
    ("The Trump administration encouraged Seoul to resume talks with Pyongyang.", ("REQUEST", "USA", "KOR")),
])
def test_a_government_that_encourages_appeals(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


def test_a_cause_that_encourages_still_asks_nothing(pipeline):
    assert not _events(pipeline, "The pressure encouraged Tehran to remain in the deal.")


@pytest.mark.parametrize("text, event", [
    ("Seoul voiced regret over Tokyo's decision on Tuesday.", ("ACCUSE", "KOR", "JPN")),
    ("Seoul expressed regret over Tokyo's export restrictions.", ("ACCUSE", "KOR", "JPN")),
    ("China expressed regret at the U.S. withdrawal from the treaty.", ("ACCUSE", "CHN", "USA")),
    ("Tokyo expressed regret over the incident with China.", ("CONCEDE", "JPN", "CHN")),
])
def test_regret_over_another_sides_act_is_disapproval(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Iran threatened to close the Strait of Hormuz if the United States attacked.", ("THREATEN", "IRN", "USA")),
    ("Turkey threatened to pull out of the migrant deal with the European Union.", ("THREATEN", "TUR", "EU")),
    ("Trump warned Turkey that he would destroy its economy if it harmed the Kurds.", ("THREATEN", "USA", "TUR")),
    ("Putin warned that Russia could do to Kyiv what it had done to Grozny.", ("THREATEN", "RUS", "UKR")),
])
def test_a_threat_is_aimed_at_the_side_it_names(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


def test_a_day_before_the_clause_is_no_warned_side(pipeline):
    events = _events(pipeline, "Trump warned Tuesday that tariffs on steel would rise.")
    assert not [e for e in events if e[2] is not None], events


@pytest.mark.parametrize("text, event", [
    ("The Iranian president said the Americans would regret their decision.", ("THREATEN", "IRN", "USA")),
    ("Kim said the United States will regret its policy.", ("THREATEN", "PRK", "USA")),
])
def test_a_side_told_it_will_regret_is_warned(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Pompeo said Iran would not regret the deal.",
    "Abe said Japan regretted the decision.",
])
def test_regret_not_promised_warns_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "THREATEN"], _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Moscow insisted that Kyiv implement the Minsk agreements.", ("REQUEST", "RUS", "UKR")),
    ("Trump insisted that Mexico pay for the wall.", ("REQUEST", "USA", "MEX")),
])
def test_a_demand_in_the_bare_form_is_a_request(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Moscow insisted that Kyiv and Warsaw share the blame.",  # a plural subject
    "The Pentagon said that Hamas control the tunnels under the hospital.",  # a collective noun, plural, said
    "Washington said that Hezbollah control the south of Lebanon.",
])
def test_a_that_clause_in_the_plural_or_merely_said_demands_nothing(pipeline, text):
    events = _events(pipeline, text)
    assert not [e for e in events if e[0] == "REQUEST"], events


@pytest.mark.parametrize("text, event", [
    ("The Syrian government said Turkey was supporting terrorists.", ("ACCUSE", "SYR", "TUR")),
    ("The Pakistani army said India was trying to destabilize the region.", ("ACCUSE", "PAK", "IND")),
    ("Erdogan said Israel was a terrorist state.", ("ACCUSE", "TUR", "ISR")),
    ("Trudeau said China's detention of the Canadians was \"arbitrary.\"", ("ACCUSE", "CAN", "CHN")),
    ("Washington said Assad and his Iranian allies were no less \"terrorists\" than ISIS.", ("ACCUSE", "USA", "SYR")),
])
def test_a_wrong_said_of_another_side_is_an_accusation(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The minister said Germany was supporting the Ukrainian army.",
    "Pompeo said Iran was trying to rebuild its economy.",
    "Macron said Iran was a great nation.",
])
def test_backing_an_effort_or_praise_accuses_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "ACCUSE"], _events(pipeline, text)


def test_a_risk_read_as_a_threat_takes_no_target_from_its_complement(pipeline):
    events = _events(pipeline, "A US rescue mission would risk putting American forces into conflict with IS fighters.")
    assert ("THREATEN", "USA", "ISIS") not in events, events


@pytest.mark.parametrize("text, event", [
    ("Kim called the South Korean president \"a parrot\" of the United States.", ("ACCUSE", "PRK", "KOR")),
    ("The French president said Turkey's offensive was \"madness.\"", ("ACCUSE", "FRA", "TUR")),
    ("Israel's prime minister said Iran had \"crossed a red line.\"", ("ACCUSE", "ISR", "IRN")),
])
def test_labels_and_idioms_of_disapproval_accuse(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


def test_a_label_appended_to_the_object_is_no_phone_call(pipeline):
    events = _events(pipeline, "Kim called the South Korean president \"a mouthpiece\" of the United States.")
    assert not [e for e in events if e[0] == "CONSULT"], events


@pytest.mark.parametrize("text", [
    "Pompeo said Indian troops had crossed the line of control.",
    "Obama said Syria had drawn a red line.",
])
def test_a_line_that_is_a_place_or_drawn_accuses_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "ACCUSE"], _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Duterte told China to \"back off\" from the disputed islands.", ("REQUEST", "PHL", "CHN")),
])
def test_telling_a_side_to_act_is_a_request(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Maduro told reporters to wait for the results.",
    "Putin told Erdogan that Russia would help.",
    "The letter urged Obama to let the inspectors finish and told the president to keep pushing for UN approval.",
])
def test_telling_no_named_side_to_act_asks_nothing(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "REQUEST"], _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Beijing said it would not tolerate any interference by Washington in Hong Kong.", ("THREATEN", "CHN", "USA")),
    ("China said it would never tolerate Taiwan independence.", ("THREATEN", "CHN", "TWN")),
    ("Netanyahu said Israel would never allow Iran to obtain nuclear weapons.", ("THREATEN", "ISR", "IRN")),
    ("Riyadh said the kingdom would not allow Iran to undermine its security.", ("THREATEN", "SAU", "IRN")),
])
def test_a_promised_refusal_to_tolerate_warns(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Russia said Ukraine would not tolerate the attacks.",
    "Iran said it did not allow the inspectors to visit the site.",
    "The minister said Britain would not allow its citizens to travel to Syria.",
    "Iran said it would not allow the IAEA inspectors to enter the site.",
])
def test_a_refusal_past_or_by_another_side_warns_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "THREATEN"], _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Japan said it was disappointed by China's response.", ("ACCUSE", "JPN", "CHN")),
    ("South Korea said it was deeply concerned about North Korea's missile tests.", ("ACCUSE", "KOR", "PRK")),
    ("Japan said it was deeply disappointed in China's decision.", ("ACCUSE", "JPN", "CHN")),
])
def test_the_speakers_displeasure_at_another_sides_act_is_disapproval(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


def test_displeasure_is_not_read_backwards(pipeline):
    events = _events(pipeline, "Japan said it was disappointed by China's response.")
    assert ("ACCUSE", "CHN", "JPN") not in events, events


@pytest.mark.parametrize("text", [
    "Beijing said Washington was disappointed by the trade talks.",
    "Germany said it was concerned about the situation in Syria.",
])
def test_displeasure_of_another_side_or_at_no_named_side_accuses_no_one(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0] == "ACCUSE"], _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Iran warned it would retaliate should Israel attack its nuclear sites.", ("THREATEN", "IRN", "ISR")),
    ("Tehran said it would respond forcefully should Washington impose new sanctions.", ("THREATEN", "IRN", "USA")),
])
def test_a_condition_opened_by_inverted_should_names_whom_a_threat_aims_at(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)
