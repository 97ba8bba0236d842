"""Common news phrasings found by probing invented sentences: a small clause after "hold", an act
named by a clause that carries it as another's stance's object, what a verb of supplying gives,
"X was behind the attack" and "X committed atrocities" reported, a forceful answer promised, and
verbs the lemmatiser read as another word. Sentences written for these tests (not from an eval set);
the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.nlp import load_nlp
from communique.types import RawDoc
from tests.test_event_relative17 import events_of, read_as, shown


@pytest.mark.parametrize("text,event", [
    # the parser makes the party the subject of the adjective ("holds [Tehran responsible]")
    ("Washington holds Tehran responsible for the attack.", ("ACCUSE", "USA", "IRN")),
    # or the adjective a clause of the verb's own ("held Iran [accountable]")
    ("The US held Iran accountable for the strikes.", ("THREATEN", "USA", "IRN")),
    # a stance on an act whose doer the carrying clause names: both the stance and the act
    ("Russia condemned sanctions imposed by the US on Russian banks.", ("ACCUSE", "RUS", "USA")),
    ("Russia condemned sanctions imposed by the US on Russian banks.", ("SANCTION", "USA", "RUS")),
    ("Moscow criticized the strikes that Israel carried out against Iran.", ("ACCUSE", "RUS", "ISR")),
    ("Moscow criticized the strikes that Israel carried out against Iran.", ("ASSAULT", "ISR", "IRN")),
    ("Russia condemned the sanctions the US imposed on Russian banks.", ("ACCUSE", "RUS", "USA")),
    # what a verb of supplying gives its object names the act
    ("Germany will provide Ukraine with additional air defence systems.", ("AID", "DEU", "UKR")),
    ("Japan provided Turkey with $200 million in emergency aid.", ("AID", "JPN", "TUR")),
    # reported: a part in a deed, a deed perpetrated
    ("Britain said Russia was behind the poisoning.", ("ACCUSE", "GBR", "RUS")),
    ("The White House said Russia was behind last week's cyberattacks.", ("ACCUSE", "USA", "RUS")),
    ("Kyiv said Russian troops had committed atrocities in Bucha.", ("ACCUSE", "UKR", "RUS")),
    ("Zarif said the United States was waging economic terrorism against Iran.", ("ACCUSE", "IRN", "USA")),
    # a misdeed's object does not name the event ("violated the ceasefire" is no ceasefire), and its generic
    # reading leaves the accusation to the speech
    ("Kyiv said Moscow violated the ceasefire.", ("ACCUSE", "UKR", "RUS")),
    ("Moscow violated the ceasefire, Kyiv said.", ("ACCUSE", "UKR", "RUS")),
    # an act announced as an amount of it: the announcer does it, to whom the verb's "for"/"on" names (the
    # learned typer, which saw such nouns mostly under verbs that are the event, may not veto it)
    ("Japan announced $200 million in emergency aid for Turkey on Monday.", ("AID", "JPN", "TUR")),
    ("Washington announced a new round of sanctions on Moscow.", ("SANCTION", "USA", "RUS")),
    # a forceful answer promised is a threat, at whom the condition or the answered act names
    ("Iran said it would respond forcefully if the United States attacked again.", ("THREATEN", "IRN", "USA")),
    ("Beijing will respond with force to any move by Taiwan toward independence.", ("THREATEN", "CHN", "TWN")),
])
def test_phrasing_gives_event(pipeline, text, event):
    read_as(pipeline, text, event)


@pytest.mark.parametrize("text", [
    "Zelensky said Russia was behind schedule.",  # no deed
    "Biden said the US was behind Ukraine all the way.",  # standing by a side
    "Biden said America would fight terrorism with its allies.",  # fighting a misdeed is none
])
def test_phrasing_accuses_no_one(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "ACCUSE"], shown(evs)


@pytest.mark.parametrize("text", [
    "The US responded strongly to the criticism from China.",  # an answer given
    "Iran could respond forcefully to any Israeli strike, analysts said.",  # a possibility weighed by onlookers
    "Israel might respond with force to the attack, experts say.",
])
def test_answer_given_or_weighed_is_no_threat(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type == "THREATEN"], shown(evs)


@pytest.mark.parametrize("text,word,lemma", [
    ("Moon said he hoped North Korea would not cross the line.", "hoped", "hope"),
    ("Iran hopes the deal will survive.", "hopes", "hope"),
    ("They were waging war.", "waging", "wage"),
    ("Israel staged air strikes on Gaza.", "staged", "stage"),
    ("China lambasted the decision.", "lambasted", "lambaste"),
    ("The rabbit hopped away.", "hopped", "hop"),  # the rules' reading where it is right
])
def test_verb_lemmas_mended(text, word, lemma):
    tok = next(t for t in load_nlp()(text) if t.text == word)
    assert tok.lemma_ == lemma


def test_light_verb_read_by_its_lemma(pipeline):
    """ "staged" was "stag" (no light verb): the strikes it stages went unread."""
    read_as(pipeline, "Israel staged air strikes on Gaza.", ("ASSAULT", "ISR", "PSE"))


def test_blocked_measure_is_a_rejection_not_the_measure(pipeline):
    """ "blocked new EU sanctions": Hungary rejects the EU's proposal; the sanctions were not imposed."""
    evs = events_of(pipeline, "Hungary blocked new EU sanctions on Russia.")
    sides = [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]
    assert ("REJECT", "HUN", "EU") in sides and not [e for e in evs if e.type == "SANCTION"], shown(evs)


def test_vetoed_text_does_not_speak_for_its_opponent(pipeline):
    """ "vetoed a resolution condemning X": the resolution would condemn X, not the state that vetoed it."""
    evs = events_of(pipeline, "Russia vetoed a resolution condemning the strikes by Israel on Gaza.")
    assert not [e for e in evs if e.type == "ACCUSE" and e.source and e.source.code == "RUS"], shown(evs)


@pytest.mark.parametrize("text,event", [
    # a curated reading of 0.9 or more is kept against the learned typer's retyping (it read both as ASSAULT)
    ("In 2014, Russia annexed Crimea.", ("COERCE", "RUS", "UKR")),  # PLOVER: occupy territory (CAMEO 192)
    ("Germany deported dozens of Afghan nationals to Kabul.", ("COERCE", "DEU", "AFG")),
    ("Japan expressed condolences to Turkey after the earthquake.", ("SUPPORT", "JPN", "TUR")),
])
def test_settled_reading(pipeline, text, event):
    read_as(pipeline, text, event)


@pytest.mark.parametrize("text,event", [
    # a crowd demonstrating at a state's mission protests at that state, from the state where it stands
    ("Thousands of protesters rallied outside the US embassy in Baghdad on Friday.", ("PROTEST", "IRQ", "USA")),
    ("Hundreds of Iranians protested in front of the British embassy in Tehran.", ("PROTEST", "IRN", "GBR")),
    ("Supporters gathered outside the Russian embassy in Berlin to protest the war.", ("PROTEST", "DEU", "RUS")),
    # breaking into computers is a cyber attack, not a breach of a treaty
    ("Chinese hackers breached the networks of the US State Department.", ("COERCE", "CHN", "USA")),
])
def test_protest_and_cyber(pipeline, text, event):
    read_as(pipeline, text, event)


def test_state_protesting_is_an_accusation(pipeline):
    read_as(pipeline, "Japan protested to China over the incident.", ("ACCUSE", "JPN", "CHN"))


@pytest.mark.parametrize("text,date", [
    # the tagger runs one DATE entity across the comma ("Tuesday, days"): its parts are dated apart
    ("Thai troops shelled Cambodian positions on Tuesday, days after the border talks collapsed.", "2024-05-07"),
    ("Chile recalled its ambassador from Peru on Monday, two weeks after the dispute began.", "2024-05-06"),
])
def test_day_before_a_comma_dates_the_event(pipeline, text, date):
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2024-05-09")).events
    assert evs and all(e.date == date for e in evs), [(e.type, e.date) for e in evs]
