"""Event status cues the pool audits of session 26 found misread (``communique.events.status``), on invented
sentences: "was to meet" on a near day sets an act down for later, "in case" opens a condition, "did not ... until" tells
when an act came, and "not simply" grants the act."""

from __future__ import annotations

import pytest

from communique.events.status import status_of
from communique.nlp import load_nlp

CASES = [
    # sentence, trigger word, status
    # a past "was to" with a time near at hand sets the act down for later, as "is to" does
    ("Stoltenberg was in Oslo and was to meet his Danish counterpart on Friday.", "meet", "planned"),
    ("The Greek and Danish premiers were to sign the border accord later in the day.", "sign", "planned"),
    # ... not one told with no such time, which may be narration, nor a goal
    ("Stoltenberg was to meet his Danish counterpart many times after that.", "meet", "occurred"),
    ("The aim of the mission was to meet the rebel commanders on Friday.", "meet", "occurred"),
    # "in case" opens a condition, as "if" does
    ("The navy keeps two frigates nearby in case the rebels attack the port.", "attack", "hypothetical"),
    ("Tokyo will respond firmly in case Beijing seizes the islands.", "seizes", "hypothetical"),
    # ... "in this case" names one
    ("In this case, the rebels attacked the port at dawn.", "attacked", "occurred"),
    # a past "not ... until" tells when the act came, late; not what is still not done or still to come
    ("The premier did not call his Polish counterpart until two days after the crash.", "call", "occurred"),
    ("The army did not shell the town until the convoy had left.", "shell", "occurred"),
    ("The premier did not call his Polish counterpart until now.", "call", "negated"),
    ("The premier will not call his Polish counterpart until the inquiry ends.", "call", "negated"),
    # "not simply" grants the act, as "not just" does
    ("The shelling of the port was not simply an attack on the rebels.", "attack", "occurred"),
    ("The shelling of the port was not an attack on the rebels.", "attack", "negated"),
]


@pytest.mark.parametrize("text, word, status", CASES)
def test_status_of_trigger(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


PROSPECT_CASES = [
    # the clause of a noun of what may come, not in the past, is open; a strong prospect is foreseen, none is denied
    ("Aides said there was a strong possibility the chancellor will visit Warsaw next month.", "visit", "expected"),
    ("There is a possibility that the chancellor will visit Warsaw next month.", "visit", "hypothetical"),
    ("The envoy said there is no chance that the junta will resume talks with the rebels.", "talks", "negated"),
    # "probable that" weighs the act as "likely that" does
    ("It is probable that the two governments will sign the accord in May.", "sign", "expected"),
]


@pytest.mark.parametrize("text, word, status", PROSPECT_CASES)
def test_status_under_a_prospect(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


DENIED_IN_PROSPECT = [
    # a "not" in a condition or under might/may denies the act only in prospect: it is open
    ("The junta will face new sanctions if it does not withdraw its troops from the border.", "withdraw",
     "hypothetical"),
    ("The premier hinted that his party might not back the coalition government.", "back", "hypothetical"),
    # ... not "would not", a plan, nor "could not", a failure, nor a plain "not"
    ("The premier said his party would not back the coalition government.", "back", "negated"),
    ("The two sides could not reach a deal on the border.", "reach", "negated"),
]


@pytest.mark.parametrize("text, word, status", DENIED_IN_PROSPECT)
def test_a_not_in_prospect_leaves_the_act_open(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status
