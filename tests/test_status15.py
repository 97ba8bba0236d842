"""Event status from the clause around a trigger (``communique.events.status``), on invented sentences."""

from __future__ import annotations

import pytest

from communique.events.status import status_of
from communique.nlp import load_nlp

CASES = [
    # sentence, trigger word, status
    ("The minister ruled out sending warships to the strait.", "sending", "negated"),
    ("The minister has not ruled out sending warships to the strait.", "sending", "hypothetical"),
    ("The chancellor played down the prospect of new tariffs on Chinese steel.", "tariffs", "hypothetical"),
    ("Diplomats discussed the possibility of imposing sanctions on the junta.", "imposing", "hypothetical"),
    ("The envoy ruled out the possibility of imposing sanctions on the junta.", "imposing", "negated"),
    ("Officials doubt that the militia has the capacity to launch such an attack.", "attack", "hypothetical"),
    ("Reporters asked whether or not the generals are ready to attack the port.", "attack", "hypothetical"),
    ("The premier said that she no longer supports the border agreement.", "supports", "negated"),
    ("The premier said that she still supports the border agreement.", "supports", "occurred"),
    ("The government could recall its envoy and impose new sanctions on the regime.", "impose", "hypothetical"),
    ("The government recalled its envoy and imposed new sanctions on the regime.", "imposed", "occurred"),
    ("The government will not recall its envoy but imposed new sanctions on the regime.", "imposed", "occurred"),
    ("The continuing Turkish offensive will only deepen the crisis, the minister warned.", "offensive", "occurred"),
    ("A Turkish offensive will only deepen the crisis, the minister warned.", "offensive", "planned"),
    ("The agency is expected to publish the report behind its accusation that the ministry hid the data.",
     "accusation", "occurred"),
    ("The president is not retreating from his demand that the rebels disarm.", "demand", "occurred"),
    ("The president made no demand that the rebels disarm.", "demand", "negated"),
    # a "not" over a stance on the act, or over stopping it, denies the stance: the act is there
    ("The opposition leader said it was wrong not to have opposed the incursion into the enclave.", "incursion",
     "occurred"),
    ("The chancellor refused to condemn the offensive in the north.", "offensive", "occurred"),
    ("The militants said the beheadings would go on as long as the coalition did not cease its airstrikes.",
     "airstrikes", "occurred"),
    ("Beijing has not criticised the invasion of its neighbour.", "invasion", "occurred"),
    # the stance itself is denied, and an act under a carrying verb still is
    ("The chancellor refused to condemn the offensive in the north.", "condemn", "negated"),
    ("The navy did not launch airstrikes on the port.", "airstrikes", "negated"),
    ("The two sides held no talks on the border.", "talks", "negated"),
]


@pytest.mark.parametrize("text,word,status", CASES)
def test_status_of_trigger(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


WISH_AND_COPULA = [
    ("The senator wanted the navy to blockade the port.", "blockade", "hypothetical"),
    ("The protesters demanded that the envoy be expelled.", "expelled", "hypothetical"),
    ("The minister insisted that the army had not shelled the village.", "shelled", "negated"),
    ("The minister said the army shelled the village.", "shelled", "occurred"),
    ("The general said the airstrikes would not be a repeat of the 2003 campaign.", "airstrikes", "planned"),
    ("The general said the airstrikes were not a repeat of the 2003 campaign.", "airstrikes", "occurred"),
    ("The general said the airstrikes did not happen.", "airstrikes", "negated"),
]


@pytest.mark.parametrize("text,word,status", WISH_AND_COPULA)
def test_status_of_wished_acts_and_copula_subjects(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


RESOLVES = [
    ("The speech is expected to attack the cabinet's decision to resume talks with the rebels.", "talks",
     "occurred"),
    ("The speech is expected to attack the cabinet's plan to resume talks with the rebels.", "talks", "planned"),
    ("The cabinet is expected to resume talks with the rebels.", "talks", "expected"),
]


@pytest.mark.parametrize("text,word,status", RESOLVES)
def test_status_of_a_possessed_resolve(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


REFUSALS_AND_RIGHTS = [
    ("The talks stalled over Tehran's refusal to release the sailors.", "release", "negated"),
    ("The talks stalled over Tehran's decision to release the sailors.", "release", "occurred"),
    ("The ministry will defend its right to launch satellites.", "launch", "hypothetical"),
]


@pytest.mark.parametrize("text,word,status", REFUSALS_AND_RIGHTS)
def test_status_of_refused_acts_and_rights(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


def test_a_bare_conjunct_shares_the_wish() -> None:
    doc = load_nlp()("The protesters demanded that the envoy be censured and expelled.")
    assert status_of(next(t for t in doc if t.text == "expelled")) == "hypothetical"
    doc = load_nlp()("The ministry censured the envoy and expelled him.")
    assert status_of(next(t for t in doc if t.text == "expelled")) == "occurred"



PLACED_BACK = [
    # a possessor that places the act in the past: it happened, whatever clause names it
    ("Analysts wondered whether the chancellor wanted to move past last week's meeting with the emir.", "meeting",
     "occurred"),
    ("If yesterday's summit in Vienna is any guide, the talks will be tense.", "summit", "occurred"),
    ("Last week's meeting between the two ministers did not take place.", "meeting", "negated"),
    # no past possessor: the question leaves it open
    ("Analysts wondered whether the chancellor wanted a meeting with the emir.", "meeting", "hypothetical"),
]


@pytest.mark.parametrize("text,word,status", PLACED_BACK)
def test_status_of_an_act_placed_back_by_its_possessor(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


DUTIES_AND_OCCASIONS = [
    # what must be done, or what a clause of necessity asks for, has not happened
    ("The two neighbours must reach a border agreement before the winter.", "reach", "hypothetical"),
    ("The senator said the alliance must impose sanctions on the junta.", "sanctions", "hypothetical"),
    ("It is imperative that the two neighbours reach a border agreement.", "reach", "hypothetical"),
    ("It is vital that the emirate impose sanctions on the junta.", "sanctions", "hypothetical"),
    ("It is vital for the alliance to impose sanctions on the junta.", "impose", "hypothetical"),
    # an inference about what was, and a past clause of necessity, tell what happened
    ("The ministry must have ordered the strike on the depot.", "strike", "occurred"),
    ("It was important that the two ministers met in Vienna.", "met", "occurred"),
    # a present when-clause the parser hangs on a noun of a future clause is the occasion of the future
    ("Trade will be a major topic when the chancellor meets the emir in Doha.", "meets", "planned"),
    ("New troubles will await the envoy, when he arrives in the capital to meet the rebels.", "meet", "planned"),
    ("The anniversary will recall March 2003, when the coalition invaded the country.", "invaded", "occurred"),
    # a clause of reason or time beside an adjective of necessity asks for nothing
    ("The trip is important because the emirate imposes tariffs on the kingdom's goods.", "imposes", "occurred"),
    ("The talks are crucial as the militia attacks the capital every day.", "attacks", "occurred"),
    # the "not" of what a named act did denies its outcome, not the act; a verb of taking place denies it
    ("Talks with the rebels have not yielded progress, the envoy said.", "Talks", "occurred"),
    ("The airstrikes did not deter the militia.", "airstrikes", "occurred"),
    ("The summit in Vienna did not take place.", "summit", "negated"),
    ("The talks did not go ahead.", "talks", "negated"),
    # ... and so does a verb whose complement weighs its coming, not one that tells what it was
    ("A strike on the port does not appear imminent.", "strike", "negated"),
    ("A summit between the two leaders does not look likely this year.", "summit", "negated"),
    ("The police said the attack did not appear to be the work of a group.", "attack", "occurred"),
]


@pytest.mark.parametrize("text,word,status", DUTIES_AND_OCCASIONS)
def test_status_of_duties_and_occasions_of_the_future(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status
