"""Acts of force on unseen news (seventeenth pass): attacks reported with whom they hit but no doer.
Sentences written for these tests (not from an eval set); the real pipeline (parse, knowledge base,
lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest



events_of = probe.dated("2015-06-17")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text,target", [
    ("Lawmakers questioned the envoy about the attack on the U.S. consulate in Benghazi.", "USA"),
    ("The attacks on American diplomatic missions in Libya and Egypt shocked Washington.", "USA"),
    ("A group claimed responsibility for an attack on the Chinese embassy in Karachi.", "CHN"),
    ("The killing of two Turkish soldiers angered Ankara.", "TUR"),
])
def test_an_attack_with_no_doer_names_whom_it_hit(pipeline, text, target):
    evs = events_of(pipeline, text)
    assert (None, target) in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text", [
    "Any attack on the United States will be met with overwhelming force.",  # a kind of act, none done
    "He was convicted of deadly attacks on Israelis.",  # a people, whose attackers may be their own
    "The candidate sharpened his attacks on American industry.",  # no party's post or force
])
def test_no_attack_with_no_doer_on_what_is_no_party_hit(pipeline, text):
    evs = events_of(pipeline, text)
    assert (None, "USA") not in pairs(evs, "ASSAULT") and (None, "ISR") not in pairs(evs, "ASSAULT"), shown(evs)


def test_an_attack_told_with_its_doer_is_not_told_again_without(pipeline):
    evs = events_of(pipeline, "Houthi rebels launched drone attacks on a Saudi oil field on Saturday. "
                              "The attack on the Saudi oil field halved the kingdom's output.")
    assert pairs(evs, "ASSAULT") == [("HOUTHI", "SAU")], shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("In other fighting, an Iraqi airstrike killed 45 ISIS fighters and injured 60 Friday in the northern town of "
     "Sinjar, the country's state media said.", ("IRQ", "ISIS")),
    ("Israeli airstrikes killed 20 people in Gaza on Tuesday.", ("ISR", "PSE")),
])
def test_what_an_attack_that_harms_hits_is_its_target(pipeline, text, pair):
    evs = events_of(pipeline, text, "2014-08-10")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("Russia sent tanks into Ukraine on Thursday.", ("RUS", "UKR")),
    ("NATO said Russia had sent artillery and men into eastern Ukraine.", ("RUS", "UKR")),
    ("Turkey was preparing to send its military into Syria.", ("TUR", "SYR")),
])
def test_arms_sent_into_a_place_are_a_force_moved(pipeline, text, pair):
    evs = events_of(pipeline, text, "2014-08-28")
    assert pair in pairs(evs, "MOBILIZE") and not pairs(evs, "AID"), shown(evs)


@pytest.mark.parametrize("text", [
    "Moscow sent another convoy of aid into the country on Saturday.",
    "Russia sent weapons to the rebels in eastern Ukraine.",
])
def test_aid_or_arms_sent_to_a_party_move_no_force(pipeline, text):
    evs = events_of(pipeline, text, "2014-08-28")
    assert not pairs(evs, "MOBILIZE"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    ("In August, as Russian tanks and troops were rolling across Ukraine, Putin gave a warning.", ("RUS", "UKR")),
    ("Taliban fighters swept through northern Afghanistan last spring.", ("TALIBAN", "AFG")),
])
def test_a_force_sweeping_across_land_enters_it(pipeline, text, pair):
    evs = events_of(pipeline, text, "2014-09-10")
    assert pair in pairs(evs, "ASSAULT"), shown(evs)


def test_a_force_sweeping_across_its_own_land_attacks_no_one(pipeline):
    evs = events_of(pipeline, "Syrian regime forces swept across northern Syria.", "2014-09-10")
    assert not pairs(evs, "ASSAULT"), shown(evs)


@pytest.mark.parametrize("text", [
    "He said any attacks by Iran on Americans would be answered with a decisive U.S. response.",
])
def test_any_act_of_force_is_no_act_in_view(pipeline, text):
    evs = [e for e in events_of(pipeline, text, "2019-06-17") if e.type == "ASSAULT"]
    assert evs and all(e.status == "hypothetical" for e in evs), shown(evs)
