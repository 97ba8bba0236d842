"""The lead's readings of the twenty-third pass, on invented sentences."""

from __future__ import annotations

import pytest

from probe import pairs, events_of


@pytest.mark.parametrize("text, pair", [
    ("Hezbollah fired rockets at Haifa on Sunday.", ("HEZBOLLAH", "ISR")),
    ("The Houthis fired two ballistic missiles at Riyadh last week.", ("HOUTHI", "SAU")),
])
def test_the_weapon_fired_is_not_a_force_struck(pipeline, text, pair):
    """What a strike verb fires ("fired rockets at Haifa") is no force fought where it stands: the place
    it was fired at still names the state struck."""
    found = pairs(events_of(pipeline, text), "ASSAULT")
    assert pair in found, found


def test_a_force_struck_where_it_stands_is_still_no_state(pipeline):
    found = pairs(events_of(pipeline, "Turkish jets fired missiles at rebel camps in Iraq on Sunday."), "ASSAULT")
    assert ("TUR", "IRQ") not in found, found
