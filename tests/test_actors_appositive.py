"""A bare family name followed by an appositive that makes its bearer an official of another state is a
namesake, not the person the knowledge base knows by that name ("Jaafari, the Syrian envoy" is not Iraq's
Ibrahim al-Jaafari); an appositive that names a state for anything else leaves the name alone."""

from __future__ import annotations

from typing import Any

import pytest

from communique.actors import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _persons(kb: KnowledgeBase, nlp: Any, text: str, date: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in kb.find_mentions(nlp(text), date) if m.actor.kind == "person"]


OTHER_STATE = [
    ("Jaafari, the Syrian envoy, accused Israel of lying to the council.", "2013-09-03", "Jaafari"),
    ("Kim, the South Korean defense minister, said the North must stop its tests.", "2013-04-04", "Kim"),
    ("Hammond, the former top State Department official, criticized China.", "2019-12-03", "Hammond"),
]


@pytest.mark.parametrize("text,date,name", OTHER_STATE)
def test_an_office_of_another_state_is_a_namesake(kb: KnowledgeBase, nlp: Any, text: str, date: str,
                                                  name: str) -> None:
    assert all(found != name for found, _ in _persons(kb, nlp, text, date)), _persons(kb, nlp, text, date)


SAME_PERSON = [
    ("Xi, the Chinese leader, met Trump at Mar-a-Lago.", "2017-04-07", ("Xi", "CHN")),
    ("Hagel, a decorated Vietnam combat veteran, would lead the Pentagon.", "2013-01-31", ("Hagel", "USA")),
    ("Freeland, a Russian speaker of Ukrainian ancestry, is barred from travel to Russia.", "2017-02-12",
     ("Freeland", "CAN")),
    ("Putin, the White House said, expressed his condolences.", "2013-04-19", ("Putin", "RUS")),
    ("Haniyeh, the senior Hamas leader, warned Israel.", "2014-08-05", ("Haniyeh", "PSE")),
]


@pytest.mark.parametrize("text,date,person", SAME_PERSON)
def test_other_appositives_keep_the_person(kb: KnowledgeBase, nlp: Any, text: str, date: str,
                                          person: tuple[str, str]) -> None:
    assert person in _persons(kb, nlp, text, date), _persons(kb, nlp, text, date)
