"""Statements the extractor missed on the news pool (session 11, rec14): a request named by a noun
whose clause names who is asked ("Canada's demand that the Saudis free them", "its call for Y to
..."); a reported clause that gives another side its time to act ("it is time for Y to ...",
"this is Y's final chance to ..."); a disapproving label in a "what" clause ("what it calls the
US 'hostile policy'"); insults as labels ("called Y a butcher"); a claim named by a noun
("London's claim that Russia violated the treaty"); an obligation quoted after its speaker's
sentence ("\u201cChina should stop ...\u201d"). Sentences written for these tests; the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _sides(pipeline, text: str, typ: str) -> list[tuple[str | None, str | None]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.type == typ]


@pytest.mark.parametrize("text, sides", [
    ("Riyadh rejected Canada's demand that the Saudis free the detained activists.", ("CAN", "SAU")),
    ("Japan renewed its call for North Korea to abandon its nuclear program.", ("JPN", "PRK")),
    ("The minister repeated the French government's call for Iran to avoid provocative actions.", ("FRA", "IRN")),
    ("The talks followed an appeal from Paris to Tehran to release the detained researchers.", ("FRA", "IRN")),
])
def test_a_request_named_by_a_noun_asks_whom_its_clause_names(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "China's demand for oil rose sharply last year.",
    "Washington recalled the ambassador's call to him last week.",
    "The State Department said Blinken had a phone call on Wednesday with the Chinese foreign minister.",
    "The minister welcomed Germany's call for a ceasefire.",
])
def test_a_request_noun_naming_no_one_asked_asks_no_one(pipeline, text):
    assert not [s for s in _sides(pipeline, text, "REQUEST") if s[1] is not None], _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text, sides", [
    ("\u201cIt is time for Russia to end its blockade,\u201d the Polish president said.", ("POL", "RUS")),
    ("Macron said it was time for Iran to come back to the table.", ("FRA", "IRN")),
    ("The American envoy said the next six months were Russia's last chance to save the treaty.", ("USA", "RUS")),
])
def test_time_given_to_another_side_is_a_request(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "The Italian premier said it was no time for Europe to give up on Libya.",
    "The Korean minister said this was China's chance to lead the region.",
    "The French president said it was time to talk with Moscow.",
])
def test_no_time_given_to_a_named_side_is_no_request(pipeline, text):
    assert not _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text, sides", [
    ("Pyongyang says its missiles answer what it calls the American \u201chostile policy\u201d toward the North.",
     ("PRK", "USA")),
    ("The Chinese premier, who has railed against what he describes as Japan's unfair trade practices, met"
     " business leaders on Monday.", ("CHN", "JPN")),
])
def test_what_a_speaker_calls_a_disapproving_label_accuses_its_owner(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "ACCUSE"), _sides(pipeline, text, "ACCUSE")


def test_what_a_speaker_calls_a_plain_label_accuses_no_one(pipeline):
    text = ("Pyongyang says its missiles answer what it calls the American \u201cpolicy of dialogue\u201d"
            " toward the North.")
    assert not _sides(pipeline, text, "ACCUSE"), _sides(pipeline, text, "ACCUSE")


@pytest.mark.parametrize("text, sides", [
    ("The Turkish president called the Syrian leader a butcher.", ("TUR", "SYR")),
    ("The Iranian spokesman said the Americans were liars.", ("IRN", "USA")),
    ("The British minister described the Russian diplomats as thugs.", ("GBR", "RUS")),
])
def test_an_insult_labelling_another_side_is_an_accusation(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "ACCUSE"), _sides(pipeline, text, "ACCUSE")


@pytest.mark.parametrize("text, sides", [
    ("The ministry dismissed London's claim that Russia had violated the treaty.", ("GBR", "RUS")),
    ("Beijing rejected Washington's accusation that China steals American technology.", ("USA", "CHN")),
    ("The Saudi accusation that Iran supplied the missiles was rejected in Tehran.", ("SAU", "IRN")),
])
def test_a_claim_named_by_a_noun_is_its_owners_statement(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "ACCUSE"), _sides(pipeline, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Washington acknowledged Beijing's claim that Taiwan is part of China.",
    "Talks stalled over Tehran's insistence that its program was peaceful.",
])
def test_a_claim_that_accuses_no_one_is_no_accusation(pipeline, text):
    assert not _sides(pipeline, text, "ACCUSE"), _sides(pipeline, text, "ACCUSE")


def test_time_given_under_a_denial_is_no_request(pipeline):
    text = "The German chancellor said she did not believe that it was time for Russia to rejoin the group."
    assert not _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


def test_a_request_noun_asking_its_own_side_is_a_home_matter(pipeline):
    text = ("Obama met Merkel in Berlin on Monday. A senior administration official said Obama was also renewing"
            " his call for Congress to ratify the test ban treaty.")
    assert not [s for s in _sides(pipeline, text, "REQUEST") if s[0] == "USA"], _sides(pipeline, text, "REQUEST")


def test_a_quoted_obligation_after_a_speaker_is_their_request(pipeline):
    text = ("Japan's foreign minister said on Friday that Tokyo was concerned. "
            "\u201cChina should stop its provocations in the East China Sea.\u201d")
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    asks = [e for e in result.events if e.type == "REQUEST" and e.source and e.source.code == "JPN"
            and e.target and e.target.code == "CHN"]
    assert asks and all(e.status == "occurred" for e in asks), result.events


def test_a_quoted_obligation_with_no_speaker_before_it_is_no_request(pipeline):
    text = "Tokyo was concerned on Friday. \u201cChina should stop its provocations in the East China Sea.\u201d"
    assert not _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


def test_a_quoted_obligation_of_a_thing_is_no_request(pipeline):
    text = ("The American envoy said on Friday that the valley was vital. "
            "\u201cThe Israeli military presence in the Jordan Valley needs to continue for generations.\u201d")
    assert not _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text, sides", [
    ("Chile repeated its call on Peru to release the fishermen.", ("CHL", "PER")),
    ("Chile renewed its call for talks with Peru.", ("CHL", "PER")),
])
def test_a_call_on_a_side_or_for_talks_with_it_asks_that_side(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")
    assert not _sides(pipeline, text, "CONSULT") or "talks" in text  # no phone call


@pytest.mark.parametrize("text", [
    "Chile welcomed the call for Peru to release the fishermen.",
    "Chile rejected calls for Peru to release the fishermen.",
    "Kerry had a phone call on Wednesday with the Chinese foreign minister to discuss the islands.",
])
def test_a_call_whose_maker_the_sentence_does_not_name_is_not_the_subjects(pipeline, text):
    assert ("CHL", "PER") not in _sides(pipeline, text, "REQUEST") and ("USA", "CHN") not in _sides(
        pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")
