"""Relative clauses whose object is the relative pronoun: the noun the clause is about is what the
clause's verb acts on, and a clause that only carries an event noun names its sides. Sentences
written for these tests (not from an eval set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.events.args import relative_object
from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2020-01-07")).events


def shown(events) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.type, e.trigger, e.source and e.source.code, e.target and e.target.code) for e in events]


def read_as(pipeline, text: str, event: tuple[str, str, str]) -> None:
    """``text`` gives ``event`` (type, source, target) among its events."""
    evs = events_of(pipeline, text)
    assert event in [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs], shown(evs)


@pytest.mark.parametrize("text,event", [
    ("Russia, which Britain blames for the poisoning, denied any role.", ("ACCUSE", "GBR", "RUS")),
    ("Erdogan met Assad, whom Ankara had long accused of war crimes.", ("ACCUSE", "TUR", "SYR")),
    ("The accord that Chile signed with Peru in May collapsed.", ("AGREE", "CHL", "PER")),
    ("The strikes that Israel carried out against Iran killed ten people.", ("ASSAULT", "ISR", "IRN")),
    # the same act carried by a passive participle, its doer the "by" agent
    ("Sanctions imposed by Canada on Iran took effect on Friday.", ("SANCTION", "CAN", "IRN")),
])
def test_a_relative_object_is_what_the_clause_acts_on(pipeline, text, event):
    read_as(pipeline, text, event)


def test_a_deal_struck_in_a_relative_clause_is_no_attack(pipeline):
    evs = events_of(pipeline, "The landmark deal that Washington struck with Tehran in 2015 lifted sanctions.")
    assert "ASSAULT" not in {e.type for e in evs}, shown(evs)
    assert any(e.type == "AGREE" for e in evs), shown(evs)


@pytest.mark.parametrize("text,reads", [
    ("Russia, which Britain blames for the poisoning, denied any role.", True),
    ("The accord that Chile signed with Peru in May collapsed.", True),
    # the pronoun is the subject of a reported clause, though the parser makes it the verb's object
    ("Senators criticised the strategy for fighting the rebel group Al-Shabaab, which she admitted in a radio "
     "interview on Monday was stronger than Kenya had thought.", False),
    # a copula's "object" is no thing acted on
    ("In the long test that Egypt has become, its president has failed.", False),
    # the pronoun is the object of the stranded preposition
    ("Trade talks were meant to replace the Pacific pact, which Tokyo pulled out of in 2019.", False),
])
def test_a_relative_pronoun_is_read_as_the_object_only_where_it_is_one(nlp, text, reads):
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ in ("which", "that"))
    assert pronoun.dep_ == "dobj" and pronoun.head.dep_ == "relcl"  # what the parser gives
    assert relative_object(pronoun) is reads


@pytest.mark.parametrize("text,event", [
    ("Japan pledged support for Ukraine.", ("SUPPORT", "JPN", "UKR")),
    ("Canada announced new aid for Haiti.", ("AID", "CAN", "HTI")),
    ("NATO expressed support for the United States.", ("SUPPORT", "NATO", "USA")),
])
def test_support_and_aid_are_for_whom_their_for_phrase_names(pipeline, text, event):
    read_as(pipeline, text, event)


@pytest.mark.parametrize("text,party", [
    ("The Biden administration won support for a strike on Syria from congressional leaders.", "SYR"),
    ("The US provided support for the war against the Houthis.", "HOUTHI"),
])
def test_support_for_an_act_is_not_support_for_whom_the_act_is_on(pipeline, text, party):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if e.type in ("SUPPORT", "AID") and e.target and e.target.code == party], shown(evs)


def test_a_plan_for_a_country_is_no_support_for_it(pipeline):
    evs = events_of(pipeline, "Trump unveiled his plan for Afghanistan on Monday.")
    assert not [e for e in evs if e.type == "SUPPORT"], shown(evs)


@pytest.mark.parametrize("text,event", [
    ("Turkey's offensive drew criticism from Germany.", ("ACCUSE", "DEU", "TUR")),
    ("Iran's missile test attracted condemnation from France.", ("ACCUSE", "FRA", "IRN")),
])
def test_an_act_drawing_criticism_is_its_target(pipeline, text, event):
    read_as(pipeline, text, event)


@pytest.mark.parametrize("text,event", [
    ("NATO issued a statement of support for Ukraine.", ("SUPPORT", "NATO", "UKR")),
    ("Japan sent a message of support to Ukraine.", ("SUPPORT", "JPN", "UKR")),
])
def test_a_message_of_support_is_its_issuers_support(pipeline, text, event):
    read_as(pipeline, text, event)


def test_support_as_a_state_of_affairs_is_still_no_event(pipeline):
    evs = events_of(pipeline, "Public support for the alliance with Japan has fallen in Korea.")
    assert "SUPPORT" not in {e.type for e in evs}, shown(evs)


@pytest.mark.parametrize("text,sides", [
    ("India and Pakistan exchanged fire across the border.", {"IND", "PAK"}),
    ("Armenia and Azerbaijan traded accusations over the shelling.", {"ARM", "AZE"}),
])
def test_coordinated_subjects_of_an_exchange_act_on_each_other(pipeline, text, sides):
    evs = events_of(pipeline, text)
    assert any({a.code for a in e.actors()} == sides and e.source is not None for e in evs), shown(evs)


def test_an_act_a_verb_is_over_is_not_its_subjects(pipeline):
    evs = events_of(pipeline, "Beijing sanctioned an American arms maker over weapons sales to Taiwan.")
    assert not [e for e in evs if e.source is not None and e.source.code == "CHN" and e.type == "COOPERATE"], shown(evs)


def test_presiding_over_a_drill_is_still_holding_it(pipeline):
    evs = events_of(pipeline, "Kim presided over a drill by special operations units on Monday.")
    assert ("MOBILIZE", "PRK") in [(e.type, e.source and e.source.code) for e in evs], shown(evs)


@pytest.mark.parametrize("text", [
    "Venezuela broke off relations with Colombia.",
    "Venezuela broke diplomatic ties with Colombia on Monday.",
])
def test_breaking_off_relations_reduces_them(pipeline, text):
    read_as(pipeline, text, ("SANCTION", "VEN", "COL"))


@pytest.mark.parametrize("text", [
    "India and Pakistan traded places in the rankings.",
    "Italy and France exchanged ambassadors after the row.",
])
def test_an_exchange_that_is_no_hostile_act_makes_no_event(pipeline, text):
    evs = events_of(pipeline, text)
    assert not evs, shown(evs)


def test_what_an_act_brings_on_in_deeds_is_not_aimed_at_it(pipeline):
    evs = events_of(pipeline, "The strike triggered a withdrawal of US troops from Iraq.")
    assert not [e for e in evs if e.source is not None and e.source.code == "IRQ"], shown(evs)


@pytest.mark.parametrize("text", [
    "The sanctions on Iran, called illegal by Russia, took effect on Monday.",  # a participle that describes
    "The strikes that Russia carried out with Iranian drones killed ten people.",  # "with" an instrument
    "Sanctions imposed by the EU with British support took effect on Friday.",  # "with" an ally's help
])
def test_a_carrying_clause_names_only_the_acts_doer_and_target(pipeline, text):
    evs = events_of(pipeline, text)
    assert not [e for e in evs if (e.source and e.source.code, e.target and e.target.code)
                in {("RUS", "IRN"), ("EU", "GBR")}], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Italy left the partnership with China in 2023.", ("ITA", "CHN")),
    ("Trump tore up the Trans-Pacific Partnership.", ("USA", "CPTPP")),
])
def test_leaving_a_partnership_reduces_ties(pipeline, text, pair):
    read_as(pipeline, text, ("SANCTION", *pair))


def test_support_for_an_alliance_with_a_state_is_for_that_state(pipeline):
    read_as(pipeline, "Japan expressed its unwavering support for the alliance with Australia.",
            ("SUPPORT", "JPN", "AUS"))
