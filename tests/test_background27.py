"""Past acts told as background: a habitual present perfect ("has long accused"), a "since" clause, an
"after" clause of a main clause in the present, a pluperfect the article tells itself. The publication
date does not date them: they are marked background and keep only a date their own words give."""

from __future__ import annotations

from typing import Any

import pytest

from probe import events_of


def _only(pipeline: Any, text: str, type_: str) -> Any:
    found = [e for e in events_of(pipeline, text) if e.type == type_]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,type_", [
    ("Tehran has long accused Washington of meddling in the region.", "ACCUSE"),
    ("Egypt has traditionally backed the Palestinian Authority against Israel.", "SUPPORT"),
])
def test_habitual_act_is_background(pipeline: Any, text: str, type_: str) -> None:
    ev = _only(pipeline, text, type_)
    assert ev.background and ev.date is None


def test_act_of_a_since_clause_is_background(pipeline: Any) -> None:
    ev = _only(pipeline, "Trade between the two countries has collapsed since Canada expelled Chinese diplomats.",
               "SANCTION")
    assert (ev.source.code, ev.target.code) == ("CAN", "CHN")
    assert ev.background and ev.date is None


def test_act_of_an_after_clause_under_a_present_perfect_is_background(pipeline: Any) -> None:
    ev = _only(pipeline, "The peso has weakened after Washington imposed tariffs on Mexican steel.", "SANCTION")
    assert ev.background and ev.date is None


def test_a_days_lag_keeps_the_after_clause_news(pipeline: Any) -> None:
    """ "a day after" puts the act just before the news: not history. (The habitual sentence is the
    control that the base reads as news.)"""
    lag = _only(pipeline, "The remarks come a day after Britain expelled 23 Russian diplomats.", "SANCTION")
    long_ago = _only(pipeline, "Relations have soured four years after Britain expelled 23 Russian diplomats.",
                     "SANCTION")
    assert not lag.background and lag.date is not None
    assert long_ago.background and long_ago.date is None


def test_pluperfect_told_by_the_article_is_background_not_a_reported_one(pipeline: Any) -> None:
    told = _only(pipeline, "Pakistan had closed its border with Afghanistan to stop militants.", "COERCE")
    reported = _only(pipeline, "Officials said Pakistan had closed its border with Afghanistan.", "COERCE")
    first = _only(pipeline, "It was the first time a Chinese president had visited Brazil.", "CONSULT")
    assert told.background and told.date is None
    assert not reported.background and reported.date == "2021-03-02"
    assert not first.background and first.date == "2021-03-02"


def test_act_named_after_since_is_background(pipeline: Any) -> None:
    ev = _only(pipeline, "Relations between Tokyo and Seoul have been tense since the Japanese occupation of Korea.",
               "COERCE")
    assert ev.background and ev.date is None
