"""Statements the extractor missed or misread (session 16, talk16): pressing a side to act is an
appeal to it ("pressured China to cut ties with Y": REQUEST, not COERCE; "lobbied Moscow to drop the
sale"); sides that accuse or threaten each other do it each way (two events); a warning that lays a
duty on another side ("warned that NATO must stay out") warns it; an act aimed at "whoever was to
blame" takes no side of the story as its target; a threat noun aims at what its act would hit; what
a verb says is not the content of the label verb it is coordinated with ("called it X and said
Y"). Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events]


@pytest.mark.parametrize("text, event", [
    ("The United States has pressured China to cut trade ties with North Korea.", ("REQUEST", "USA", "CHN")),
    ("The tariffs are meant to pressure Mexico to stop the flow of migrants.", None),
    ("Israel has been lobbying Moscow to drop the sale of the missiles.", ("REQUEST", "ISR", "RUS")),
    ("Washington prodded Seoul to pay more for the American troops.", ("REQUEST", "USA", "KOR")),
])
def test_pressing_a_side_to_act_is_an_appeal(pipeline, text, event):
    found = _events(pipeline, text)
    assert not [e for e in found if e[0] == "COERCE"], found
    if event is not None:
        assert event in found, found


@pytest.mark.parametrize("text, sides", [
    ("Israel and Hamas accused each other of sending the bombs.", ("ISR", "HAMAS")),
    ("Russia and Ukraine blamed one another for the failure of the talks.", ("RUS", "UKR")),
    ("Washington and Pyongyang have traded threats in recent weeks.", ("USA", "PRK")),
    ("The threats between the United States and North Korea have escalated.", ("USA", "PRK")),
])
def test_sides_that_accuse_or_threaten_each_other_do_it_each_way(pipeline, text, sides):
    found = _events(pipeline, text)
    a, b = sides
    assert {e[1:] for e in found if e[0] in ("ACCUSE", "THREATEN")} == {(a, b), (b, a)}, found


@pytest.mark.parametrize("text", [
    "The war between Saudi Arabia and Iran is being waged in Yemen.",
    "It comes at a time of increasing cooperation between China and Russia.",
])
def test_a_state_between_two_sides_is_no_mutual_act(pipeline, text):
    assert not _events(pipeline, text), _events(pipeline, text)


@pytest.mark.parametrize("text, event", [
    ("Lavrov warned that NATO must not expand eastward.", ("THREATEN", "RUS", "NATO")),
    ("Theresa May repeatedly warned that the EU needs to do a trade deal.", ("THREATEN", "GBR", "EU")),
    ("Pompeo warned that Iran should not test the resolve of the United States.", ("THREATEN", "USA", "IRN")),
])
def test_a_warning_that_lays_a_duty_on_another_side_warns_it(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


def test_punishment_for_whoever_is_to_blame_is_aimed_at_no_side_of_the_story(pipeline):
    text = ("Turkey accused Saudi Arabia of killing the journalist. "
            "Trump promised \"severe punishment\" for whoever was to blame in an interview that aired Sunday.")
    found = _events(pipeline, text)
    assert not [e for e in found if e[0] == "THREATEN" and e[2] is not None], found


@pytest.mark.parametrize("text, event", [
    ("Foreign ministers spoke of Trump's handling of the North Korea nuclear crisis and his threat to "
     "\"totally destroy\" the secretive country.", ("THREATEN", "USA", "PRK")),
    ("Obama said the proposal resulted from his threat to attack Syria.", ("THREATEN", "USA", "SYR")),
])
def test_a_threat_noun_aims_at_what_its_act_would_hit(pipeline, text, event):
    assert event in _events(pipeline, text), _events(pipeline, text)


def test_a_label_and_a_statement_joined_by_and_keep_their_own_sides(pipeline):
    text = ("Al Qaeda gunmen attacked the offices of Charlie Hebdo in Paris, France. Secretary of State John "
            "Kerry called the incident a \"murderous attack\" and said \"each and every American\" stood beside "
            "France.")
    found = _events(pipeline, text)
    assert ("ACCUSE", "USA", "FRA") not in found, found
    assert ("SUPPORT", "USA", "FRA") in found, found
