"""Where a strike happened when its target is not the state it struck in (invented sentences): the
state named before a struck piece of land, or before a post that the sentence says houses others."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _events(pipeline, text: str):  # type: ignore[no-untyped-def]
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def _place(pipeline, text: str, type_: str) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    ev = next(e for e in _events(pipeline, text) if e.type == type_)
    return (ev.location.country, ev.location_basis) if ev.location else None


def test_a_strike_on_posts_housing_others_is_placed_in_the_host_state(pipeline) -> None:
    text = "Chile fired a dozen missiles at two Bolivian bases housing Peruvian troops on Monday."
    assert _place(pipeline, text, "ASSAULT") == ("BOL", "text")


def test_land_named_by_its_state_places_a_strike(pipeline) -> None:
    text = "Peruvian rockets hit Chilean towns on Monday."
    assert _place(pipeline, text, "ASSAULT") == ("CHL", "text")


@pytest.mark.parametrize("text", [
    "Bolivian militants fired rockets at Peruvian positions.",
    "Chile fired missiles at the Peruvian base.",
])
def test_a_post_named_by_its_owner_is_no_place(pipeline, text: str) -> None:
    assert _place(pipeline, text, "ASSAULT") == ("PER", "actor")


def test_words_said_on_the_day_of_a_stay_abroad_are_placed_there(pipeline) -> None:
    text = ("Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on Monday. "
            "On Monday, Boric accused Bolivia of smuggling weapons.")
    ev = next(e for e in _events(pipeline, text) if e.type == "ACCUSE")
    assert (ev.location.country, ev.location_basis) == ("PER", "stay")


@pytest.mark.parametrize("first", [
    "Chilean President Gabriel Boric will hold talks with Peruvian President Dina Boluarte in Lima on Monday.",
    "Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte in Lima on Sunday.",
    "Chilean President Gabriel Boric was traveling to Lima on Monday.",
])
def test_a_planned_stay_or_another_day_lends_no_place(pipeline, first: str) -> None:
    text = first + " On Monday, Boric accused Bolivia of smuggling weapons."
    ev = next(e for e in _events(pipeline, text) if e.type == "ACCUSE")
    assert ev.location_basis != "stay"


def test_a_security_council_act_is_placed_at_its_seat(pipeline) -> None:
    text = "The U.N. Security Council imposed new sanctions on Bolivia on Monday."
    assert _place(pipeline, text, "SANCTION") == ("USA", "actor")


@pytest.mark.parametrize("text", [
    "The UN Human Rights Council condemned Bolivia on Friday.",
    "UN Secretary General Antonio Guterres condemned Bolivia on Friday.",
    "The United Nations on Monday accused Bolivia's National Security Council of blocking inspections.",
])
def test_another_body_of_the_un_or_its_official_has_no_seat_read(pipeline, text: str) -> None:
    assert _place(pipeline, text, "ACCUSE") is None
