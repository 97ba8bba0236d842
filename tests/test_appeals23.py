"""Appeals welcomed and commitments made (appeals23). Sentences written for these tests; the real
pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_a_call_welcomed_is_backing_of_its_sender_and_the_senders_appeal(pipeline):
    """ "Ankara welcomed calls from Beijing for dialogue": Ankara backs Beijing (SUPPORT), and the call
    is Beijing's, not an appeal Ankara made; nor was Ankara the one it asked (leftovers24: a welcomer
    backs a call, it need not be its addressee)."""
    evs = events_of(pipeline, "Ankara on Monday welcomed calls from Beijing for dialogue.")
    assert ("TUR", "CHN") in pairs(evs, "SUPPORT"), shown(evs)
    assert not [p for p in pairs(evs, "REQUEST") if "TUR" in p], shown(evs)


def test_a_welcomed_demand_that_names_whom_it_asks_keeps_its_own_addressee(pipeline):
    """ "welcomed the call from Paris for Tehran to ...": the call asks Tehran, not the welcomer."""
    evs = events_of(pipeline, "Riyadh welcomed the call from Paris for Tehran to halt its missile tests.")
    assert ("SAU", "FRA") in pairs(evs, "SUPPORT"), shown(evs)
    assert ("FRA", "IRN") in pairs(evs, "REQUEST") and ("FRA", "SAU") not in pairs(evs, "REQUEST"), shown(evs)


def test_a_commitment_to_work_with_another_side_is_an_agreement(pipeline):
    """ "has committed to working with Y": the gerund under "commit to" is what is promised Y, as
    the infinitive is after "pledged to"."""
    evs = events_of(pipeline, "Brazil has committed to working closely with Argentina on border security.")
    assert ("BRA", "ARG") in pairs(evs, "AGREE"), shown(evs)


def test_a_commitment_against_another_side_or_a_standing_one_is_no_agreement(pipeline):
    """A commitment to a hostile act ("to keeping Iran from a bomb") promises the other side nothing,
    and "is committed to" describes a policy, no commitment made; "committed to helping Y" is one."""
    hostile = events_of(pipeline, "Canada has committed to keeping Iran from obtaining a nuclear weapon.")
    standing = events_of(pipeline, "Canada is committed to defending Norway.")
    helping = events_of(pipeline, "Canada committed to helping Norway with fisheries patrols.")
    assert ("CAN", "IRN") not in pairs(hostile, "AGREE"), shown(hostile)
    assert ("CAN", "NOR") not in pairs(standing, "AGREE"), shown(standing)
    assert ("CAN", "NOR") in pairs(helping, "AGREE"), shown(helping)


def test_an_act_done_under_pressure_from_another_side_answers_its_appeal(pipeline):
    """ "Chile has come under pressure from Peru to drop the plan": Peru asks it of Chile (REQUEST Peru ->
    Chile), as "at the request of Peru" does; pressure that says nothing asked, or names no one, is none."""
    evs = events_of(pipeline, "Chile has come under pressure from Peru to drop the pipeline plan.")
    unnamed = events_of(pipeline, "Chile dropped the pipeline plan under heavy pressure from Peru.")
    assert ("PER", "CHL") in pairs(evs, "REQUEST"), shown(evs)
    assert not pairs(unnamed, "REQUEST"), shown(unnamed)


def test_being_hopeful_that_another_side_will_act_asks_it_as_hoping_does(pipeline):
    """ "Madrid was hopeful that Rabat would reopen the border" is "Madrid hoped Rabat would ...": a
    REQUEST of Rabat; "was not hopeful" asks nothing."""
    evs = events_of(pipeline, "Madrid was hopeful that Rabat would reopen the border crossings.")
    denied = events_of(pipeline, "Madrid was not hopeful that Rabat would reopen the border crossings.")
    assert ("ESP", "MAR") in pairs(evs, "REQUEST"), shown(evs)
    assert ("ESP", "MAR") not in pairs(denied, "REQUEST"), shown(denied)


def test_a_stance_on_what_another_side_did_answers_the_side_a_relative_clause_names(pipeline):
    """ "welcomed the steps Mexico has taken", "criticized the deal Germany struck with Russia": the
    stance is on the side that took the steps or struck the deal (the relative clause's subject)."""
    welcomed = events_of(pipeline, "Canada welcomed the steps Peru has taken against illegal fishing.")
    criticized = events_of(pipeline, "Poland criticized the deal Hungary struck with China on rail lines.")
    assert ("CAN", "PER") in pairs(welcomed, "SUPPORT"), shown(welcomed)
    assert ("POL", "HUN") in pairs(criticized, "ACCUSE"), shown(criticized)
