"""Acts of force and coercion on unseen news (sixteenth pass): ground seized or taken control of is
fighting. Sentences written for these tests (not from an eval set); the real pipeline (parse,
knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str, published: str = "2015-06-17"):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events


def shown(events) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize("text,event", [
    ("Islamic State seized the Syrian town of Palmyra.", ("ASSAULT", "ISIS", "SYR")),
    ("ISIS seized large parts of Iraq last year.", ("ASSAULT", "ISIS", "IRQ")),
    ("ISIS has seized control of large areas of northern Iraq and Syria.", ("ASSAULT", "ISIS", "IRQ")),
])
def test_ground_seized_is_fighting(pipeline, text, event):
    evs = events_of(pipeline, text)
    got = [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]
    assert event in got and not [e for e in evs if e.type == "COERCE"], shown(evs)


@pytest.mark.parametrize("text,event", [
    ("Iran seized a British oil tanker in the Strait of Hormuz.", ("COERCE", "IRN", "GBR")),
    ("Iranian commandos took control of the British oil tanker.", ("COERCE", "IRN", "GBR")),
])
def test_property_seized_or_taken_control_of_stays_a_seizure(pipeline, text, event):
    evs = events_of(pipeline, text)
    got = [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]
    assert event in got, shown(evs)


def pairs(events, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    # the act a light verb launches is no force standing where it struck
    ("Turkey launched a military offensive in northern Syria on Wednesday.", ("TUR", "SYR")),
    ("Russia has increased its military attacks in eastern Ukraine.", ("RUS", "UKR")),
    # what control is of is where the act hit
    ("The Taliban took control of the key northern city of Kunduz.", ("TALIBAN", "AFG")),
])
def test_the_place_an_attack_hit_gives_its_recipient(pipeline, text, pair):
    evs = events_of(pipeline, text, "2019-10-10")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,type_,pair", [
    ("Russian warplanes began carrying out airstrikes in Syria.", "ASSAULT", ("RUS", "SYR")),
    ("French warplanes started pounding Islamic State targets in northern Iraq.", "ASSAULT", ("FRA", "ISIS")),
    ("Hundreds of Iranian troops began arriving in Syria ten days ago.", "MOBILIZE", ("IRN", "SYR")),
])
def test_an_act_begun_or_going_on_is_reported(pipeline, text, type_, pair):
    evs = events_of(pipeline, text, "2015-10-10")
    assert pair in pairs(evs, type_), shown(evs)


def test_refugees_returned_are_no_release(pipeline):
    evs = events_of(pipeline, "Bangladesh and Myanmar signed a deal on Thursday to begin returning Rohingya "
                              "refugees to Myanmar within two months.", "2017-11-23")
    assert not pairs(evs, "RETREAT"), shown(evs)


@pytest.mark.parametrize("text", [
    "The United States withdrew from the Iran nuclear deal in May.",
    "Washington pulled out of the Iran nuclear deal.",
])
def test_leaving_an_accord_named_after_a_party_is_a_sanction_on_it(pipeline, text):
    evs = events_of(pipeline, text, "2018-09-10")
    assert ("USA", "IRN") in pairs(evs, "SANCTION") and not pairs(evs, "RETREAT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Russian troops entered Ukrainian territory on Thursday.", ("RUS", "UKR")),
    ("Up to 1,000 Russian troops have moved into southern Ukraine.", ("RUS", "UKR")),
    ("Israeli ground forces entered Rafah at 2 a.m.", ("ISR", "PSE")),
])
def test_a_force_entering_another_states_land_attacks_it(pipeline, text, pair):
    evs = events_of(pipeline, text, "2014-08-30")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text", [
    "Thousands of Syrian refugees entered Turkey on Monday.",  # no armed force
    "Iraqi forces entered the city of Fallujah on Monday.",  # its own land
])
def test_no_incursion_without_a_force_or_on_its_own_land(pipeline, text):
    evs = events_of(pipeline, text, "2014-08-30")
    assert not pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,type_,pair", [
    ("Chinese military hackers broke into the networks of US companies.", "COERCE", ("CHN", "USA")),
    ("China retaliated with tariffs on American goods.", "SANCTION", ("CHN", "USA")),
])
def test_a_thing_of_a_party_is_read_by_the_thing(pipeline, text, type_, pair):
    evs = events_of(pipeline, text, "2018-01-17")
    assert pair in pairs(evs, type_) and not pairs(evs, "ASSAULT"), shown(evs)
