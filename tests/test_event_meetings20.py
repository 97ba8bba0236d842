"""Meetings read off a present participle set off after its doer ("Kerry, meeting with Lavrov, said";
``meetings.participle_doer``), and journeys of private people that are no state's visit
(``visits.private_visit``), and a host whose object is counted people, no guests ("hosts 600,000
Syrians"). Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2019-04-11") -> list[tuple[str, str | None, str | None]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_a_participle_of_meeting_takes_the_noun_it_describes_as_its_side(pipeline):
    found = events("Kerry, meeting with Lavrov in Geneva on Friday, said the two sides had made progress.", pipeline)
    assert ("CONSULT", "USA", "RUS") in found, found


def test_a_participle_of_visiting_is_a_visit_of_the_noun_it_describes(pipeline):
    found = events("Pompeo, visiting Baghdad on Tuesday, urged Iraq to protect American troops.", pipeline)
    assert ("CONSULT", "USA", "IRQ") in found, found


def test_talks_a_participle_is_spoken_after_are_its_nouns_talks(pipeline):
    found = events("Merkel, speaking after talks with Erdogan in Ankara, said Turkey must respect press freedom.",
                   pipeline)
    assert ("CONSULT", "DEU", "TUR") in found, found


def test_private_people_travelling_make_no_visit(pipeline):
    for text in ("Dozens of Dutch citizens traveled to Syria last year.", "British doctors visited Pakistan last week.",
                 "Two British doctors visiting Pakistan were detained on Monday."):
        found = events(text, pipeline)
        assert not any(t == "CONSULT" for t, _, _ in found), (text, found)


def test_officials_travelling_still_visit(pipeline):
    found = events("Japanese officials visited Pakistan last week.", pipeline)
    assert ("CONSULT", "JPN", "PAK") in found, found


def test_a_state_hosting_counted_people_receives_no_visit(pipeline):
    found = events("Jordan hosts 600,000 Syrians, according to the United Nations.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_a_state_hosting_an_envoy_is_still_visited(pipeline):
    found = events("China hosted a top North Korean envoy last week.", pipeline)
    assert ("CONSULT", "CHN", "PRK") in found, found


def test_meetings_with_several_leaders_and_no_own_side_pair_none_of_them(pipeline):
    found = events("The final day of the assembly Thursday will include meetings with leaders of Turkey, "
                   "Afghanistan and Ukraine.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_meetings_set_up_by_a_named_side_are_still_one_per_other_side(pipeline):
    found = events("Trump also announced that he has set up meetings with Canadian Prime Minister Justin Trudeau "
                   "and Mexican President Enrique Pena Nieto.", pipeline)
    assert {("CONSULT", "USA", "CAN"), ("CONSULT", "USA", "MEX")} <= set(found), found
