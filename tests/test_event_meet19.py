"""Session 19 (meet19): measures, agreements and meetings whose other side the phrase names in a way
the extractor missed (found on the news pool). Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.events.measures import goods_origins
from communique.types import RawDoc


def pairs(pipeline, text: str, type_: str, published: str = "2019-06-03") -> list[tuple[str | None, str | None]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.type == type_]


@pytest.mark.parametrize("text,pair", [
    ("The United States will impose a 5% tariff on all goods coming into the country from Mexico.", ("USA", "MEX")),
    ("Beijing introduced new tariffs on goods imported from the United States.", ("CHN", "USA")),
    ("Washington imposed a tariff on cars imported from Mexico.", ("USA", "MEX")),
    ("Washington imposed tariffs on steel made in China.", ("USA", "CHN")),
])
def test_a_tariff_hits_the_state_the_goods_come_from(pipeline, text, pair):
    assert pair in pairs(pipeline, text, "SANCTION")


def test_goods_origins_reads_only_an_origin(nlp):
    doc = nlp("Canada imposed tariffs on Chinese steel and on U.S. imports from Japan.")
    steel, imports = (next(t for t in doc if t.lower_ == w) for w in ("steel", "imports"))
    assert goods_origins(steel) == []
    assert [t.text for t in goods_origins(imports)] == ["Japan"]
    doc = nlp("Canada imposed tariffs on steel produced in violation of Chinese law.")
    assert goods_origins(next(t for t in doc if t.lower_ == "steel")) == []  # "in" a place only


@pytest.mark.parametrize("text,type_,pair", [
    ("The British tanker entered the strait and was seized by Iran on Friday.", "COERCE", ("IRN", "GBR")),
    ("The Russian diplomat arrived in 2015 and was expelled by Britain last week.", "SANCTION", ("GBR", "RUS")),
    ("North Korea tested a missile and was sanctioned by the United Nations.", "SANCTION", ("UN", "PRK")),
])
def test_a_passive_conjunct_is_done_to_the_shared_subject(pipeline, text, type_, pair):
    found = pairs(pipeline, text, type_)
    assert found == [pair], found


def test_separate_meetings_of_several_sides_with_one_are_one_each(pipeline):
    found = pairs(pipeline, "The leaders of France, Germany and Britain have all scheduled separate meetings with "
                            "Mr. Putin.", "CONSULT")
    assert sorted(found) == [("DEU", "RUS"), ("FRA", "RUS"), ("GBR", "RUS")], found


def test_meetings_of_several_sides_not_said_separate_stay_one(pipeline):
    found = pairs(pipeline, "Merkel and Macron held talks with Trump on Friday.", "CONSULT")
    assert len(found) == 1, found


@pytest.mark.parametrize("text,pair", [
    ("Putin ruled out talks with Ukraine.", ("RUS", "UKR")),
    ("The White House has previously ruled out direct talks with North Korea unless it fully commits to "
     "abandoning its nuclear weapons program.", ("USA", "PRK")),
])
def test_talks_ruled_out_are_a_refusal_not_a_meeting(pipeline, text, pair):
    assert pairs(pipeline, text, "REJECT") == [pair]
    assert pairs(pipeline, text, "CONSULT") == []


@pytest.mark.parametrize("text,pair", [
    ("Russia delivered the S-300 missile system to Iran.", ("RUS", "IRN")),
    ("Qatar sent tanks, missiles and trucks to Libyan rebels.", ("QAT", "LBY")),
    ("In years past, there were persistent reports that Russia was supplying small arms to the Taliban.",
     ("RUS", "TALIBAN")),
])
def test_arms_handed_to_a_party_are_aid(pipeline, text, pair):
    assert pairs(pipeline, text, "AID", published="2015-02-01") == [pair]


@pytest.mark.parametrize("text", [
    "Hamas sent more than 300 rockets into Israel on Tuesday.",
    "The United States sent two F-22 jets to South Korea for the drills.",
])
def test_arms_fired_or_forces_deployed_are_no_aid(pipeline, text):
    assert pairs(pipeline, text, "AID", published="2015-02-01") == []


def test_a_rate_range_is_no_origin_of_the_goods(pipeline):
    assert ("CHN", "USA") in pairs(pipeline, "Beijing imposed tariffs on American goods from soybeans to cars.",
                                   "SANCTION")
