"""Whom words aim at is no place (invented sentences): "lashed out at Chile" names the target, not
where it happened; "at" places an event only at a city or a venue, not at a whole state."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _place(pipeline, text: str, type_: str) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    ev = next(e for e in events if e.type == type_)
    return (ev.location.country, ev.location_basis) if ev.location else None


@pytest.mark.parametrize("text", [
    "Peru lashed out at Chile on Monday.",
    "Peru's government pointed the finger at Chile on Monday.",
])
def test_a_state_aimed_at_is_not_where_it_was_said(pipeline, text: str) -> None:
    assert _place(pipeline, text, "ACCUSE") == ("PER", "actor")


@pytest.mark.parametrize("text, country", [
    ("Peru's president met Chile's president at the White House on Monday.", "USA"),
    ("Peru's president met Chile's president at Singapore on Monday.", "SGP"),
])
def test_a_venue_or_a_city_state_after_at_still_places(pipeline, text: str, country: str) -> None:
    assert _place(pipeline, text, "CONSULT") == (country, "text")


@pytest.mark.parametrize("text, type_", [
    ("Peru's ambassador condemned Chile at a Security Council meeting on Monday.", "ACCUSE"),
    ("At the United Nations, Peru's ambassador condemned Chile on Monday.", "ACCUSE"),
])
def test_the_united_nations_as_a_venue_is_new_york(pipeline, text: str, type_: str) -> None:
    assert _place(pipeline, text, type_) == ("USA", "text")


def test_a_un_body_placed_elsewhere_is_not_new_york(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru's ambassador condemned Chile at a U.N. conference in Geneva on Monday."
    assert _place(pipeline, text, "ACCUSE") == ("CHE", "text")


def test_a_city_state_named_as_its_capital_is_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _place(pipeline, "Peru's president met Pope Francis at the Vatican on Monday.", "CONSULT") == ("VAT", "text")
