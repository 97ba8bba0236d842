"""Acts of force on unseen news (twenty-third pass, second round). Sentences written for these tests
(not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2016-01-16")
shown = probe.shown


def assaults(events) -> list[tuple[str | None, str | None]]:
    """(source, target) of the ASSAULT events."""
    return probe.pairs(events, "ASSAULT")


@pytest.mark.parametrize("text, expected", [
    ("Pyongyang threatened on Monday to fire ballistic missiles at Okinawa.", ("PRK", "JPN")),
    ("Hezbollah threatened to launch rockets at Eilat if the siege went on.", ("HEZBOLLAH", "ISR")),
])
def test_a_threat_to_fire_at_a_place_threatens_its_state(pipeline, text, expected):
    """ "threatened to fire missiles at Okinawa": the threat is aimed at the state of the place the
    strike would hit, as "threatened to strike Okinawa" is (a place names no actor of its own)."""
    evs = events_of(pipeline, text)
    threats = probe.pairs(evs, "THREATEN")
    assert any(t == expected[1] and (expected[0] is None or s == expected[0]) for s, t in threats), shown(evs)


@pytest.mark.parametrize("text, expected", [
    ("Eleven Yemenis died in Saudi airstrikes on Monday.", ("SAU", "YEM")),
    ("The Afghan death toll in American bombardments rose to 40 last week.", ("USA", "AFG")),
])
def test_who_fell_in_a_strike_is_its_target(pipeline, text, expected):
    """ "Yemenis died in Saudi airstrikes", "the Afghan death toll in American bombardments": whom an
    attack by a named side killed is its target, as in "were killed in Saudi airstrikes"."""
    evs = events_of(pipeline, text)
    assert expected in assaults(evs), shown(evs)


@pytest.mark.parametrize("text, expected", [
    ("Kandahar was shelled by the Taliban overnight.", ("TALIBAN", "AFG")),
    ("The Taliban stormed the city of Kunduz on Monday.", ("TALIBAN", "AFG")),
    ("The town of Kunduz has been besieged by the Taliban for a month.", ("TALIBAN", "AFG")),
])
def test_a_place_attacked_names_its_state_as_target(pipeline, text, expected):
    """ "Kandahar was shelled by the Taliban", "stormed the city of Kunduz": the place acted on, as
    the passive subject or named by a place noun's "of" phrase, is its state's territory, as
    "shelled Kandahar" is."""
    evs = events_of(pipeline, text)
    assert expected in assaults(evs), shown(evs)
