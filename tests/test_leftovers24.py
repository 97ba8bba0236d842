"""The last review's leftovers (leftovers24). Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_a_welcomed_call_is_not_addressed_to_the_welcomer(pipeline):
    """ "Kenya welcomed the British call for a truce": Kenya backs Britain (SUPPORT); the call is
    Britain's and names no addressee, so it is no request made of Kenya."""
    evs = events_of(pipeline, "Kenya welcomed the British call for a truce in Sudan.")
    assert ("KEN", "GBR") in pairs(evs, "SUPPORT"), shown(evs)
    assert ("GBR", "KEN") not in pairs(evs, "REQUEST"), shown(evs)
