"""Where a force is moved (invented sentences): the place it is sent, deployed or flown to, into
or over, not the home of the state that moves it."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _place(pipeline, text: str, type_: str) -> tuple[str, str | None] | None:  # type: ignore[no-untyped-def]
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    ev = next(e for e in events if e.type == type_)
    return (ev.location.country, ev.location_basis) if ev.location else None


@pytest.mark.parametrize("text, country", [
    ("Chile sent 400 troops to Bolivia on Monday.", "BOL"),
    ("Chile deployed two squadrons of fighter jets into Peru on Monday.", "PER"),
    ("Chile flew two bombers over Bolivia on Monday.", "BOL"),
    ("The Chilean president's decision to send 450 more troops to Bolivia drew criticism.", "BOL"),
])
def test_a_force_moved_somewhere_is_placed_there(pipeline, text: str, country: str) -> None:
    assert _place(pipeline, text, "MOBILIZE") == (country, "text")


def test_a_force_with_no_destination_is_placed_at_home(pipeline) -> None:
    assert _place(pipeline, "Chile deployed 400 troops on Monday.", "MOBILIZE") == ("CHL", "actor")
