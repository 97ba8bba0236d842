"""Candidates split in several (events/mutual.py: one event each way; EventExtractor._split_visits:
one visit per host) keep what the candidate knew of the act, e.g. that it is another's act named
under a stance on it (``Candidate.reported``: a denied stance does not deny the act)."""

from __future__ import annotations

from communique.events.candidate import Candidate
from communique.events.lexicon import Trigger
from communique.events.extract import EventExtractor
from communique.events.mutual import mutual_acts
from communique.types import Actor

THREAT = Trigger("THREATEN", None, None, 0.8, "rule", "test")
VISIT = Trigger("CONSULT", None, None, 0.8, "rule", "test")


def test_each_way_keeps_the_act_reported(nlp):
    doc = nlp("Germany did not condemn the threats between Russia and Ukraine.")
    threats = next(t for t in doc if t.lower_ == "threats")
    rus, ukr = Actor(code="RUS", name="Russia", kind="state"), Actor(code="UKR", name="Ukraine", kind="state")
    cand = Candidate(threats, THREAT, [rus], [], [ukr], reported=True)
    split = mutual_acts(cand)
    assert [(c.source[0].code, c.target[0].code) for c in split] == [("RUS", "UKR"), ("UKR", "RUS")]
    assert all(c.reported for c in split) and not any(c.others for c in split)


def test_each_visit_keeps_the_act_reported(nlp):
    doc = nlp("Japan did not condemn the visit of Xi to Russia and India.")
    visit = next(t for t in doc if t.lower_ == "visit")
    chn = Actor(code="CHN", name="China", kind="state")
    rus, ind = Actor(code="RUS", name="Russia", kind="state"), Actor(code="IND", name="India", kind="state")
    split = EventExtractor._split_visits(Candidate(visit, VISIT, [chn], [rus, ind], reported=True))
    assert [c.target[0].code for c in split] == ["RUS", "IND"]
    assert all(c.reported for c in split)
