"""Where words were said (invented sentences): a place in a locative phrase of the saying, not a
place in the matter said about ("condemned Chile's actions in Bolivia" was not said in Bolivia)."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _place(pipeline, text: str, type_: str) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    ev = next(e for e in events if e.type == type_)
    return (ev.location.country, ev.location_basis) if ev.location else None


@pytest.mark.parametrize("text, type_", [
    ("Peru's foreign minister issued a strong condemnation of Chile's actions in Bolivia on Monday.", "ACCUSE"),
    ("Peru's foreign minister accused Chile of war crimes in Bolivia on Monday.", "ACCUSE"),
])
def test_a_place_in_the_matter_said_is_not_where_it_was_said(pipeline, text: str, type_: str) -> None:
    assert _place(pipeline, text, type_) == ("PER", "actor")


@pytest.mark.parametrize("text, type_, country", [
    ("Peru's foreign minister accused Chile of war crimes at a news conference in Quito on Monday.", "ACCUSE", "ECU"),
    ("Peru's foreign minister condemned Chile's actions in Bolivia at a summit in Quito on Monday.", "ACCUSE", "ECU"),
    ("Peru's foreign minister condemned Chile's actions in Bolivia during a visit to Quito on Monday.", "ACCUSE", "ECU"),
    # an occasion on the saying itself is no matter said
    ("Peru's foreign minister, who during a news conference in Quito on Monday accused Chile of war crimes in "
     "Bolivia, left for Lima.", "ACCUSE", "ECU"),
])
def test_a_place_where_words_are_said_places_them(pipeline, text: str, type_: str, country: str) -> None:
    assert _place(pipeline, text, type_) == (country, "text")
