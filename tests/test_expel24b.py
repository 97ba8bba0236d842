"""Expulsions and offered backing (expel24b). Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_expel_declared_persona_non_grata_is_an_expulsion_by_the_declaring_state(pipeline):
    """ "declared two diplomats persona non grata" (active), "was declared persona non grata by Y"
    (passive): the formal expulsion of a diplomat, SANCTION by the declaring state on the envoy's."""
    active = events_of(pipeline, "Poland declared two Belarusian diplomats persona non grata on Tuesday.")
    passive = events_of(pipeline, "The Czech ambassador was declared persona non grata by Hungary on Friday.")
    assert ("POL", "BLR") in pairs(active, "SANCTION"), shown(active)
    assert ("HUN", "CZE") in pairs(passive, "SANCTION"), shown(passive)


def test_expel_passive_from_a_state_names_the_expelling_state(pipeline):
    """ "diplomats were expelled from Y", "were kicked out of Y": with no "by" agent, the state they
    are sent from is who expels them; a town left ("expelled from Kobani") names no expeller."""
    expelled = events_of(pipeline, "Four Iranian diplomats were expelled from the Netherlands last week.")
    kicked = events_of(pipeline, "Two Chinese diplomats were kicked out of Sweden on Monday.")
    town = events_of(pipeline, "The militants were expelled from Kobani on Tuesday.")
    assert ("NLD", "IRN") in pairs(expelled, "SANCTION"), shown(expelled)
    assert ("SWE", "CHN") in pairs(kicked, "SANCTION"), shown(kicked)
    assert not pairs(town, "SANCTION"), shown(town)


def test_support_offered_is_support_of_the_side_offered_it(pipeline):
    """ "offered its support to Y", "offered Y the support of X": backing stated (SUPPORT), as
    "pledged its support" is, not an offer of future cooperation (AGREE)."""
    to = events_of(pipeline, "Denmark offered its support to Norway after the floods.")
    dative = events_of(pipeline, "The Dutch premier offered Belgium the support of the Netherlands.")
    assert ("DNK", "NOR") in pairs(to, "SUPPORT"), shown(to)
    assert not pairs(to, "AGREE"), shown(to)
    assert ("NLD", "BEL") in pairs(dative, "SUPPORT"), shown(dative)


def test_sanction_aid_cut_in_the_passive_or_by_a_noun_is_the_givers_sanction_on_the_receiver(pipeline):
    """ "Dutch aid to Mali was suspended", "the suspension of Swedish aid to Zambia": the act is the cut
    (SANCTION discontinue) by the aid's giver on whom it was for, not the aid (AID)."""
    passive = events_of(pipeline, "Dutch development aid to Mali was suspended in March.")
    noun = events_of(pipeline, "The suspension of Swedish aid to Zambia angered Lusaka.")
    assert ("NLD", "MLI") in pairs(passive, "SANCTION"), shown(passive)
    assert not pairs(passive, "AID"), shown(passive)
    assert ("SWE", "ZMB") in pairs(noun, "SANCTION"), shown(noun)


def test_threaten_to_end_a_named_accord_aims_at_its_other_parties(pipeline):
    """ "renewed his threat to scrap NAFTA", "threatened to dump NAFTA": the act threatened ends the
    accord with its other parties, whom the threat aims at (as "terminate NAFTA" is a sanction on
    them); not "threatened to renegotiate NAFTA" (no ending)."""
    noun = events_of(pipeline, "The American president renewed his threat to scrap NAFTA on Sunday.", published="2017-08-27")
    verb = events_of(pipeline, "The American president threatened to dump NAFTA on Monday.", published="2017-08-28")
    assert ("USA", "CAN") in pairs(noun, "THREATEN") or ("USA", "MEX") in pairs(noun, "THREATEN"), shown(noun)
    assert ("USA", "CAN") in pairs(verb, "THREATEN") or ("USA", "MEX") in pairs(verb, "THREATEN"), shown(verb)
    redo = events_of(pipeline, "The American president threatened to renegotiate NAFTA on Monday.", published="2017-08-28")
    assert not pairs(redo, "THREATEN"), shown(redo)


def test_expel_passive_infinitive_subject_is_the_one_expelled(pipeline):
    """ "30 Belarusian diplomats are to be expelled from Poland": the subject of a passive infinitive
    undergoes the act (the target), as a passive conjunct's does; the state they leave expels them."""
    planned = events_of(pipeline, "Thirty Belarusian diplomats are to be expelled from Poland after the incident.")
    assert ("POL", "BLR") in pairs(planned, "SANCTION"), shown(planned)
    assert ("BLR", "POL") not in pairs(planned, "SANCTION"), shown(planned)


def test_expel_envoys_told_to_leave_in_the_passive_are_expelled_by_the_state_left(pipeline):
    """ "Two Chinese diplomats were ordered to leave Sweden within 72 hours": envoys told to go are
    expelled, in the passive too, by the state they are told to leave."""
    ordered = events_of(pipeline, "Two Chinese diplomats were ordered to leave Sweden within 72 hours.")
    assert ("SWE", "CHN") in pairs(ordered, "SANCTION"), shown(ordered)


def test_status_be_to_with_a_party_for_subject_is_planned(pipeline):
    """ "Sweden is to expel two diplomats", "two diplomats are to be expelled from Sweden": "be to"
    announces what is arranged (planned), not what has happened."""
    active = events_of(pipeline, "Sweden is to expel two Chinese diplomats.")
    passive = events_of(pipeline, "Two Chinese diplomats are to be expelled from Sweden.")
    assert [e.status for e in active if e.type == "SANCTION"] == ["planned"], shown(active)
    assert [e.status for e in passive if e.type == "SANCTION"] == ["planned"], shown(passive)
