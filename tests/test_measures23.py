"""Sanctions and threats on unseen news (twenty-third pass). Sentences written for these tests (not
from an eval set); the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import probe
import pytest


events_of = probe.dated("2019-05-13")
shown = probe.shown
pairs = probe.pairs


@pytest.mark.parametrize("text, pair", [
    ("The minister said Canada would use its powers to impose tariffs on Chinese steel if Beijing keeps dumping it.",
     ("CAN", "CHN")),
    ("Germany will move to impose sanctions on Belarus unless Minsk frees the journalists.", ("DEU", "BLR")),
    ("Poland will seek to expel the Russian diplomats if Moscow does not explain the incident.", ("POL", "RUS")),
])
def test_a_measure_whose_modal_and_condition_sit_on_the_verb_above_it_is_a_threat(pipeline, text, pair):
    """ "would use its powers to impose tariffs if ...", "will move to impose sanctions unless ...": the
    parser hangs the condition (or the modal) on the verb whose infinitive the measure is; the measure
    promised on a condition is still a threat."""
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "THREATEN"), shown(evs)
    assert pair not in pairs(evs, "SANCTION"), shown(evs)



@pytest.mark.parametrize("text, doer", [
    ("Australia withdrew from the regional fisheries agreement on Tuesday.", "AUS"),
    ("Last year Brazil pulled out of the climate accord.", "BRA"),
    ("Brazil scrapped the regional fisheries agreement on Tuesday.", "BRA"),
    ("Australia's withdrawal from the climate accord dismayed environmental groups.", "AUS"),
])
def test_a_state_that_leaves_an_accord_is_enough_for_a_sanction(pipeline, text, doer):
    """ "withdrew from the agreement", "pulled out of the accord": a state quitting an accord acts on
    all its other parties, named or not (SANCTION withdraw with the one state, as the labels have it)."""
    evs = [e for e in events_of(pipeline, text) if e.type == "SANCTION"]
    assert evs and evs[0].source.code == doer and evs[0].target is None, shown(evs)



def test_an_answer_after_its_own_sides_act_answers_the_other_sides_act_before_it(pipeline):
    """ "Iran seized a tanker. The U.S. imposed sanctions. The U.S. also rushed a carrier in response":
    the answer answers no act of its own side, but the latest hostile act of another side."""
    evs = events_of(pipeline, "Iran seized a British tanker on Friday. The United States imposed sanctions on "
                              "Iranian officials on Saturday. The U.S. also rushed a carrier strike group to the "
                              "Gulf in response.")
    assert ("USA", "IRN") in pairs(evs, "MOBILIZE"), shown(evs)


@pytest.mark.parametrize("text, type_", [
    ("Ottawa is ready to target another $12 billion in Mexican imports.", "THREATEN"),
    ("Ottawa will target $12 billion of Mexican exports next month.", "SANCTION"),
])
def test_goods_a_measure_targets_name_whom_it_hits(pipeline, text, type_):
    """ "target $12 billion in Mexican imports": whose goods a trade measure (or a threat of one) hits
    is its target, though "Mexican imports" names no party as an actor phrase would."""
    evs = events_of(pipeline, text)
    assert ("CAN", "MEX") in pairs(evs, type_), shown(evs)
