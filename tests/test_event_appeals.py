"""An appeal for calm that names no addressee is made to the sides of the fighting just reported.
Sentences written for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from communique.types import RawDoc

FIGHT = "Armenia shelled Azerbaijani positions near the border on Tuesday. "


def requests(text: str, pipeline) -> list[set[str]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    return [{a.code for a in e.actors()} for e in evs if e.type == "REQUEST"]


def test_an_appeal_for_calm_goes_to_both_sides_of_the_fighting(pipeline):
    assert {"FRA", "ARM", "AZE"} in requests(FIGHT + "French President Emmanuel Macron appealed for calm.", pipeline)


def test_a_side_of_the_fighting_asking_for_calm_asks_only_the_other_side(pipeline):
    found = requests(FIGHT + "Armenian President Armen Sarkissian called for restraint.", pipeline)
    assert found and all(s <= {"ARM", "AZE"} for s in found)


def test_an_appeal_for_calm_after_a_meeting_gets_no_addressee_lent(pipeline):
    text = "Armenian and Azerbaijani ministers met in Moscow on Tuesday. French President Emmanuel Macron called for calm."
    assert all(len(s) < 3 for s in requests(text, pipeline))


def test_two_leaders_appealing_for_calm_make_two_appeals(pipeline):
    found = requests(FIGHT + "World leaders, including French President Emmanuel Macron and German Chancellor "
                             "Angela Merkel, appealed for restraint.", pipeline)
    assert {"FRA", "ARM", "AZE"} in found and {"DEU", "ARM", "AZE"} in found, found


def test_urging_restraint_is_an_appeal_too(pipeline):
    assert {"FRA", "ARM", "AZE"} in requests(FIGHT + "French President Emmanuel Macron urged restraint.", pipeline)
