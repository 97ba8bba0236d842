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


def test_opposing_sanctions_on_a_state_is_no_stance_toward_it(pipeline):
    # the sanctions' target and the cause named are not whom the stance is on
    events = events_of(pipeline, "Chuck Hagel opposed sanctions against Syria over its chemical weapons.")
    assert [e for e in events if e.type in ("ACCUSE", "REJECT", "SUPPORT")] == []


def test_condemning_sanctions_is_a_stance_toward_their_doer_alone(pipeline):
    # the state they hit is no party to the condemnation
    events = events_of(pipeline, "Moscow condemned the sanctions on Syria imposed by France.")
    assert [(e.target.code, [a.code for a in e.participants]) for e in events if e.type == "ACCUSE"] == [("FRA", [])]


def test_criticizing_country_sanctions_with_no_doer_is_no_event(pipeline):
    # "criticized the new Syria sanctions": not an accusation of Syria, nor sanctions by the critic
    events = events_of(pipeline, "Moscow criticized the new Syria sanctions.")
    assert not events
