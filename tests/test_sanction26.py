"""Sanctions and aid found by grouping the train split's SANCTION and AID misses and checking the
constructions on news-pool articles (session 26). Sentences written for these tests (not from an eval
set); the real pipeline runs on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, shown


@pytest.mark.parametrize("text,pair", [
    # money or aid pledged is still to be given: the pledge is made, the aid is planned
    ("The Netherlands promised $40 million in aid to Yemen last week.", ("NLD", "YEM")),
    ("Canada pledged $15 million in humanitarian assistance to Lebanon on Tuesday.", ("CAN", "LBN")),
])
def test_pledged_aid_is_planned(pipeline, text, pair):
    evs = events_of(pipeline, text)
    got = [(e.source and e.source.code, e.target and e.target.code, e.status) for e in evs if e.type == "AID"]
    assert (*pair, "planned") in got, shown(evs)


def test_aid_sent_stays_occurred(pipeline):
    # beside aid pledged, read as planned: aid sent stays occurred
    evs = events_of(pipeline, "The Netherlands promised $40 million in aid to Yemen last week. "
                    "Canada sent $15 million in humanitarian assistance to Lebanon on Tuesday.")
    got = [(e.source and e.source.code, e.target and e.target.code, e.status) for e in evs if e.type == "AID"]
    assert ("NLD", "YEM", "planned") in got, shown(evs)
    assert ("CAN", "LBN", "occurred") in got, shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a subjectless participle of aiming after a measure taken says whom the measure hits: no attack
    ("Britain imposed new sanctions on Friday, targeting Russian oligarchs.", ("GBR", "RUS")),
    ("Ottawa imposed further sanctions on Tuesday, targeting two Iranian banks and the country's central bank.",
     ("CAN", "IRN")),
])
def test_sanctions_targeting_after_comma(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.type == "SANCTION"] \
        == [pair], shown(evs)
    assert not [e for e in evs if e.type == "ASSAULT"], shown(evs)


def test_strikes_targeting_after_comma_stay_attacks(pipeline):
    # beside sanctions whose "targeting" names whom they hit (no attack): strikes that target stay attacks
    evs = events_of(pipeline, "Britain imposed new sanctions on Friday, targeting Russian oligarchs. "
                    "Israel launched airstrikes on Monday, targeting Hamas positions in Gaza.")
    assert sorted(e.type for e in evs) == ["ASSAULT", "SANCTION"], shown(evs)
    assert [e.source and e.source.code for e in evs if e.type == "ASSAULT"] == ["ISR"], shown(evs)


def test_train_advise_and_assist_is_aid(pipeline):
    # three coordinated verbs of building up forces: the last holds the shared object
    evs = events_of(pipeline, "Denmark will train, advise and assist the Malian army.")
    got = [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.type == "AID"]
    assert got == [("DNK", "MLI")], shown(evs)


@pytest.mark.parametrize("text,pair", [
    # aid stopped or held up is aid held back (SANCTION discontinue), not aid given
    ("The Dutch government stopped development assistance to Mali in May.", ("NLD", "MLI")),
    ("Washington has delayed military aid to Kyiv for months.", ("USA", "UKR")),
])
def test_aid_stopped_or_delayed_is_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.type == "SANCTION"] \
        == [pair], shown(evs)
    assert not [e for e in evs if e.type == "AID"], shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a verb of aid's own "for" names whom the aid is for
    ("Sweden will give $12 million for Somalia's coast guard.", ("SWE", "SOM")),
    ("The Netherlands promised $40 million in aid for Yemen.", ("NLD", "YEM")),
])
def test_aid_verb_for_names_recipient(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.type == "AID"], \
        shown(evs)


@pytest.mark.parametrize("text,pair", [
    # a convoy or shipment its words call aid, sent to a party, is aid given: no deployment, no envoy
    ("Ankara will send a second humanitarian convoy to Syria next week.", ("TUR", "SYR")),
    ("Qatar sent a shipment of medical supplies to Lebanon on Sunday.", ("QAT", "LBN")),
])
def test_aid_convoy_sent_is_aid(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs] == [("AID", *pair)], \
        shown(evs)


def test_convoy_of_tanks_stays_deployment(pipeline):
    # beside a convoy its words call aid, read as aid given: a convoy of tanks is no aid
    evs = events_of(pipeline, "Ankara will send a second humanitarian convoy to Syria next week. "
                    "Russia sent a convoy of tanks into Ukraine on Friday.")
    got = [(e.source and e.source.code, e.target and e.target.code) for e in evs if e.type == "AID"]
    assert got == [("TUR", "SYR")], shown(evs)
