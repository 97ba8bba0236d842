"""Where events happened, as ordinary news says it (invented sentences): a state's capital named
by its adjective, a city named before the noun of a locative phrase, the antecedent of a "where"
clause, the destination of a stay the act took place in, the town a strike hit, a seizure at its
seizer's, and the seats of government and towns of war the gazetteer now knows."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _events(pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def _place(pipeline, text: str, type_: str) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    ev = next(e for e in _events(pipeline, text) if e.type == type_)
    return (ev.location.name, ev.location.country, ev.location_basis) if ev.location else None


@pytest.mark.parametrize("text, type_, where", [
    ("Chile's president met Peru's president in the Bolivian capital on Monday.", "CONSULT", ("La Paz", "BOL")),
    ("Chile's president held talks with Peru's president in the capital of Ecuador.", "CONSULT", ("Quito", "ECU")),
    ("Peruvian rockets struck the Chilean capital early on Tuesday.", "ASSAULT", ("Santiago", "CHL")),
])
def test_a_capital_named_by_its_state(pipeline, text: str, type_: str, where: tuple[str, str]) -> None:
    assert _place(pipeline, text, type_)[:2] == where


def test_a_city_named_before_the_noun_of_a_locative_phrase(pipeline) -> None:
    text = "Chile and Peru signed a border treaty at a Quito ceremony on Monday."
    assert _place(pipeline, text, "AGREE")[1:] == ("ECU", "text")


def test_a_state_named_before_the_noun_is_whose_not_where(pipeline) -> None:
    text = "Chile's foreign minister accused Peru of spying at the Bolivian embassy."
    assert _place(pipeline, text, "ACCUSE")[1:] == ("CHL", "actor")


@pytest.mark.parametrize("text", [
    "Chile's president arrived in Quito on Monday, where he met Peru's president.",
    "Chile's president made a surprise visit to Quito on Monday, where he met Peru's president.",
])
def test_a_where_clause_is_placed_at_its_antecedent(pipeline, text: str) -> None:
    assert ("ECU", "text") in {(e.location.country, e.location_basis) for e in _events(pipeline, text)
                               if e.type == "CONSULT" and e.location}
    assert all(e.location and e.location.country == "ECU" for e in _events(pipeline, text) if e.type == "CONSULT")


def test_an_act_during_a_stay_is_placed_at_its_destination(pipeline) -> None:
    text = "Chile's foreign minister accused Peru of spying during a trip to Quito on Monday."
    assert _place(pipeline, text, "ACCUSE")[1:] == ("ECU", "text")


def test_a_trip_called_off_or_a_later_flight_is_no_place_of_the_act(pipeline) -> None:
    text = "Chile's president held talks with Peru's president in Lima before flying to Quito."
    assert _place(pipeline, text, "CONSULT")[1] == "PER"


def test_a_place_of_an_earlier_event_is_not_this_ones(pipeline) -> None:
    text = ("Peru's president accused Chile of aggression, its worst quarrel with Chile since the 1879 "
            "seizure of the port in Valparaiso.")
    place = _place(pipeline, text, "ACCUSE")
    assert place is not None and place[1] == "PER"


def test_a_strike_is_placed_at_the_town_it_hit_and_a_seizure_at_the_seizer(pipeline) -> None:
    assert _place(pipeline, "Peruvian jets bombed Valparaiso on Sunday.", "ASSAULT")[:2] == ("Valparaiso", "CHL")
    assert _place(pipeline, "Chilean police detained two Peruvian fishermen on Monday.", "COERCE")[1:] == ("CHL", "actor")


@pytest.mark.parametrize("text, country", [
    ("Chile's president met Peru's president in The Hague on Monday.", "NLD"),
    ("Chile's president met Peru's president in Putrajaya on Monday.", "MYS"),
    ("Chile's president met Peru's president in the Rose Garden on Monday.", "USA"),
    ("Peruvian jets bombed Islamic State positions near Mosul on Monday.", "IRQ"),
])
def test_seats_of_government_and_towns_of_war_are_known_places(pipeline, text: str, country: str) -> None:
    assert any(e.location and e.location.country == country and e.location_basis == "text"
               for e in _events(pipeline, text))


@pytest.mark.parametrize("text, country", [
    ("Chile's president met Peru's president on the sidelines of the U.N. General Assembly on Tuesday.", "USA"),
    ("Chile's president met Peru's president on the margins of a summit in Quito on Tuesday.", "ECU"),
])
def test_a_meeting_on_the_sidelines_is_placed_at_the_gathering(pipeline, text: str, country: str) -> None:
    assert _place(pipeline, text, "CONSULT")[1:] == (country, "text")


def test_a_sideline_meeting_of_a_gathering_with_no_place_stays_unplaced(pipeline) -> None:
    assert _place(pipeline, "Chile's president met Peru's president on the sidelines of the summit.", "CONSULT") is None


@pytest.mark.parametrize("text", [
    "While visiting Quito on Monday, the Chilean foreign minister accused Peru of spying.",
    "Chile's foreign minister, who arrived in Quito on Monday, accused Peru of spying.",
])
def test_a_clause_of_staying_places_the_act_of_its_doer(pipeline, text: str) -> None:
    assert _place(pipeline, text, "ACCUSE")[1:] == ("ECU", "text")


def test_a_clause_of_going_does_not(pipeline) -> None:
    text = "Traveling to Quito on Monday, Chile's foreign minister accused Peru of spying."
    assert _place(pipeline, text, "ACCUSE")[1:] == ("CHL", "actor")


@pytest.mark.parametrize("text, where", [
    ("Chile's president met Peru's president in the Ecuadorian city of Guayaquil on Monday.", ("Guayaquil", "ECU")),
    ("Chile's president met Peru's president in the Ecuadorian capital, Quito, on Monday.", ("Quito", "ECU")),
])
def test_a_place_named_after_its_kind(pipeline, text: str, where: tuple[str, str]) -> None:
    assert _place(pipeline, text, "CONSULT")[:2] == where


def test_a_noun_phrase_ending_in_a_state_is_no_place(pipeline) -> None:
    text = ("Chile's president met Peru's president on Monday, with Chile nearing an endgame in talks "
            "with Peru's old rival, Ecuador.")
    place = _place(pipeline, text, "CONSULT")
    assert place is None or place[1] != "ECU"


def test_an_occupation_or_a_blockade_is_placed_at_the_side_it_holds(pipeline) -> None:
    text = "Chile imposed a naval blockade on Peru on Monday."
    assert _place(pipeline, text, "COERCE")[1:] == ("PER", "actor")


def test_a_statement_about_an_occupation_is_placed_at_its_speaker(pipeline) -> None:
    text = "Chile condemned Peru's incursion into Bolivian airspace on Monday."
    place = _place(pipeline, text, "ACCUSE")
    assert place is not None and place[1:] == ("CHL", "actor")
