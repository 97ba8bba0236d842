"""A measure named as the object of a stance: a country name before the sanction noun is whom the
sanctions would hit, not a doer whose sanctions the stance reports."""

from __future__ import annotations

from tests.probe import events_of, pairs


def test_opposing_country_sanctions_reports_no_sanction(pipeline):
    # "opposed Iran sanctions": a stance on a measure, not the measure imposed by the one who opposes it
    events = events_of(pipeline, "Chuck Hagel has long opposed Venezuela sanctions.")
    assert pairs(events, "SANCTION") == []


def test_condemned_sanctions_with_their_doer_are_still_reported(pipeline):
    # the sanctions' own doer named: the stance reports them (kept as before)
    events = events_of(pipeline, "Caracas condemned the Venezuela sanctions imposed by Washington.")
    assert ("USA", "VEN") in pairs(events, "SANCTION")


def test_backing_country_sanctions_reports_no_sanction(pipeline):
    # "backed Syria sanctions": the measure is argued over; whoever would impose it, no act is reported
    events = events_of(pipeline, "Chuck Hagel backed Syria sanctions.")
    assert pairs(events, "SANCTION") == []
