"""Appeals and demands (request25). Sentences written for these tests; the real pipeline (parse,
knowledge base, lexicons) runs on each."""

from __future__ import annotations

from communique.types import RawDoc
from probe import events_of, pairs, shown

CLASH = "Armenia shelled Azerbaijani positions near the border on Tuesday. "


def requests(text: str, pipeline) -> list[set[str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    return [{a.code for a in e.actors()} for e in evs if e.type == "REQUEST"]


def test_a_call_for_a_ceasefire_goes_to_both_sides_of_the_fighting(pipeline):
    """ "called for a cease-fire" names no addressee: only the sides fighting can grant one, so it is
    asked of the two the story has just reported fighting, as an appeal for calm is."""
    assert {"FRA", "ARM", "AZE"} in requests(CLASH + "The French foreign minister called for an immediate "
                                                     "cease-fire.", pipeline)
    assert {"DEU", "ARM", "AZE"} in requests(CLASH + "Angela Merkel appealed for a truce.", pipeline)
    met = "Armenian and Azerbaijani ministers met in Moscow on Tuesday. Angela Merkel called for a ceasefire."
    assert all(len(s) < 3 for s in requests(met, pipeline))  # after talks, no fighting to lend its sides


def test_the_foe_of_an_act_asked_for_is_not_the_one_asked(pipeline):
    """ "pushed for strikes against Syria", "asked for intervention against IS": the act's "against"
    names whom it would be aimed at, not whom the appeal asks; when the appeal names no one, none."""
    foe = events_of(pipeline, "Nigeria's president asked for Western military intervention against Boko Haram.")
    strikes = events_of(pipeline, "Hollande pushed for air strikes against Syria.")
    asked = events_of(pipeline, "Nigeria's president asked Britain for military help against Boko Haram.")
    assert not [p for p in pairs(foe, "REQUEST") if "BOKOHARAM" in p], shown(foe)
    assert not [p for p in pairs(strikes, "REQUEST") if "SYR" in p], shown(strikes)
    assert ("NGA", "GBR") in pairs(asked, "REQUEST"), shown(asked)
