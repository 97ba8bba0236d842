"""The people a sanctions announcement names as its targets join its event (events.designees):
"those sanctioned include X", "among those subject to the sanctions is X", "the measures also target
X", "X, who was also named in the sanctions list"; not a person who only describes a designee
("Deripaska, an oligarch with ties to Putin"), not the announcing official, not in an article with
no sanctions event. Articles written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc

LEAD = "The United States on Friday imposed sanctions on Russia over its cyber attacks. "


def _sanction_persons(pipeline, text: str) -> set[str]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2018-04-06"))
    return {a.name for e in result.events if e.type == "SANCTION" for a in e.actors() if a.kind == "person"}


@pytest.mark.parametrize("text, named", [
    ("Those now sanctioned include Anatoly Vasilenko, a banker with ties to President Vladimir Putin.",
     {"Anatoly Vasilenko"}),
    ("Among those subject to the new sanctions is Grigory Lebedinsky, an energy executive.", {"Grigory Lebedinsky"}),
    ("The measures also target Pavel Ostrovsky and Ilya Zaitsev, two senior intelligence officers.",
     {"Pavel Ostrovsky", "Ilya Zaitsev"}),
    ("The Treasury's sanctions list targets a number of tycoons, including Boris Kuzmenko and Oleg Sorokin.",
     {"Boris Kuzmenko", "Oleg Sorokin"}),
    ("Treasury is also sanctioning the head of the state railway, Arkady Melnikov, and Yuri Demidov.",
     {"Arkady Melnikov", "Yuri Demidov"}),
    ("Sergei Tarasenko, who was also named in the sanctions list, called the move absurd.", {"Sergei Tarasenko"}),
])
def test_designated_persons_join_the_sanctions_event(pipeline, text, named):
    persons = _sanction_persons(pipeline, LEAD + text)
    assert named <= persons, persons


@pytest.mark.parametrize("text, not_named", [
    # a person who describes a designee, the announcing official
    ("Those now sanctioned include Anatoly Vasilenko, a banker with ties to Paul Manafort.", "Paul Manafort"),
    ("Treasury Secretary Steven Mnuchin said those now sanctioned include Anatoly Vasilenko.", "Steven Mnuchin"),
    # a list of something else
    ("The guest list for Monday's dinner includes Grigory Lebedinsky.", "Grigory Lebedinsky"),
    # allies of a named person are not that person
    ("The measures also target close allies of Gennady Timchenko.", "Gennady Timchenko"),
])
def test_persons_who_only_describe_are_not_designees(pipeline, text, not_named):
    assert not_named not in _sanction_persons(pipeline, LEAD + text)


def test_no_sanctions_event_no_designees(pipeline):
    text = ("Russian and American diplomats met in Geneva on Friday. "
            "Those attending included Anatoly Vasilenko, a senior adviser.")
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2018-04-06"))
    assert "Anatoly Vasilenko" not in {a.name for e in result.events for a in e.actors()}
