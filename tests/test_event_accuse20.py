"""Threats and accusations the extractor missed or misread (session 20, accuse20), each found
recurring on the news pool: a hostile act its doer will not rule out ("would not rule out military
strikes against Y", "refused to rule out military action": a threat, not a refusal nor the act).
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc
from pool_events import events_of


def _threats(pipeline, text: str) -> list[tuple[frozenset[str], str]]:
    """(actor codes, status) of each THREATEN ``pipeline`` finds in ``text``."""
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(frozenset(a.code for a in e.actors()), e.status) for e in result.events if e.type == "THREATEN"]


@pytest.mark.parametrize("text, codes", [
    ("Pompeo refused to rule out military action against Iran.", {"USA", "IRN"}),
    ("The Pentagon would not rule out military strikes against the Islamic State in Syria.", {"USA", "ISIS"}),
])
def test_a_hostile_act_not_ruled_out_is_a_threat(pipeline, text, codes):
    assert (frozenset(codes), "occurred") in _threats(pipeline, text), events_of(pipeline, text)
    assert not any(t in ("REJECT", "ASSAULT") for t, _, _ in events_of(pipeline, text))


def test_talks_not_ruled_out_are_no_threat(pipeline):
    evs = events_of(pipeline, "The White House has not ruled out face-to-face talks with Iran.")
    assert not any(t == "THREATEN" for t, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Germany is sending weapons to Kurdish forces in Iraq, breaking with the country's long reluctance.",
    "Breaking with his earlier praise of Russia, Trump did not mention Putin in his speech.",
    "The militants broke with al-Qaeda last year.",
])
def test_breaking_with_is_no_threat(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t == "THREATEN" for t, _, _ in evs), evs


def test_breaking_ties_with_a_state_is_still_a_sanction(pipeline):
    evs = events_of(pipeline, "Saudi Arabia broke diplomatic ties with Iran on Sunday.")
    assert any(t == "SANCTION" and {"SAU", "IRN"} <= actors for t, actors, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Macron and other leaders marched up the Champs-Elysees toward the ceremony with Trump.",
    "Islamic State fighters marched on Baghdad after seizing Mosul from the Iraqi army.",
])
def test_a_march_by_no_crowd_is_no_protest(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t == "PROTEST" for t, _, _ in evs), evs


def test_protesters_marching_on_an_embassy_protest(pipeline):
    evs = events_of(pipeline, "Hundreds of Egyptian protesters marched to the U.S. Embassy in Cairo, chanting slogans.")
    assert any(t == "PROTEST" and "USA" in actors for t, actors, _ in evs), evs


def test_a_run_of_threats_from_a_side_is_a_threat(pipeline):
    text = ("The United States flew bombers over the Korean peninsula on Sunday. "
            "The flight followed weeks of escalating threats from Pyongyang.")
    assert any(t == "THREATEN" and "PRK" in actors for t, actors, _ in events_of(pipeline, text))


def test_threats_from_a_side_to_counter_are_a_danger(pipeline):
    evs = events_of(pipeline, "The United States will help Saudi Arabia counter threats from Iran.")
    assert not any(t == "THREATEN" for t, _, _ in evs), evs
