"""Sides that a fresh news-pool sample (args13) showed to be wrong, on sentences written for these
tests (the real pipeline runs on each)."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, str, frozenset[str]]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, e.status, frozenset(a.code for a in e.actors())) for e in result.events]


@pytest.mark.parametrize("text, host", [
    ("The Chilean minister flew to Lima from Bogota on Monday.", "PER"),
    ("The Chilean minister, who arrived in Peru from Colombia on Monday, praised the deal.", "PER"),
])
def test_where_a_trip_set_out_from_is_no_party(pipeline, text, host):
    visits = [actors for t, _, actors in events_of(pipeline, text) if t == "CONSULT"]
    assert visits and all(actors == {"CHL", host} for actors in visits), visits


@pytest.mark.parametrize("text, code", [
    ("Chile banned the group in September, Agence France-Presse reported.", "FRA"),
    ("Chile banned the group, the Times of Israel reported.", "ISR"),
    ("A Chilean minister told Voice of America that Peru must withdraw.", "USA"),
    ("Chile banned the group, the South China Morning Post reported.", "CHN"),
])
def test_a_news_outlet_named_after_a_state_names_no_actor(pipeline, text, code):
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    assert code not in {m.actor.code for m in result.mentions}, result.mentions


@pytest.mark.parametrize("name", ["Jabhat Fateh ash-Sham", "Fatah al-Sham", "Jabhat Fath al-Sham"])
def test_the_renamed_nusra_front_is_not_fatah(pipeline, name):
    result = pipeline.process(RawDoc(id="t", origin="test", text=f"Russian jets bombed {name} near Idlib.",
                                     published="2017-03-02"))
    assert "NUSRA" in {m.actor.code for m in result.mentions} and "FATAH" not in {
        m.actor.code for m in result.mentions}, result.mentions


@pytest.mark.parametrize("text", [
    "The United States imposed new sanctions on Venezuela. Cuba rejected Colombia's accusations of meddling.",
    "The United States imposed new sanctions on Venezuela. Cuba dismissed Colombian accusations that it "
    "had armed the rebels.",
])
def test_a_denied_charge_is_against_the_denier(pipeline, text):
    charges = [actors for t, _, actors in events_of(pipeline, text) if t == "ACCUSE"]
    assert charges == [{"COL", "CUB"}], charges


@pytest.mark.parametrize("text", [
    "Washington imposed sanctions on Damascus. Syrian forces killed dozens of protesters on Friday.",
    "Washington imposed sanctions on Damascus. Syrian jets bombed civilians in Idlib on Friday.",
    "Washington imposed sanctions on Damascus. Syrian troops attacked hundreds of villagers near Homs.",
])
def test_an_act_on_a_population_takes_no_story_counterpart(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t == "ASSAULT" and "USA" in actors for t, _, actors in evs), evs


def test_named_victims_still_name_their_side(pipeline):
    evs = events_of(pipeline, "Israel struck Gaza on Monday. Hamas rockets killed two Israeli civilians.")
    assert ("ASSAULT", "occurred", frozenset({"HAMAS", "ISR"})) in evs, evs


@pytest.mark.parametrize("text", [
    "Peru fired a missile over Ecuador on Tuesday. In response, Chile and Bolivia held a military exercise "
    "near the border.",
    "Peru fired a missile over Ecuador on Tuesday. Chile and Bolivia fired missiles in response.",
    "Chile and Bolivia held drills in response to Peru's missile launch.",
])
def test_an_act_in_response_is_aimed_at_whom_it_answers(pipeline, text):
    shows = [actors for t, _, actors in events_of(pipeline, text) if t == "MOBILIZE" and "CHL" in actors]
    assert shows == [{"CHL", "BOL", "PER"}], shows


def test_a_family_name_after_an_unknown_namesake_is_not_a_former_leader(pipeline):
    text = ("Liberals from Sen. Sherrod Brown, Ohio Democrat, criticized the trade deal. "
            "Mr. Brown later relented from his criticism.")
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2015-05-13"))
    assert "GBR" not in {m.actor.code for m in result.mentions}, result.mentions


def test_a_former_leader_named_in_full_is_still_read_by_family_name(pipeline):
    text = "Gordon Brown criticized the trade deal on Monday. Mr. Brown later relented."
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2015-05-13"))
    assert [m.text for m in result.mentions if m.actor.code == "GBR"] == ["Gordon Brown", "Mr. Brown"]
