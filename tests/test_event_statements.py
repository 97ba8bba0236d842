"""Statements the verb lexicon did not read (session 10, rec13), each found recurring on the news pool:
an appeal to act ("encouraged X to ..."), a declared readiness to answer another side ("ready to
respond to any attack by X"), the doer a condemnation names through a label ("condemned what he
called an act of aggression by X"), labels the parser or the vocabulary missed. Sentences written
for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import RawDoc
from pool_events import events_of


def _has(evs, typ: str, codes: set[str]) -> bool:
    return any(t == typ and codes <= set(actors) for t, actors, _ in evs)


@pytest.mark.parametrize("text, codes", [
    ("The German foreign minister said Berlin encourages Iran to keep its commitments under the accord.",
     {"DEU", "IRN"}),
    ("Washington has encouraged Baghdad to form a national guard, the State Department said.", {"USA", "IRQ"}),
])
def test_an_appeal_to_act_is_a_request(pipeline, text, codes):
    evs = events_of(pipeline, text)
    assert _has(evs, "REQUEST", codes) and not any(t == "SUPPORT" for t, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "China invaded Vietnam in March. Hanoi encouraged the international community to follow its lead.",
    "Moscow expects all parties to exercise restraint, the Russian foreign ministry said.",
])
def test_an_appeal_to_no_one_named_is_no_request(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t == "REQUEST" for t, _, _ in evs), evs


def test_a_cause_that_encourages_asks_nothing(pipeline):
    evs = events_of(pipeline, "Critics said the Canadian withdrawal could encourage Russia to expand its forces.")
    assert not any(t == "REQUEST" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("Pyongyang said it is ready to respond to any attack by the United States.", {"PRK", "USA"}),
    ("The Japanese government is prepared to take further action against China, a spokesman said.",
     {"JPN", "CHN"}),
])
def test_readiness_to_answer_another_side_is_a_threat(pipeline, text, codes):
    assert _has(events_of(pipeline, text), "THREATEN", codes), events_of(pipeline, text)


def test_a_readiness_quoted_is_dated_by_its_saying(pipeline):
    text = "\u201cWe are ready to respond to any attack by Russia,\u201d the Polish defence minister said on Monday."
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    threats = [e for e in result.events if e.type == "THREATEN"]
    assert threats and threats[0].date == "2021-03-01", result.events


def test_readiness_for_a_plain_step_is_no_threat(pipeline):
    evs = events_of(pipeline, "Canada said it is ready to take further steps to help Ukraine's economy.")
    assert not any(t == "THREATEN" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("The Turkish president condemned what he called an act of aggression by Syria.", {"TUR", "SYR"}),
    ("Germany's chancellor criticized what she called the rogue regimes of Iran and Venezuela.", {"DEU", "IRN"}),
])
def test_a_condemned_label_names_the_accused(pipeline, text, codes):
    assert _has(events_of(pipeline, text), "ACCUSE", codes), events_of(pipeline, text)


@pytest.mark.parametrize("text, codes", [
    ("The Venezuelan president described the U.S. decision as blatant theft.", {"VEN", "USA"}),
    ("Last week the French president called the United States a foe of Europe.", {"FRA", "USA"}),
    ("The Chinese foreign ministry called the Japanese visit despicable.", {"CHN", "JPN"}),
])
def test_a_disapproving_label_accuses_the_owner(pipeline, text, codes):
    assert _has(events_of(pipeline, text), "ACCUSE", codes), events_of(pipeline, text)


@pytest.mark.parametrize("text, codes", [
    ("The Japanese government expects South Korea to return the statue, a spokesman said.", {"JPN", "KOR"}),
    ("The European Union expects that Iran will continue to comply with the accord.", {"EU", "IRN"}),
])
def test_an_act_expected_of_another_side_is_asked_of_it(pipeline, text, codes):
    assert _has(events_of(pipeline, text), "REQUEST", codes), events_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "A French official said Paris expects Russia to retaliate against the new sanctions.",
    "The Canadian minister said she doesn't expect China to release the detainees soon.",
])
def test_a_forecast_is_no_request(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(t == "REQUEST" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("The Saudi king sided with Egypt by labeling Qatar a sponsor of terrorism.", {"SAU", "QAT"}),
    ("In Brussels the German minister held nothing back in criticizing Russia's leadership.", {"DEU", "RUS"}),
    ("Pyongyang responded by calling Seoul's president a \u201cderanged puppet.\u201d", {"PRK", "KOR"}),
])
def test_words_said_in_doing_something_else_are_an_accusation(pipeline, text, codes):
    assert _has(events_of(pipeline, text), "ACCUSE", codes), events_of(pipeline, text)


def test_an_interest_in_criticizing_is_no_accusation(pipeline):
    evs = events_of(pipeline, "Officials in Paris were interested in criticizing Russia's leadership.")
    assert not any(t == "ACCUSE" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, codes", [
    ("The Australian prime minister said Canberra will not hesitate to take action against China.", {"AUS", "CHN"}),
    ("The Pentagon said U.S. pilots won't hesitate to defend themselves from Russian aircraft.", {"USA", "RUS"}),
])
def test_a_resolve_not_to_hold_back_is_a_threat_made(pipeline, text, codes):
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    threats = [e for e in result.events if e.type == "THREATEN" and codes <= {a.code for a in e.actors()}]
    assert threats and all(e.status == "occurred" for e in threats), result.events


def test_a_habit_of_not_hesitating_is_no_threat(pipeline):
    evs = events_of(pipeline, "Critics say Moscow does not hesitate to interfere in the elections of Estonia.")
    assert not any(t == "THREATEN" for t, _, _ in evs), evs
