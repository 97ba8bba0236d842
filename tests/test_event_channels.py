"""A channel kept between two sides ("in touch with", "had contacts with", "in communication with")
is a CONSULT; a contact lost or only sought, or one with no with-phrase, is none. Sentences written
for these tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def consults(events) -> list[set[str]]:
    return [{a.code for a in e.actors()} for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, pair", [
    ("Turkish officials were in close touch with Greek diplomats throughout the crisis.", {"TUR", "GRC"}),
    ("Brazilian diplomats had repeated contacts with Chinese officials last year.", {"BRA", "CHN"}),
    ("The Kenyan envoy has been in regular communication with Somali leaders.", {"KEN", "SOM"}),
])
def test_a_channel_kept_with_another_side_is_a_consult(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in consults(evs), [(e.type, sorted(a.code for a in e.actors())) for e in evs]


@pytest.mark.parametrize("text", [
    "The Norwegian navy lost contact with a Russian submarine on Tuesday.",
    "The Polish minister tried to get in touch with Belarusian officials but got no answer.",
    "The French ambassador avoided eye contact with the Iranian delegate.",
    "Ukraine's contact group on Moldova met on Tuesday.",
])
def test_no_consult_from_a_contact_lost_sought_or_named(pipeline, text):
    assert not consults(events_of(pipeline, text))
