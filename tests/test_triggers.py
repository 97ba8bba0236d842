"""Trigger typing and status on news sentences written for these tests after patterns in the
unlabelled news pool (commitments to hostile acts, object nouns that decide the type, instruments,
"would" in reported plans). None is an eval sentence."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str, published: str = "2022-05-10"):
    return list(pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events)


def dyads(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    # a commitment to a hostile act is a threat, whatever the verb's own (AGREE) reading
    ("Saudi Arabia vowed it would retaliate against Canadian goods.", ("THREATEN", "SAU", "CAN")),
    ("Iranian President Hassan Rouhani pledged to destroy Israel.", ("THREATEN", "IRN", "ISR")),
    ("Australian Prime Minister Scott Morrison vowed to hold Russia accountable for the downing.",
     ("THREATEN", "AUS", "RUS")),
    ("Erdogan vowed that if Greece sent troops, Turkey would strike their positions.", ("THREATEN", "TUR", "GRC")),
    # the object noun decides, or a hostile instrument
    ("The European Union imposed restrictive measures on Belarus on Monday.", ("SANCTION", "EU", "BLR")),
    ("The United States hit Venezuela with sanctions on Monday.", ("SANCTION", "USA", "VEN")),
    # declared readiness for a hostile act, and a warning of one's own punitive action
    ("China said it is ready to impose sanctions on Lithuania.", ("THREATEN", "CHN", "LTU")),
    ("Britain warned that it would take action against Iran.", ("THREATEN", "GBR", "IRN")),
    # denials and rejections of what another actor said or asked
    ("Iran's foreign minister denied the allegations by the United States.", ("REJECT", "IRN", "USA")),
    ("Russia rejected calls by France for a ceasefire.", ("REJECT", "RUS", "FRA")),
    # reported speech: "Y was to blame"
    ("Pakistan said India was to blame for the attack.", ("ACCUSE", "PAK", "IND")),
])
def test_trigger_reading(pipeline, text, expected):
    assert expected in dyads(events_of(pipeline, text))


@pytest.mark.parametrize("text, wrong", [
    ("China said the United States had started the largest trade war in history.", "ASSAULT"),
    ("Russia has deployed predatory tactics against Ukraine, Kyiv said.", "MOBILIZE"),
    ("Japan has promised a pledge of cooperation. China criticised Japan's promised tariffs.", "AGREE"),
    ("Russia rejected calls from France for a ceasefire.", "CONSULT"),
    # a person as the object: a dismissal, an interview
    ("In 2019 the Russian government fired Dmitri Sokolov, a Ukrainian adviser.", "MOBILIZE"),
    ("Chinese police questioned Canadian businessman Michael Spavor in Dandong.", "REQUEST"),
    # communications intercepted, an offer seized on
    ("South Korea intercepted a message from Pyongyang to Beijing.", "MOBILIZE"),
    ("Russia and Iran seized on the offer from Turkey.", "COERCE"),
])
def test_no_wrong_sense(pipeline, text, wrong):
    assert not any(t == wrong for t, _, _ in dyads(events_of(pipeline, text)))


def test_a_friendly_commitment_is_no_threat(pipeline):
    found = dyads(events_of(pipeline, "South Korea pledged to expand cooperation with Japan."))
    assert not any(t == "THREATEN" for t, _, _ in found), found


@pytest.mark.parametrize("text, status", [
    ("The United States confirmed on Monday it would seek the extradition of the suspect from Britain.", "planned"),
    ("Trump announced he would ask NATO to become more involved in Iraq.", "planned"),
    # (a side's own "could impose sanctions", said by that side, is a threat it makes: see
    # test_event_pool_types14's spoken threats; another's forecast stays hypothetical)
    ("Germany could impose sanctions on Iran, analysts in Berlin said.", "hypothetical"),
])
def test_would_under_a_verb_of_announcing_is_a_plan(pipeline, text, status):
    evs = [e for e in events_of(pipeline, text) if e.type in ("REQUEST", "SANCTION")]
    assert evs and evs[0].status == status, [(e.type, e.status) for e in evs]


def test_a_month_is_not_a_march(pipeline):
    text = "In March, protesters marched on the U.S. embassy. Talks between Iran and Iraq resumed in March."
    assert not any(e.type == "PROTEST" and e.trigger == "March" for e in events_of(pipeline, text))


@pytest.mark.parametrize("text, status", [
    ("Japan and South Korea have scheduled an emergency meeting at the G20 summit in Hamburg.", "planned"),
    ("Japan and South Korea held an emergency meeting in Hamburg on Monday.", "occurred"),
])
def test_a_scheduled_event_is_planned(pipeline, text, status):
    evs = [e for e in events_of(pipeline, text) if e.type == "CONSULT"]
    assert evs and evs[0].status == status, [(e.type, e.status) for e in evs]


@pytest.mark.parametrize("text, expected", [
    ("Venezuela's foreign minister called the Colombian president a puppet on Tuesday.", {("ACCUSE", "VEN", "COL")}),
    ("Beijing called the Japanese sanctions unjustified and irresponsible.", {("ACCUSE", "CHN", "JPN")}),
    # naming with no disapproval is no event, and certainly no phone call
    ("Merkel called the Italian prime minister a reformer.", set()),
    ("Obama said the United States would end what he called an old approach to Cuba.", set()),
])
def test_calling_something_a_name(pipeline, text, expected):
    got = {d for d in dyads(events_of(pipeline, text)) if d[0] in ("ACCUSE", "CONSULT")}
    assert got == expected


@pytest.mark.parametrize("text", [
    "The French president asked Putin whether Russia would attend the talks.",
    "Chancellor Scholz asked Erdogan if Turkey would join the mission.",
    "Asked on Monday about the Chinese drills, the Japanese minister said nothing had changed.",
    "When asked where the Iranian tanker was headed, British officials declined to comment.",
])
def test_asking_a_question_is_no_event(pipeline, text):
    """Asking a question is no request, nor any other event between the asker and the asked."""
    assert not [e for e in events_of(pipeline, text) if e.trigger.lower() == "asked"], dyads(events_of(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Japan asked China to release the fishing crew.", ("REQUEST", "JPN", "CHN")),
    ("Kyiv asked Berlin for more air defence systems.", ("REQUEST", "UKR", "DEU")),
])
def test_asking_someone_to_act_is_a_request(pipeline, text, expected):
    assert expected in dyads(events_of(pipeline, text))


@pytest.mark.parametrize("text", [
    "Israeli agents planted a piece of malware called a worm inside the Iranian network.",
    "The Pentagon sent a team called a task force to the Iraqi border.",
])
def test_a_thing_called_by_a_name_is_no_call(pipeline, text):
    """A participle that names the noun before it ("code called X") is no phone call."""
    assert not [e for e in events_of(pipeline, text) if e.trigger.lower() == "called"], dyads(events_of(pipeline, text))


def test_calling_on_someone_is_still_a_request(pipeline):
    text = "Egypt today called on the United States to cut military aid."
    assert any(e.type == "REQUEST" and e.trigger.lower() == "called" for e in events_of(pipeline, text))


def test_releasing_a_document_is_no_release_of_captives(pipeline):
    """A noun's "of" object is its verb's object: releasing a letter or report frees no one."""
    lex = pipeline.extractor.lex
    assert lex.blocks_object("release", "reports") and lex.blocks_object("release", "letter")
    assert not lex.blocks_object("release", "prisoners") and not lex.blocks_object("release", "sailor")


def test_releasing_captives_is_still_a_release(pipeline):
    text = "Iran's release of two American sailors on Tuesday ended the standoff with the United States."
    assert any(e.type == "RETREAT" and e.source and e.source.code == "IRN" for e in events_of(pipeline, text))


@pytest.mark.parametrize("text, status", [
    ("Macron has plans to meet Xi in Beijing next month.", "planned"),
    ("Erdogan has no plans to meet Assad during the summit.", "negated"),
    ("Putin repeated his offer to meet Zelensky.", "planned"),
])
def test_what_an_intention_is_for_is_still_to_come(pipeline, text, status):
    """The infinitive of a noun of intention ("plans to meet", "an offer to hold talks") has not happened."""
    consults = [e for e in events_of(pipeline, text, "2023-03-01") if e.type == "CONSULT"]
    assert consults and all(e.status == status for e in consults), [(e.type, e.status) for e in consults]


@pytest.mark.parametrize("text, expected", [
    ("The Turkish president attacked Macron over his remarks on Islam.", ("ACCUSE", "TUR", "FRA")),
    ("Netanyahu attacked Iran in a speech to the UN General Assembly.", ("ACCUSE", "ISR", "IRN")),
    ("Russian troops attacked Ukrainian positions over the weekend.", ("ASSAULT", "RUS", "UKR")),
    ("Russia attacked Ukraine for the third night in a row.", ("ASSAULT", "RUS", "UKR")),
])
def test_an_attack_in_words_is_criticism(pipeline, text, expected):
    """Attacking a person, attacking someone over or for something, or in a speech is criticism;
    troops attacking, or an attack over a weekend, is force."""
    assert expected in dyads(events_of(pipeline, text))
