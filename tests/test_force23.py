"""Acts of force on unseen news (twenty-third pass). Sentences written for these tests (not from an
eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2016-01-16")
shown = probe.shown


def sides(events) -> set[str]:
    """The codes of the actors of the ASSAULT events."""
    return {a.code for e in events if e.type == "ASSAULT" for a in (e.source, e.target, *e.participants) if a}


@pytest.mark.parametrize("text, expected", [
    ("The war between Ethiopia and Eritrea broke out in May.", {"ETH", "ERI"}),
    ("Aid workers fled as the escalated conflict between Armenia and Azerbaijan spread north.", {"ARM", "AZE"}),
    ("Thousands died in the conflict between Houthi rebels and Saudi forces last year.", {"HOUTHI", "SAU"}),
])
def test_a_war_between_two_armed_sides_is_their_fighting(pipeline, text, expected):
    """ "the war between X and Y", "the escalated conflict between X and Y": the fighting of the two
    sides its "between" phrase names."""
    evs = events_of(pipeline, text)
    assert sides(evs) == expected, shown(evs)


@pytest.mark.parametrize("fought, unfought", [
    ("The war between China and Japan deepened on Monday.",
     "The trade war between China and Japan deepened on Monday."),
    ("The violent conflict between Germany and Poland deepened on Monday.",
     "The conflict between Germany and Poland over the pipeline deepened on Monday."),
    ("The war between Germany and Poland deepened on Monday.",
     "The war between Merkel and her critics deepened on Monday."),
])
def test_a_war_of_trade_or_words_is_no_fighting(pipeline, fought, unfought):
    """ "the war between X and Y" is their fighting, but "a trade war between", a bare "conflict"
    over a matter and a war between persons are none."""
    evs = events_of(pipeline, fought)
    assert len(sides(evs)) == 2, shown(evs)
    evs = events_of(pipeline, unfought)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


def test_a_name_with_a_model_number_is_a_weapon_not_its_namesake(pipeline):
    """ "Fateh-110 missiles": a name's alias with a hyphen and a model number names a weapon, no
    mention of the group Fatah (which "Fatah officials" still are)."""
    evs = events_of(pipeline, "Turkish jets bombed a depot of Fateh-110 rockets near the border on Sunday.")
    assert "FATAH" not in {a.code for e in evs for a in (e.source, e.target, *e.participants) if a}, shown(evs)
    evs = events_of(pipeline, "Fateh officials met Hamas leaders in Cairo on Sunday.")
    assert "FATAH" in {a.code for e in evs for a in (e.source, e.target, *e.participants) if a}, shown(evs)


def test_extremists_struck_in_a_state_are_not_that_state(pipeline):
    """ "bombed extremists in northern Iraq": armed men named by their cause are fought where they
    stand, as "militants" are; the state of the place is no target."""
    evs = events_of(pipeline, "French jets bombed extremists in eastern Syria on Friday.")
    assert not [e for e in evs if e.type == "ASSAULT" and e.target and e.target.code == "SYR"], shown(evs)


def test_an_attack_that_harms_is_placed_where_it_harmed(pipeline):
    """ "a bombing claimed by ISIS killed four Americans in Manbij": the attack is the subject of the
    verb of harm, whose place is where it struck, not the victims' state."""
    evs = [e for e in events_of(pipeline, "A car bombing claimed by al-Shabaab killed three Kenyan soldiers in "
                                          "Mogadishu on Monday.") if e.type == "ASSAULT"]
    assert evs and all(e.location and e.location.country == "SOM" for e in evs), shown(evs)


@pytest.mark.parametrize("text, pair", [
    ("Nigerian troops dislodged Boko Haram from three border towns on Sunday.", ("NGA", "BOKOHARAM")),
    ("Egyptian forces routed ISIS fighters near the Libyan border on Sunday.", ("EGY", "ISIS")),
])
def test_driving_out_or_routing_a_force_is_an_attack(pipeline, text, pair):
    """ "dislodged X from the towns", "routed X": a force driven out or beaten in fighting."""
    evs = events_of(pipeline, text)
    assert pair in probe.pairs(evs, "ASSAULT"), shown(evs)
