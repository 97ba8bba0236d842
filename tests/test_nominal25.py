"""Events named by a noun inside another event (nominal25). Sentences written for these tests; the
real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_an_attack_a_state_blames_on_another_struck_the_blaming_state(pipeline):
    """ "Kenya blamed al-Shabaab for the bombing": the blame names the attack's doer, so the attack is
    told (no bare reference back), and a state blames the attack it suffered (ASSAULT ALSHABAAB->KEN)
    beside the accusation."""
    evs = events_of(pipeline, "Kenya blamed al-Shabaab for the bombing on Tuesday.")
    assert ("KEN", "ALSHABAAB") in pairs(evs, "ACCUSE"), shown(evs)
    assert ("ALSHABAAB", "KEN") in pairs(evs, "ASSAULT"), shown(evs)
    evs = events_of(pipeline, "Nigeria's president blamed Boko Haram for a suicide attack that killed 30 people.")
    assert ("BOKOHARAM", "NGA") in pairs(evs, "ASSAULT"), shown(evs)
    assert [e.target.kind for e in evs if e.type == "ASSAULT"] == ["state"], shown(evs)


def test_a_blamed_attack_with_a_place_struck_the_place_not_the_blamer(pipeline):
    """Where the sentence says where the blamed attack struck, that place's state is its target, not
    the blaming state's ("France blamed the Islamic State for the bombing in Beirut"); no blame
    denied makes an attack of it."""
    evs = events_of(pipeline, "France blamed the Islamic State for the bombing in Beirut on Tuesday.")
    assert pairs(evs, "ASSAULT") == [("ISIS", "LBN")], shown(evs)
    evs = events_of(pipeline, "Kenya did not blame al-Shabaab for the bombing on Tuesday.")
    assert not pairs(evs, "ASSAULT"), shown(evs)


def test_an_attack_that_checks_a_side_struck_that_side(pipeline):
    """ "Kenyan airstrikes slowed al-Shabaab's advance": an armed act that holds back the side its
    object names (slowed, hindered, blunted ...) struck that side (ASSAULT KEN->ALSHABAAB), also
    through "appeared to"; the verb is no refusal of the attacking state's."""
    evs = events_of(pipeline, "Kenyan airstrikes slowed al-Shabaab's advance on the border town.")
    assert ("KEN", "ALSHABAAB") in pairs(evs, "ASSAULT"), shown(evs)
    assert not pairs(evs, "REJECT"), shown(evs)
    evs = events_of(pipeline, "Turkish drone strikes appeared to blunt the PKK offensive last week.")
    assert ("TUR", "PKK") in pairs(evs, "ASSAULT"), shown(evs)


def test_a_delivered_strike_is_the_strike_not_aid(pipeline):
    """ "Jordan delivered airstrikes on ISIS": "deliver" carries its object as "carry out" does, so a
    strike delivered is the strike (ASSAULT), not aid handed over; weapons delivered stay aid."""
    evs = events_of(pipeline, "Jordanian jets delivered fresh airstrikes on Islamic State positions on Monday.")
    assert ("JOR", "ISIS") in pairs(evs, "ASSAULT") and not pairs(evs, "AID"), shown(evs)
    evs = events_of(pipeline, "Jordan delivered rifles to the Iraqi army on Monday.")
    assert ("JOR", "IRQ") in pairs(evs, "AID"), shown(evs)
