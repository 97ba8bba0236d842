"""Leftovers of the twenty-second review, on invented sentences: an act named in general under a verb of
bearing on it, a public's wish for another's act, ..."""

from __future__ import annotations

import pytest

from probe import said


@pytest.mark.parametrize("text,status", [
    # an act named in general that a measure "will affect" or "will concern" may be one to come
    ("The new tariffs will affect talks between Chile and Peru.", "planned"),
    ("The decision will concern talks between Chile and Peru.", "planned"),
])
def test_an_act_named_in_general_is_as_open_as_what_bears_on_it(pipeline, text, status):
    evs = said(pipeline, text)
    assert [e for e in evs if e[0] == "CONSULT" and e[3] == status], evs


@pytest.mark.parametrize("text,event", [
    # a public's wish is no act of its state, but the act of another that it wishes for is that other's,
    # as open as the wish
    ("A new survey shows that most South Koreans want Moon to hold talks with Kim.",
     ("CONSULT", "KOR", "PRK", "hypothetical")),
    ("A poll found that 70 percent of Germans want Merkel to impose sanctions on Russia.",
     ("SANCTION", "DEU", "RUS", "hypothetical")),
])
def test_the_act_a_polled_public_wishes_for_is_the_others(pipeline, text, event):
    evs = said(pipeline, text)
    assert evs == [event], evs
