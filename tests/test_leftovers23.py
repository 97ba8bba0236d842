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

