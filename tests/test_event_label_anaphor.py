"""A disapproving label on an act the article reported, named by no owner ("described the test as a
provocation", "characterized the sanctions as illegal"), accuses whoever did that act, as "called the
test a provocation" already did. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def accusations(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events
    return [(e.source and e.source.code, e.target and e.target.code) for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text,pair", [
    ("North Korea tested a missile on Sunday. Japan described the test as a provocation.", ("JPN", "PRK")),
    ("The United States imposed sanctions on Russian banks on Friday. Moscow described the sanctions as illegal.",
     ("RUS", "USA")),
    ("Iran launched a satellite on Monday. France characterized the launch as a dangerous escalation.",
     ("FRA", "IRN")),
])
def test_a_label_on_a_reported_act_accuses_its_doer(pipeline, text, pair):
    assert pair in accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "Japan and India held talks on Friday. Japan described the talks as productive.",
    "North Korea tested a missile on Sunday. Japan described the test as a surprise.",
])
def test_a_label_that_does_not_disapprove_accuses_no_one(pipeline, text):
    assert not accusations(pipeline, text)
