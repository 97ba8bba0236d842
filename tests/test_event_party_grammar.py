"""Sides of an event that the grammar alone decides (``communique.events.roles``),
found wrong on an eighth-pass news-pool sample (40 articles drawn with ``random.Random(8080)``, the
rules checked on 150 more drawn with ``random.Random(8081)``), on sentences written for these tests:
a noun's "from" phrase names who acts, a hostile noun's "of" phrase whom it is done to, a passive
participle describing people whom the act is done to, and an ally named in a hyphenated qualifier
("U.S.-allied forces") no party. Ninth pass (``random.Random(9090)``, checked on ``random.Random(78)``
and on 20 pool articles naming an accord after a city): a patron in a qualifier gives way to the
doer named beside it, of two subjects the nearer acts, and a city an accord is named after is no party."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text,source,target,trigger", [
    ("The Chilean-led invasion of Peru began in 1879.", "CHL", "PER", "invasion"),
    ("The Brazilian condemnation of Argentina came on Monday.", "BRA", "ARG", "condemnation"),
    ("Peru sent troops to Bolivia after a request from Chile.", "CHL", None, "request"),
    ("Chile's seizure of the islands from Peru angered Lima.", "CHL", "PER", "seizure"),
])
def test_sides_of_a_noun_trigger(pipeline, text, source, target, trigger):
    evs = [e for e in pipeline.process(_raw(text)).events if e.trigger == trigger]
    if target is None:  # one side named: no event, rather than the requester as the one asked
        assert not any(e.target is not None and e.target.code == source for e in evs), evs
        return
    assert [(e.source.code, e.target.code) for e in evs if e.source and e.target] == [(source, target)], evs


def test_criticism_of_a_state_names_no_critic(pipeline):
    assert events_of(pipeline, "The senator said any criticism of Chile was misplaced.") == []


def test_a_participle_describing_people_names_whom_it_is_done_to(pipeline):
    evs = events_of(pipeline, "Colombia's army, backed by Brazilian air power, shelled the town.")
    assert ("SUPPORT", frozenset({"BRA", "COL"}), "backed") in evs
    result = pipeline.process(_raw("Colombia's army, backed by Brazilian air power, shelled the town."))
    backing = next(e for e in result.events if e.trigger == "backed")
    assert (backing.source.code, backing.target.code) == ("BRA", "COL")


def test_people_accused_are_the_target_and_who_acts_on_them_the_accuser(pipeline):
    result = pipeline.process(_raw("Chile expelled ten Peruvian diplomats accused of spying on Monday."))
    accused = [(e.source.code, e.target.code) for e in result.events if e.type == "ACCUSE"]
    assert accused == [("CHL", "PER")], result.events


@pytest.mark.parametrize("text,type_,trigger", [
    ("Bolivian troops deployed to the Chilean border on Monday.", "MOBILIZE", "deployed"),
    ("Iranian drones supplied to Russia were used in the attacks.", "AID", "supplied"),
])
def test_a_thing_or_troops_sent_keep_their_owner_as_source(pipeline, text, type_, trigger):
    result = pipeline.process(_raw(text))
    ev = next(e for e in result.events if e.trigger == trigger)
    assert ev.type == type_ and ev.source is not None and ev.source.code in ("BOL", "IRN"), result.events


def test_a_main_verb_hung_on_its_subject_is_no_participle(pipeline):
    text = ("Peruvian President Pedro Castillo, who is perhaps the region's sharpest critic of the pact, "
            "called on Chile to withdraw its troops.")
    result = pipeline.process(_raw(text))
    assert any(e.type == "REQUEST" and e.source and e.source.code == "PER" for e in result.events), result.events


@pytest.mark.parametrize("text", [
    "Peruvian jets struck Chilean-allied rebels near the border on Monday.",
    "Peru said Chilean-allied attacks on its army killed 20 soldiers on Monday.",  # a premodifier of the act
])
def test_an_ally_named_in_a_qualifier_is_not_the_party(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any("CHL" in codes for _, codes, _ in evs), evs


def test_a_patron_named_in_a_qualifier_still_stands_for_its_proxy(pipeline):
    evs = events_of(pipeline, "Peruvian jets struck Chilean-backed rebels near the border on Monday.")
    assert ("ASSAULT", frozenset({"PER", "CHL"}), "struck") in evs, evs


def _raw(text: str):
    from communique.types import RawDoc

    return RawDoc(id="t", origin="test", text=text, published="2021-03-02")


def test_a_patron_in_a_qualifier_gives_way_to_the_doer_named_beside_it(pipeline):
    text = "The rebels said they would lead the fight against the U.S.-backed Peruvian invasion."
    result = pipeline.process(_raw(text))
    invasion = next(e for e in result.events if e.trigger == "invasion")
    assert invasion.source is not None and invasion.source.code == "PER", result.events


def test_of_two_subjects_the_parser_gives_a_verb_the_nearer_acts(pipeline):
    text = "The U.S. then covertly partners with the Peruvian junta, and Peru launches an overt invasion of Bolivia."
    result = pipeline.process(_raw(text))
    launch = next(e for e in result.events if e.trigger == "launches")
    assert (launch.source.code, launch.target.code) == ("PER", "BOL"), result.events


@pytest.mark.parametrize("text,place", [
    ("Chile and Peru held talks on the Oslo accords on Monday.", "NOR"),
    ("Bolivia pledged a cut in emissions as part of the Paris climate agreement.", "FRA"),
])
def test_a_city_an_accord_or_meeting_is_named_after_is_no_party(pipeline, text, place):
    evs = events_of(pipeline, text)
    assert not any(place in codes for _, codes, _ in evs), evs
