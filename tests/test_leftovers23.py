"""Leftovers of the twenty-second review, on invented sentences: an act named in general under a verb of
bearing on it, a public's wish for another's act, a spokesperson's family name out of office."""

from __future__ import annotations

import pytest

from probe import events_of, said


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


@pytest.mark.parametrize("text,published", [
    # a spokesperson is news by family name alone only while in office: "Mao" or "Zhao" in 2016 is not one of
    # the foreign ministry's spokespersons of the 2020s
    ("Mao accused Japan of provoking the crisis.", "2016-05-01"),
    ("Zhao accused Japan of provoking the crisis.", "2016-05-01"),
])
def test_a_spokespersons_family_name_out_of_office_names_no_one(pipeline, text, published):
    evs = events_of(pipeline, text, published)
    names = [a.name for e in evs for a in (e.source, e.target, *e.participants) if a is not None]
    assert not [n for n in names if n in ("Mao Ning", "Zhao Lijian")], names


@pytest.mark.parametrize("text,name", [
    # a title and a name with a particle ("al-", "bin") names that person, not the office's holder at the date
    # the base knows, and as the text spells it
    ("Libyan Prime Minister Abdullah al-Thinni accused Qatar of arming the militias.", "Abdullah al-Thinni"),
    ("Libyan Prime Minister Khalid bin Hamid accused Qatar of arming the militias.", "Khalid bin Hamid"),
])
def test_a_titled_name_with_a_particle_is_that_person(pipeline, text, name):
    evs = events_of(pipeline, text, "2017-03-01")
    assert [e.source.name for e in evs if e.source is not None] == [name], evs


def test_a_titled_name_ending_with_the_holders_family_name_is_the_holder(pipeline):
    # the holder's name spelt otherwise ("Abdel" for Adel al-Jubeir) is the holder, not a namesake
    evs = events_of(pipeline, "Saudi Foreign Minister Abdel Jubeir accused Iran of arming the militias.", "2017-03-01")
    assert [e.source.name for e in evs if e.source is not None] == ["Adel al-Jubeir"], evs
