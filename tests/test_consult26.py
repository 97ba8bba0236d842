"""A meeting or a visit dated in a week that begins after publication is still to come, though the week's value
(its month) holds the publication date: "heads to Washington later this week", "when he visits Berlin next
week" are planned (``annotate.starts_after``, read by ``extract._status_and_date``). A meal together is a
meeting: "dined with", "lunched with" (verbs.tsv; "dined" is lemmatised "din" without ``nlp._lemmas``), and so is
an encounter between persons: "encountered his counterpart", "an encounter between Biden and Erdogan"
(``meetings.met_on_encounter``, ``meetings.encounter_reading``). A meeting in the present tense that is the
occasion of an act still to be done is planned: "expect trade to dominate when Biden meets Xi"
(``status._occasion_of_future``).
Sentences written for these tests (published Tuesday 2021-03-02); the real pipeline runs on each."""

from __future__ import annotations

import datetime as dt

from probe import said

from communique.dates import find_dates


def test_a_leader_who_heads_abroad_later_this_week_has_not_met_yet(pipeline):
    found = said(pipeline, "Japan's prime minister heads to Washington later this week for talks "
                           "with President Joe Biden.")
    assert ("CONSULT", "JPN", "USA", "planned") in found, found


def test_a_visit_next_week_in_a_present_tense_clause_is_planned(pipeline):
    found = said(pipeline, "Berlin expects Blinken to raise the pipeline dispute when he visits Germany next week.")
    assert ("CONSULT", "USA", "DEU", "planned") in found, found


def test_a_week_still_ahead_keeps_its_first_day(nlp):
    found = find_dates(nlp("Officials meet later this week."), dt.date(2021, 3, 2))
    assert [(m.value, m.first) for m in found] == [("2021-03", dt.date(2021, 3, 3))], found


def test_a_minister_who_dined_with_a_foreign_premier_met_him(pipeline):
    found = said(pipeline, "Japan's foreign minister dined with Chinese Premier Li Keqiang on Monday.")
    assert ("CONSULT", "JPN", "CHN", "occurred") in found, found


def test_a_leader_who_lunched_with_another_met_him(pipeline):
    found = said(pipeline, "Canadian Prime Minister Justin Trudeau lunched with President Joe Biden on Monday.")
    assert ("CONSULT", "CAN", "USA", "occurred") in found, found


def test_an_official_who_encountered_a_foreign_counterpart_met_him(pipeline):
    found = said(pipeline, "Blinken encountered his Russian counterpart at a conference in Iceland on Monday.")
    assert ("CONSULT", "USA", "RUS", "occurred") in found, found


def test_an_encounter_between_two_leaders_is_a_meeting(pipeline):
    found = said(pipeline, "The dispute overshadowed a brief encounter between Biden and Erdogan in Brussels.")
    assert any(e[0] == "CONSULT" for e in found), found



def test_a_meeting_that_is_the_occasion_of_an_act_still_to_be_done_is_planned(pipeline):
    found = said(pipeline, "Analysts expect trade to dominate the agenda when Biden meets Chinese President "
                           "Xi Jinping.")
    assert ("CONSULT", "USA", "CHN", "planned") in found, found
