"""Meetings that name only their other side ("a meeting with Y") and take their own side from the clause
they are the occasion of (``meetings.occasion_clause``): through a phase of the occasion ("at the end of
talks with Y, X said") and when the parser hangs the occasion on the verb's object ("X raised the matter
in a call with Y"); and a visit's visitor the parser hangs on its host (``visits.visitor_among_hosts``).
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed


def test_the_start_of_a_meeting_is_the_occasion_of_the_clause_after_it(pipeline):
    found = said(pipeline, "At the start of a meeting with Japanese Prime Minister Shinzo Abe, Macron said "
                           "the two countries shared many concerns.")
    assert ("FRA", "JPN") in typed(found, "CONSULT"), found


def test_the_end_of_talks_is_the_occasion_of_the_clause_after_it(pipeline):
    found = said(pipeline, "At the end of two days of talks with Iranian Foreign Minister Javad Zarif, Lavrov "
                           "told reporters that progress had been made.")
    assert ("RUS", "IRN") in typed(found, "CONSULT"), found


def test_an_occasion_hung_on_the_verbs_object_is_the_verbs_occasion(pipeline):
    found = said(pipeline, "Officials said Secretary of State Mike Pompeo proposed the plan in a conversation with "
                           "Saudi Crown Prince Mohammed bin Salman.")
    assert ("USA", "SAU") in typed(found, "CONSULT"), found


def test_a_visitor_the_parser_hangs_on_the_host_is_the_visitor(pipeline):
    # the parser takes the clause's subject after the fronted phrase for an apposition of "Tokyo"
    found = said(pipeline, "On a recent visit to Tokyo, Sergei Lavrov, the Russian foreign minister, questioned the "
                           "value of the sanctions.")
    assert ("RUS", "JPN") in typed(found, "CONSULT"), found
    assert ("JPN", "RUS") not in typed(found, "CONSULT"), found
