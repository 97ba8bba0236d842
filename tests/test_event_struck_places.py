"""Whom a strike hit when its phrase names no party (tenth pass, checked on 150 news-pool articles
with strike verbs drawn with ``random.Random(77)`` and 300 random ones with ``random.Random(4242)``):
the state on whose soil a foreign force struck ("warplanes struck a depot in Pakistan"; not armed men
where they stand, ``_fighters``), who is at
the place it hit ("bases housing American forces"), or the target another attack by the same side
in the sentence names; not a place an attack is named after ("the Paris attacks"), nor a place
where the striker itself is."""

from __future__ import annotations

from pool_events import events_of


def test_a_strike_on_foreign_soil_is_on_that_state(pipeline):
    assert events_of(pipeline, "Peruvian warplanes struck a fuel depot in Bolivia on Tuesday.") == [
        ("ASSAULT", frozenset({"PER", "BOL"}), "struck")]
    assert events_of(pipeline, "Chilean strikes in Argentina killed five people.") == [
        ("ASSAULT", frozenset({"CHL", "ARG"}), "strikes")]  # one attack, told by two words


def test_a_strike_at_home_or_an_attack_named_after_a_city_has_no_target(pipeline):
    assert events_of(pipeline, "Peruvian police struck a fuel depot in Lima on Tuesday.") == []
    assert not [e for e in events_of(pipeline, "The Paris attacks were organized in Belgium.") if e[0] == "ASSAULT"]


def test_who_is_at_the_place_struck_is_the_target(pipeline):
    assert events_of(pipeline, "Bolivia fired missiles at Peruvian bases housing Chilean forces.") == [
        ("ASSAULT", frozenset({"BOL", "CHL"}), "fired")]


def test_armed_men_struck_where_they_stand_are_no_state(pipeline):
    assert events_of(pipeline, "Peruvian warplanes struck rebel camps in Bolivia on Tuesday.") == []


def test_the_harm_a_strike_was_the_means_of_names_its_target(pipeline):
    assert events_of(pipeline, "Two Chilean soldiers were killed in a Peruvian airstrike near La Paz.") == [
        ("ASSAULT", frozenset({"PER", "CHL"}), "airstrike")]
    assert events_of(pipeline, "A Chilean general was killed in a U.S. drone strike in La Paz on Friday.") == [
        ("ASSAULT", frozenset({"USA", "CHL"}), "strike")]  # a state named in front of a strike is who struck


def test_an_armed_group_named_by_what_it_is_is_no_state(pipeline):
    """ "the terror group", "the militant organization": an armed group fought where it stands, like
    "rebel camps"; also when the light verb that launched the strikes carries the aim ("launched air
    strikes in Bolivia [on the terror group]")."""
    assert events_of(pipeline, "Peruvian warplanes bombed the militant group in Bolivia on Tuesday.") == []
    assert events_of(pipeline, "Peru would launch direct air strikes in Bolivia on the terror group.") == []


def test_a_light_verb_aim_at_a_state_still_counts(pipeline):
    assert [e[1] for e in events_of(pipeline, "Peru launched air strikes on Bolivia on Tuesday.")] == [
        frozenset({"PER", "BOL"})]
