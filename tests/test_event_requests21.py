"""Requests, support and aid (events/cooperation.py, speech.py, statements.py): the constructions news
uses for them that the extractor missed. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2018-07-14") -> list[tuple[str, str | None, str | None, str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None, e.status)
            for e in evs]


def test_coordinated_verbs_that_build_forces_are_aid(pipeline):
    found = events("The United States will arm and train Syrian rebels.", pipeline)
    assert [(t, s, o) for t, s, o, _ in found] == [("AID", "USA", "SYR")], found


def test_train_and_equip_is_one_aid(pipeline):
    found = events("Germany will train and equip Kurdish Peshmerga fighters in Iraq.", pipeline)
    assert [t for t, *_ in found] == ["AID"], found


def test_support_voiced_for_a_side_is_aimed_at_it(pipeline):
    found = events("France voiced support for Germany.", pipeline)
    assert ("SUPPORT", "FRA", "DEU", "occurred") in found, found


def test_support_reiterated_for_a_side_is_aimed_at_it(pipeline):
    found = events("Britain reiterated its support for Ukraine.", pipeline)
    assert ("SUPPORT", "GBR", "UKR", "occurred") in found, found


def test_an_appeal_for_an_act_asks_the_sides_it_names(pipeline):
    found = events("Abbas repeatedly called for an immediate end to Israeli settlements.", pipeline)
    assert ("REQUEST", "PSE", "ISR", "occurred") in found, found


def test_an_appeal_for_a_body_s_act_asks_the_body(pipeline):
    found = events("France on Thursday called for an urgent UN Security Council meeting on the crisis.", pipeline)
    assert any(t == "REQUEST" and s == "FRA" and o == "UN" for t, s, o, _ in found), found


def test_an_appeal_for_a_vote_at_home_asks_no_side_its_content_names(pipeline):
    found = events("Obama said he would ask for a congressional resolution to use limited force in Syria.", pipeline)
    assert not any(t == "REQUEST" and o == "SYR" for t, _, o, _ in found), found


def test_money_pledged_to_a_side_is_aid(pipeline):
    found = events("Japan pledged $10 million to the Philippines for typhoon relief.", pipeline)
    assert [(t, s, o) for t, s, o, _ in found] == [("AID", "JPN", "PHL")], found


def test_a_pledge_to_work_together_stays_an_agreement(pipeline):
    found = events("Japan pledged to work with the Philippines on maritime security.", pipeline)
    assert not any(t == "AID" for t, *_ in found), found


def test_an_arms_sale_approved_is_aid(pipeline):
    found = events("The State Department approved the sale of F-16 fighter jets to Taiwan.", pipeline)
    assert [(t, s, o) for t, s, o, _ in found] == [("AID", "USA", "TWN")], found


def test_a_sale_approved_with_no_arms_is_no_aid(pipeline):
    found = events("The State Department approved the sale of Boeing airliners to China.", pipeline)
    assert not any(t == "AID" for t, *_ in found), found


def test_an_appeal_for_acts_only_some_of_which_a_side_owns_asks_no_side_by_them(pipeline):
    found = events("The United States and South Korea began joint military exercises on Monday. China and Russia "
                   "asked for a double suspension of the military exercises and North Korea's weapons program.",
                   pipeline)
    assert any(t == "REQUEST" and s == "CHN" and o == "USA" for t, s, o, _ in found), found
