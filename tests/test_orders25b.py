"""Readings of orders, skipped events, postponements and needs (session 25, orders25b). An order to the
orderer's own forces or offices is the orderer's own act ("ordered the Pentagon to deploy troops to Iraq",
``statements.own_organs_ordered``). Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed


def test_an_order_to_ones_own_defense_department_is_the_orderers_deployment(pipeline):
    found = said(pipeline, "French President Emmanuel Macron ordered the Defense Ministry to deploy 500 soldiers "
                           "to Mali on Tuesday.")
    assert ("FRA", "MLI") in typed(found, "MOBILIZE"), found
    assert not typed(found, "REQUEST"), found


def test_an_order_to_the_military_to_send_warships_is_a_show_of_force(pipeline):
    found = said(pipeline, "Japanese Prime Minister Fumio Kishida ordered the military to send warships to the Gulf.")
    assert ("JPN", None) in typed(found, "MOBILIZE"), found


def test_an_order_to_the_armed_forces_names_the_place_they_go_to(pipeline):
    found = said(pipeline, "The British prime minister ordered the armed forces to send fighter jets to Estonia, "
                           "and he ordered Russia's army to leave the border.")
    assert ("GBR", "EST") in typed(found, "MOBILIZE"), found
    assert typed(found, "REQUEST") == [("GBR", "RUS")], found  # an order to another state's army asks it


def test_sanctions_that_two_states_agree_are_needed_are_not_yet_imposed(pipeline):
    found = said(pipeline, "Britain and Poland agreed on Monday on the need for tougher sanctions against Belarus.")
    sanctions = [s for ty, _, _, s in found if ty == "SANCTION"]
    assert sanctions and "occurred" not in sanctions, found


def test_talks_stressed_as_a_necessity_have_not_taken_place(pipeline):
    found = said(pipeline, "The Japanese foreign minister stressed the necessity to hold talks with North Korea.")
    talks = [s for ty, _, _, s in found if ty == "CONSULT"]
    assert talks and "occurred" not in talks, found


def test_a_summit_a_leader_will_skip_is_not_attended_by_him(pipeline):
    found = said(pipeline, "Chinese President Xi Jinping will skip the G20 summit in New Delhi next week.")
    assert ("CHN", None) in [(s, t) for ty, s, t, st in found if ty == "CONSULT" and st == "negated"], found


def test_a_meeting_boycotted_by_one_of_its_sides_did_not_take_place_for_it(pipeline):
    found = said(pipeline, "Iran boycotted a meeting with the European Union in Vienna, and lawmakers in "
                           "Washington skipped the Israeli prime minister's address to Congress.")
    statuses = {(s, t): st for ty, s, t, st in found if ty == "CONSULT"}
    assert statuses.get(("IRN", "EU")) == "negated", found
    assert statuses.get(("ISR", "USA")) != "negated", found  # the skippers are no side of the address


def test_a_skipping_denied_leaves_the_meeting_to_go_ahead(pipeline):
    """The lead's mend (session 25): "will not skip" read the "not" as denying the summit itself."""
    found = said(pipeline, "Chinese President Xi Jinping will not skip the G20 summit in New Delhi next week, "
                           "and the Japanese prime minister did not skip his meeting with the Indian prime minister.")
    statuses = {(s, t): st for ty, s, t, st in found if ty == "CONSULT"}
    assert statuses.get(("CHN", None)) == "planned", found
    assert statuses.get(("JPN", "IND")) == "occurred", found
