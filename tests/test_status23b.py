"""The status of acts on unseen news (twenty-third pass, second round). Sentences written for these
tests (not from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2019-05-13")
shown = probe.shown


def statuses(events, type_: str, pair: tuple[str, str]) -> list[str]:
    """The statuses of the events of ``type_`` between ``pair``."""
    return [e.status for e in events if e.type == type_ and (e.source and e.source.code, e.target and e.target.code)
            == pair]


@pytest.mark.parametrize("text, type_, pair", [
    ("Germany has not decided whether to expel Russian diplomats.", "SANCTION", ("DEU", "RUS")),
    ("The Canadian cabinet will decide next week whether to impose tariffs on Chinese steel.", "SANCTION",
     ("CAN", "CHN")),
    ("Officials in Paris are weighing whether France should bomb Islamic State positions in Syria.",
     "ASSAULT", ("FRA", "ISIS")),
])
def test_an_act_weighed_in_a_whether_clause_is_hypothetical(pipeline, text, type_, pair):
    """ "has not decided whether to expel", "whether France should strike": a choice one weighs is a
    hypothetical act, not a question dropped; the "not" of the deciding does not deny it."""
    evs = events_of(pipeline, text)
    assert statuses(evs, type_, pair) == ["hypothetical"], shown(evs)



@pytest.mark.parametrize("text, pair", [
    ("Paris made a proposal for talks with Iran on Monday.", ("FRA", "IRN")),
    ("Berlin made an offer of talks with Moscow on Monday.", ("DEU", "RUS")),
])
def test_talks_proposed_or_offered_are_still_to_come(pipeline, text, pair):
    """ "a proposal for talks", "an offer of talks": what is put forward is still to come, as what "a call
    for talks" or "a plan for a summit" names; the proposal being made in the past does not make the
    talks happen."""
    evs = events_of(pipeline, text)
    assert statuses(evs, "CONSULT", pair) == ["planned"], shown(evs)


@pytest.mark.parametrize("text, type_, pair", [
    ("No Canadian troops were sent to Ukraine last month.", "MOBILIZE", ("CAN", "UKR")),
    ("No Russian diplomats were expelled by Britain.", "SANCTION", ("GBR", "RUS")),
])
def test_an_act_whose_subject_is_no_one_is_negated(pipeline, text, type_, pair):
    """ "no troops were sent", "no diplomats were expelled": a subject determined by "no" denies the act
    its verb names."""
    evs = events_of(pipeline, text)
    assert [e.status for e in evs if e.type == type_ and e.source and e.source.code == pair[0]] == ["negated"], \
        shown(evs)



def test_a_meeting_wanted_is_hypothetical(pipeline):
    """ "Macron wants a meeting with Putin": the verb of wanting read as the meeting its object names
    carries a wish, not a meeting held."""
    evs = events_of(pipeline, "Macron wants a meeting with Putin before the summer.")
    assert statuses(evs, "CONSULT", ("FRA", "RUS")) == ["hypothetical"], shown(evs)
