"""Requests the extractor missed on the news pool (session 11, rec14): a request named by a noun
whose clause names who is asked ("Canada's demand that the Saudis free them", "its call for Y to
..."), and a reported clause that gives another side its time to act ("it is time for Y to ...",
"this is Y's final chance to ..."). Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _sides(pipeline, text: str, typ: str) -> list[tuple[str | None, str | None]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events if e.type == typ]


@pytest.mark.parametrize("text, sides", [
    ("Riyadh rejected Canada's demand that the Saudis free the detained activists.", ("CAN", "SAU")),
    ("Japan renewed its call for North Korea to abandon its nuclear program.", ("JPN", "PRK")),
    ("The minister repeated the French government's call for Iran to avoid provocative actions.", ("FRA", "IRN")),
    ("The talks followed an appeal from Paris to Tehran to release the detained researchers.", ("FRA", "IRN")),
])
def test_a_request_named_by_a_noun_asks_whom_its_clause_names(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "China's demand for oil rose sharply last year.",
    "Washington recalled the ambassador's call to him last week.",
    "The minister welcomed Germany's call for a ceasefire.",
])
def test_a_request_noun_naming_no_one_asked_asks_no_one(pipeline, text):
    assert not [s for s in _sides(pipeline, text, "REQUEST") if s[1] is not None], _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text, sides", [
    ("\u201cIt is time for Russia to end its blockade,\u201d the Polish president said.", ("POL", "RUS")),
    ("Macron said it was time for Iran to come back to the table.", ("FRA", "IRN")),
    ("The American envoy said the next six months were Russia's last chance to save the treaty.", ("USA", "RUS")),
])
def test_time_given_to_another_side_is_a_request(pipeline, text, sides):
    assert sides in _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "The Italian premier said it was no time for Europe to give up on Libya.",
    "The Korean minister said this was China's chance to lead the region.",
    "The French president said it was time to talk with Moscow.",
])
def test_no_time_given_to_a_named_side_is_no_request(pipeline, text):
    assert not _sides(pipeline, text, "REQUEST"), _sides(pipeline, text, "REQUEST")
