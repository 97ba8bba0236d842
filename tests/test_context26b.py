"""An attack claimed in a later sentence: its doer joins the article's report of the attack, or stands
alone where no report names whom it hit. Sentences written for these tests (not from an eval set); the
real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from tests.probe import dated, pairs, shown

events_of = dated("2019-06-17")


@pytest.mark.parametrize("text", [
    "The attack on the Turkish embassy in Kabul on Sunday killed four guards. "
    "The Taliban claimed responsibility for the attack.",
    "A suicide attack on the Turkish consulate in Kabul killed four people on Sunday. "
    "Rescuers searched the rubble for hours. The Taliban claimed the bombing.",
])
def test_a_claim_gives_the_reported_attack_its_doer(pipeline, text):
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [("TALIBAN", "TUR")], shown(evs)


def test_the_joined_attack_keeps_the_reports_date_and_place(pipeline):
    evs = [e for e in events_of(pipeline, "The attack on the Turkish embassy in Kabul on Sunday killed four guards. "
                                          "The Taliban claimed responsibility for the attack.") if e.type == "ASSAULT"]
    assert [(e.source and e.source.code, e.date, e.location and e.location.country) for e in evs] == [
        ("TALIBAN", "2019-06-16", "AFG")], shown(evs)


@pytest.mark.parametrize("text,doer", [
    ("Gunmen opened fire on worshippers at a mosque on Friday, killing 30 people. "
     "The Islamic State claimed responsibility for the attack.", "ISIS"),
    ("Rescue workers were still pulling bodies from the wreckage on Monday. "
     "The Taliban claimed the bombing in a statement.", "TALIBAN"),
])
def test_a_claim_with_no_report_of_whom_it_hit_keeps_its_doer(pipeline, text, doer):
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [(doer, None)], shown(evs)



@pytest.mark.parametrize("text,pair", [
    ("The attack on the Turkish embassy in Kabul was carried out by the Taliban.", ("TALIBAN", "TUR")),
    ("The rocket attack on the U.S. base was launched by Hezbollah, officials said.", ("HEZBOLLAH", "USA")),
])
def test_a_passive_of_doing_names_the_attacks_doer(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pairs(evs, "ASSAULT") == [pair], shown(evs)
