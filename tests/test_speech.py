"""Reported speech and first-person statements as events, on news sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str, published: str = "2022-05-10"):
    return list(pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events)


def dyads(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Australian Foreign Minister Penny Wong said China had violated the agreement.", ("ACCUSE", "AUS", "CHN")),
    ("The Indian foreign ministry said Pakistan was responsible for the attack.", ("ACCUSE", "IND", "PAK")),
    ("\"Serbia must respect the ruling,\" German Chancellor Olaf Scholz told reporters.", ("REQUEST", "DEU", "SRB")),
    ("Brazilian President Lula said he hoped Venezuela would hold free elections.", ("REQUEST", "BRA", "VEN")),
    ("\"There will be consequences if Iran attacks our ships,\" Trump told reporters.", ("THREATEN", "USA", "IRN")),
    ("\"If Pyongyang tests another missile, it will pay a heavy price,\" Japanese Prime Minister Shinzo Abe said.",
     ("THREATEN", "JPN", "PRK")),
])
def test_reported_speech_is_the_event(pipeline, text, expected):
    assert expected in dyads(events_of(pipeline, text))


def test_a_reported_event_stays_that_event(pipeline):
    found = dyads(events_of(pipeline, "Ukraine said Russian forces attacked Ukrainian power plants on Monday."))
    assert ("ASSAULT", "RUS", "UKR") in found
    assert not any(t == "ACCUSE" for t, _, _ in found)


def test_negated_or_own_side_content_is_no_accusation(pipeline):
    found = dyads(events_of(pipeline, "Japanese officials said Japan had not violated the treaty. "
                                      "Tokyo said China did not violate the deal."))
    assert not any(t == "ACCUSE" for t, _, _ in found), found


def test_we_is_the_speaker(pipeline):
    text = ("French President Emmanuel Macron spoke after the summit. \"We will impose sanctions on Iran "
            "if it enriches further,\" he said.")
    found = dyads(events_of(pipeline, text))
    assert any(t == "SANCTION" and s == "FRA" and o == "IRN" for t, s, o in found), found


def test_one_sided_act_is_aimed_at_the_other_side_of_the_story(pipeline):
    text = ("The United States imposed sanctions on Iran on Monday. "
            "Tehran vowed to respond.")
    found = dyads(events_of(pipeline, text))
    assert ("THREATEN", "IRN", "USA") in found, found
