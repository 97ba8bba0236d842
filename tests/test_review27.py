"""Review of the twenty-seventh session's change (review27): readings its rules took too far, and a feed
whose zeroed first line comes before a long record. Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from probe import events_of, pairs, shown


def test_a_war_taken_to_a_state_is_fighting(pipeline):
    """ "take" holds a threat ("took the threat seriously": no threat made), not a war carried to a state."""
    evs = events_of(pipeline, "Hezbollah took the war to Israel.")
    assert ("HEZBOLLAH", "ISR") in pairs(evs, "ASSAULT"), shown(evs)


def test_a_building_named_for_computers_bombed_is_an_attack(pipeline):
    """A cyber act is one on data or its holders ("the email accounts"), not a strike on a computer factory."""
    evs = events_of(pipeline, "Israeli jets bombed a computer factory in Damascus.")
    assert ("ISR", "SYR") in pairs(evs, "ASSAULT"), shown(evs)


def test_arms_bought_from_a_state_stay_cooperation(pipeline):
    """Commerce verbs alone are no cooperation ("everything Americans buy from China"); arms bought are."""
    evs = events_of(pipeline, "India bought S-400 missile systems from Russia last year.")
    assert ("IND", "RUS") in pairs(evs, "COOPERATE"), shown(evs)


def test_a_future_perfect_before_an_occasion_is_a_plan(pipeline):
    """A modal perfect with a time it is done by is the perfect of the future, not a counterfactual."""
    evs = events_of(pipeline, "Trump said the U.S. would have withdrawn all its troops from Syria before the election.")
    assert [e.status for e in evs if e.type == "RETREAT"] == ["planned"], shown(evs)


def test_a_reported_guess_at_the_past_is_hypothetical(pipeline):
    """ "could have breached", said by officials, is their guess at what was, not a counterfactual."""
    evs = events_of(pipeline, "U.S. officials said Russian hackers could have breached the election systems in Illinois.")
    assert [e.status for e in evs if e.source and e.source.code == "RUS"] == ["hypothetical"], shown(evs)


def test_a_zeroed_first_line_before_a_long_record_costs_that_line_only(tmp_path: Path):
    """The binary sniff reads the first 8 KiB: a zeroed first line followed by a record longer than that left
    no whole clean line in the sample, and the feed was refused whole."""
    from communique import CommuniqueError, read_inputs

    long = json.dumps({"id": "long", "text": "The ministers of two made-up states met on Monday. " * 400})
    short = json.dumps({"id": "short", "text": "The ministers met again on Tuesday."})
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\x00" * 500 + b"\n" + long.encode() + b"\n" + short.encode() + b"\n")
    items = list(read_inputs([str(feed)]))
    errs = [i for i in items if isinstance(i, CommuniqueError)]
    assert [getattr(i, "id", None) for i in items if i not in errs] == ["long", "short"], items
    assert len(errs) == 1 and errs[0].code == "E103", errs


@pytest.mark.parametrize("text,kind,pair,status", [
    # the exemptions of generic27's no-event filters: a reason given "as" one leaves the act told; an act
    # found easier was done; a modal perfect with a deadline is a plan
    ("Moscow used the drills as an excuse to invade Ukraine in February.", "ASSAULT", ("RUS", "UKR"), "occurred"),
    ("China found it easier to cut a deal with Russia, officials said on Monday.", "AGREE", ("CHN", "RUS"), "occurred"),
    ("The Pentagon said the U.S. would have withdrawn its troops from Iraq by June.", "RETREAT", ("USA", "IRQ"),
     "planned"),
])
def test_acts_the_no_event_filters_keep(pipeline, text: str, kind: str, pair: tuple[str, str], status: str):
    evs = events_of(pipeline, text)
    assert [e.status for e in evs if e.type == kind and (e.source.code, e.target and e.target.code) == pair] \
        == [status], shown(evs)
