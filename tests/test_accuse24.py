"""Accusations found by grouping the train split's ACCUSE misses and checking the constructions on
news-pool articles (session 24). Sentences written for these tests (not from an eval set); the real
pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text,pair", [
    # a verb of finding with a clause reports what was found, as a verb of saying does
    ("Dutch investigators concluded that Russia was behind the downing of the airliner.", ("NLD", "RUS")),
    ("The German government has determined that Moscow was responsible for the cyberattack on parliament.",
     ("DEU", "RUS")),
    ("British intelligence agencies assessed that Iran had violated the nuclear agreement.", ("GBR", "IRN")),
])
def test_finding_with_clause_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a noun of finding reports what its owner found, as a noun of claim does
    ("Italy cited the French assessment that Iran had violated the nuclear accord.", ("FRA", "IRN")),
    ("Tehran rejected a French intelligence assessment that Iran was behind the bomb plot.", ("FRA", "IRN")),
    ("Ankara dismissed the conclusion of Greek investigators that Turkey was behind the cyberattacks.",
     ("GRC", "TUR")),
])
def test_finding_noun_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


def test_claim_clause_parsed_as_relative_is_reported(pipeline):
    # the parse hangs the that-clause on the noun as a relative clause; its "that" is a conjunction
    text = ("A British court charged two Russian officers on Friday, in the strongest British accusation yet "
            "that Moscow meddled in the referendum.")
    evs = events_of(pipeline, text)
    assert ("GBR", "RUS") in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # displeasure voiced at another side's act is disapproval of it, as voiced concern or anger is
    ("Beijing expressed fury over the new Japanese sanctions.", ("CHN", "JPN")),
    ("Seoul voiced disgust at North Korea's treatment of the detained fishermen.", ("KOR", "PRK")),
    ("Vietnam expressed impatience with China's delays in the maritime talks.", ("VNM", "CHN")),
])
def test_displeasure_voiced_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a protest a side makes, named as a noun with its maker, is a complaint in words, not a demonstration
    ("Washington pressed ahead with the tariffs despite protests by French and German ministers.", ("FRA", "USA")),
    ("Israel opened the embassy despite protests from the Turkish government.", ("TUR", "ISR")),
])
def test_protest_by_a_side_accuses(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "ACCUSE"), shown(evs)
