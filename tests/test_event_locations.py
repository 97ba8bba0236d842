"""Where an event took place when its text names no place: by the side that acts there (a
statement, a sanction, a show of force, an arrest or a seizure at its source's state, an attack, an
occupation or a blockade at its target's), marked ``basis: actor`` in the exchange format and left out of fusion's evidence; a place
the text gives always comes first, and a meeting, an accord or a withdrawal gets none."""

from __future__ import annotations

from communique.fuse import node_of
from communique.types import RawDoc


def _events(pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def test_a_statement_is_placed_where_its_speaker_is(pipeline):
    ev = next(e for e in _events(pipeline, "Chile accused Peru of violating the border treaty on Monday."))
    assert (ev.type, ev.location.country) == ("ACCUSE", "CHL")
    assert ev.to_exchange()["location"]["basis"] == "actor"
    assert node_of(ev, 0, "2021-03-02").location is None  # no evidence of which report it is


def test_an_attack_is_placed_at_its_target_and_a_meeting_nowhere(pipeline):
    attack = next(e for e in _events(pipeline, "Peru shelled Bolivian positions on Monday.") if e.type == "ASSAULT")
    assert attack.location.country == "BOL"
    meeting = next(e for e in _events(pipeline, "Chile's president met Peru's president on Monday."))
    assert meeting.type == "CONSULT" and meeting.location is None


def test_a_place_in_the_text_comes_first(pipeline):
    ev = next(e for e in _events(pipeline, "Chile accused Peru of violating the treaty at a meeting in Geneva."))
    assert ev.location.country == "CHE" and ev.to_exchange()["location"]["basis"] == "text"


def test_a_named_official_unknown_to_the_base_speaks_for_the_event(pipeline):
    ev = next(e for e in _events(pipeline, "Peruvian Deputy Foreign Minister Hernan Quispe accused Chile of lying."))
    assert (ev.source.kind, ev.source.name, ev.source.code) == ("person", "Hernan Quispe", "PER")
    ev = next(e for e in _events(pipeline, "The Peruvian ambassador to Chile, Hernan Quispe, warned Bolivia "
                                           "against closing the border."))
    assert (ev.source.kind, ev.source.name) == ("person", "Hernan Quispe")


def test_where_the_words_were_said(pipeline):
    ev = next(e for e in _events(pipeline, "Speaking in Geneva on Monday, Chile accused Peru of violating the treaty."))
    assert (ev.location.country, ev.to_exchange()["location"]["basis"]) == ("CHE", "text")


def test_a_withdrawal_takes_place_where_the_forces_leave_and_leaves_that_state(pipeline):
    ev = next(e for e in _events(pipeline, "Chile withdrew its troops from southern Bolivia on Monday."))
    assert (ev.type, {a.code for a in ev.actors()}) == ("RETREAT", {"CHL", "BOL"})
    assert (ev.location.country, ev.to_exchange()["location"]["basis"]) == ("BOL", "text")
    ev = next(e for e in _events(pipeline, "Chile pulled its soldiers out of northern Peru."))
    assert (ev.type, {a.code for a in ev.actors()}, ev.location.country) == ("RETREAT", {"CHL", "PER"}, "PER")


def test_leaving_an_accord_is_not_placed_at_the_accord(pipeline):
    ev = next(e for e in _events(pipeline, "Chile withdrew from its border accord with Peru on Monday."))
    assert ev.location is None or ev.to_exchange()["location"]["basis"] == "actor"


def test_a_city_before_a_meeting_noun_is_where_it_met(pipeline):
    ev = next(e for e in _events(pipeline, "Chile and Peru held the Geneva talks on Monday."))
    assert (ev.type, ev.location.country, ev.to_exchange()["location"]["basis"]) == ("CONSULT", "CHE", "text")
    ev = next(e for e in _events(pipeline, "Chile's president met Vladimir Putin on Monday."))
    assert ev.location is None  # a person's first name is no place, even when a town bears it


def test_a_seat_of_government_is_a_place(pipeline):
    ev = next(e for e in _events(pipeline, "Putin received the Chilean president at the Kremlin on Monday."))
    assert (ev.type, ev.location.country) == ("CONSULT", "RUS")
    ev = next(e for e in _events(pipeline, "Biden held an Oval Office meeting with the Chilean president on Monday."))
    assert (ev.type, ev.location.country) == ("CONSULT", "USA")


def test_a_capital_before_a_noun_that_is_no_meeting_stands_for_its_state(pipeline):
    ev = next(e for e in _events(pipeline, "Chile denounced the Lima government for the arrests."))
    assert ev.location is None or ev.location.name != "Lima"
