"""Who "they" and "the group" are when their own sentence does not say. "They" is the main subject
just before, when that is a plural noun ("Hackers have stolen data. They also attacked ..."): people
no actor stands for make no party, where the latest pair of states named together used to stand in.
Unnamed officials or envoys may be any side's and still fall back to that pair. "The group" is the
later of the latest group named ("Hamas") and the latest set of three or more actors named together,
never a pair of states. Found wrong on a news-pool sample (30 articles drawn with
``random.Random(9090)``, checked on 80 more drawn with ``random.Random(78)``); sentences written for
these tests, the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of

PACT = "Chile and Peru signed a fishing pact on Monday. "


@pytest.mark.parametrize("text,trigger", [
    (PACT + "Opposition lawmakers said the deal was a mistake. They also criticised Bolivia.", "criticised"),
    (PACT + "Hackers have stolen data from the talks. They also attacked Bolivian banks.", "attacked"),
])
def test_they_after_people_no_actor_stands_for_names_no_party(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert not any(trig == trigger for _, _, trig in evs), evs


@pytest.mark.parametrize("text,trigger,codes", [
    ("Peru and Chile signed a fishing pact on Monday. They also criticised Bolivia.", "criticised",
     {"PER", "CHL", "BOL"}),
    (PACT + "Officials said they would also hold talks on fishing in May.", "hold", {"PER", "CHL"}),
    (PACT + "Chilean officials said they would impose sanctions on Bolivia.", "impose", {"CHL", "BOL"}),
])
def test_they_after_states_or_their_officials_names_them(pipeline, text, trigger, codes):
    evs = events_of(pipeline, text)
    assert any(trig == trigger and codes <= actors for _, actors, trig in evs), evs


HAMAS = "Hamas fired rockets at Israel on Monday. Egypt and Qatar urged calm. "


def test_the_group_is_the_group_named_not_the_states_named_together(pipeline):
    evs = events_of(pipeline, HAMAS + "The group later attacked an Egyptian border post.")
    assert ("ASSAULT", frozenset({"HAMAS", "EGY"}), "attacked") in evs, evs
    assert not any("QAT" in actors for t, actors, trig in evs if trig == "attacked"), evs


def test_the_group_is_a_set_of_states_named_after_any_group(pipeline):
    text = ("Hamas fired rockets at Israel on Monday. The leaders of Japan, India, Australia and the United "
            "States met in Tokyo on Tuesday. The group also warned China over its actions at sea.")
    evs = events_of(pipeline, text)
    assert any(trig == "warned" and {"JPN", "IND", "AUS", "USA", "CHN"} <= actors for _, actors, trig in evs), evs


def test_a_pair_of_states_is_no_group(pipeline):
    evs = events_of(pipeline, "Chile and Peru held talks on Monday. The group later attacked a Bolivian post.")
    assert not any(trig == "attacked" for _, _, trig in evs), evs


def test_the_two_countries_are_the_hyphenated_dyad_of_their_sentence(pipeline):
    text = ("Chile and Bolivia signed a gas deal in May. Under the U.S.-Mexico accord, the two countries agreed "
            "to expand inspections.")
    evs = events_of(pipeline, text)
    assert ("AGREE", frozenset({"USA", "MEX"}), "agreed") in evs, evs


def test_a_group_of_another_kind_is_not_the_armed_group(pipeline):
    text = ("Hamas fired rockets at Israel on Monday. Doctors Without Borders said its hospital was hit. "
            "Israel apologized to the charity group for the attack.")
    evs = events_of(pipeline, text)
    assert not any(trig == "apologized" and "HAMAS" in actors for _, actors, trig in evs), evs
