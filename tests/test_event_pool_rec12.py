"""Misses found on random news-pool articles (session 9, rec12), each fixed by a general rule: a verb's
object that counts out a group ("a set of sanctions", "a series of tariffs") is read by the thing counted,
as amounts already were ("a raft of sanctions"). Sentences written for these tests; the real pipeline
runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text", [
    "The European Union imposed a set of sanctions on Russia on Monday.",
    "Washington imposed a series of tariffs on China in March.",
])
def test_a_counted_out_object_is_read_by_what_it_counts(pipeline, text):
    assert any(typ == "SANCTION" for typ, _, _ in events_of(pipeline, text)), events_of(pipeline, text)


def test_a_set_of_talks_is_no_sanction(pipeline):
    evs = events_of(pipeline, "The two ministers held a series of talks in Geneva on Tuesday.")
    assert not any(typ == "SANCTION" for typ, _, _ in evs), evs

