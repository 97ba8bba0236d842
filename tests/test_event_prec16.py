"""Acts only wished, judged or imagined, and a "they" read as the wrong side (a news-pool sample drawn
with ``random.Random(1618)``), on sentences written for these tests: a declared readiness leaves its act
possible, an act whose outcome is weighed ("would be a mistake", "is not going to work") has not been
done, nor has one a present-tense "allow" or an "authority to" enables; a "they" after a reported clause
about a people or group is that subject, not the latest pair of states."""

from __future__ import annotations

import pytest

from communique.events.status import status_of
from communique.nlp import load_nlp
from communique.types import RawDoc

STATUS = [
    # sentence, trigger word, status
    ("I think sending troops to the border would be a mistake.", "sending", "hypothetical"),
    ("A war with the neighbours is not the answer, the minister said.", "war", "hypothetical"),
    ("Sanctions on the junta won't work, the envoy said.", "Sanctions", "hypothetical"),
    ("The sanctions on the junta worked, the envoy said.", "sanctions", "occurred"),
    ("The strike on the depot was a mistake, the general said.", "strike", "occurred"),
    ("The blockade of the port is not the answer, the minister said.", "blockade", "occurred"),
    ("“Shelling the port and starting a war, I don't think that's going to work,” the senator said.",
     "war", "hypothetical"),
    ("Shelling the port, the navy then started a war.", "war", "occurred"),
    ("The mountain passes allow the militants to attack the garrison at night.", "attack", "hypothetical"),
    ("The mountain passes allowed the militants to attack the garrison at night.", "attack", "occurred"),
    ("Congress gave the president the authority to strike the ships.", "strike", "hypothetical"),
    ("The ministry has made no secret of its objections to the dam.", "objections", "occurred"),
    ("The ministry has made no objections to the dam.", "objections", "negated"),
    ("The envoy said it was highly unlikely that Peru would recognize the new government.", "recognize",
     "hypothetical"),
    ("The envoy said that Peru would recognize the new government.", "recognize", "planned"),
    ("The minister is planning a round of talks with the neighbours next week.", "talks", "planned"),
    ("The cell planned a series of attacks on the embassy.", "attacks", "occurred"),
    ("“If we see anything suspicious, we will inspect the site,” the envoy said.", "inspect", "hypothetical"),
    ("“We will inspect the site next week,” the envoy said.", "inspect", "planned"),
]


@pytest.mark.parametrize("text,word,status", STATUS)
def test_status_of_judged_enabled_and_authorised_acts(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status


def _events(pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(type, status, source code, target code) of each event in ``text``."""
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, e.status, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events]


@pytest.mark.parametrize("text", [
    "Peru's president said he is willing to obliterate Chile's missile program.",
    "Analysts asked how far Peru is willing to pressure Chile.",
    "Peru is prepared to send troops to Chile.",
])
def test_an_act_its_doer_is_willing_or_prepared_to_take_is_possible(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e[0] in ("ASSAULT", "COERCE", "MOBILIZE")]
    assert evs and all(status == "hypothetical" for _, status, _, _ in evs), evs


def test_an_act_a_party_is_prepared_to_meet_is_possible(pipeline):
    evs = _events(pipeline, "Japan has made clear that it is prepared to intercept any North Korean missile launch.")
    assert evs and all(status == "hypothetical" for _, status, _, _ in evs), evs


def test_a_readiness_read_as_a_threat_is_made_as_it_is_said(pipeline):
    evs = _events(pipeline, "Peru said it is ready to impose sanctions on Chile.")
    assert ("THREATEN", "occurred", "PER", "CHL") in evs, evs


def test_they_after_a_reported_clause_about_the_rebels_is_not_the_latest_states(pipeline):
    text = ("Chile and Peru signed a border deal on Monday. A source in Lima said that the rebels are producing "
            "mortars in the hills. Furthermore, they attacked Bolivia.")
    assert not any(t == "ASSAULT" and s in ("CHL", "PER") for t, _, s, _ in _events(pipeline, text))


def test_they_after_a_main_clause_about_the_states_is_still_those_states(pipeline):
    text = "Chile and Peru signed a border deal on Monday. Furthermore, they attacked Bolivia."
    assert any(t == "ASSAULT" and s in ("CHL", "PER") for t, _, s, _ in _events(pipeline, text))
