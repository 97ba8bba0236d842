"""Which date and status an event takes: attachment of dates to triggers, narrative dates, and
the status rules of ``communique.events.status`` (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.dates import find_dates
from communique.events.annotate import definite_reference, lag_date, pick_date
from communique.events.status import status_of
from communique.types import RawDoc


def _date_of(nlp, text: str, anchor: str, word: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    return pick_date(trig, find_dates(doc, anchor))


PICK_CASES = [
    # a year in front of another noun dates that noun, not the sentence's verb
    ("Iran fired missiles overnight in its biggest attack since the 1988 ceasefire.", "2020-01-08", "fired",
     "2020-01-08"),
    ("Iran fired missiles overnight in its biggest attack since the 1988 ceasefire.", "2020-01-08", "ceasefire",
     "1988"),
    ("The minister accused Moscow of meddling in the 2020 vote.", "2021-03-03", "accused", None),
    # ... unless the event happens in or at that dated occasion
    ("The minister accused Moscow of meddling in the 2020 vote.", "2021-03-03", "meddling", "2020"),
    ("The envoy consulted allies at a September meeting, weeks after his August announcement.", "2019-10-10",
     "consulted", "2019-09"),
    ("Moscow tried to sway the 2016 election, officials said.", "2018-03-03", "sway", "2016"),
    ("Tuesday's launch drew condemnation from Japan.", "2017-07-06", "launch", "2017-07-04"),
    # "in six months", "in the next ten days": a point ahead in a future clause
    ("The United States will leave the pact in six months, the envoy said.", "2019-02-01", "leave", "2019-08"),
    ("Iran will exceed the limit in the next ten days.", "2019-06-17", "exceed", "2019-06-27"),
    ("It was the first visit by a Chinese leader in six months.", "2019-02-01", "visit", None),
    # a weekday hung after a noun is the verb's: "called" is past, so Tuesday is the last one
    ("The adviser called for a tougher line against Moscow in a speech Tuesday.", "2018-04-06", "called",
     "2018-04-03"),
    # ... but it dates its noun, and is no date of the whole sentence for an act far from it
    ("Chinese President Xi Jinping ordered the start of the exercises, which came after the sudden decision "
     "Friday by Taiwan's leader to effectively end the talks, leaving the island exposed to a Chinese blockade "
     "that was criticized around the region.", "2022-10-12", "blockade", None),
]


LAG_CASES = [
    # "the news comes N after X did": X is N before the news of the day (2018-04-06, a Friday)
    ("The announcement comes one week after Canada expelled 20 Iranian diplomats.", "expelled", "2018-03-30"),
    ("The launch came two weeks after Iran tested a rocket.", "tested", "2018-03-23"),
    ("The move came two days after Chile recalled its ambassador from Peru.", "recalled", "2018-04-04"),
    ("The sanctions follow a day after Japan seized two Chinese boats.", "seized", "2018-04-05"),
    ("The talks come a week before the summit in Hanoi.", "summit", "2018-04-13"),
    ("The strike came a month after Iran shot down a drone.", "shot", "2018-03"),
    # ... or N before/after the other side's own date
    ("The talks on Tuesday came two days after Chile recalled its ambassador.", "recalled", "2018-04-01"),
    # no lag, a vague one, or the event's own date: nothing to count
    ("The announcement comes days after Canada expelled 20 Iranian diplomats.", "expelled", None),
    ("The talks came two days after Chile recalled its ambassador on Sunday.", "recalled", None),
    ("The announcement comes after Canada expelled 20 Iranian diplomats.", "expelled", None),
    # an undated act on the other side is not the news of the day
    ("Two weeks before the election, Moscow hacked the party's servers.", "election", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), LAG_CASES)
def test_lag_date(nlp, text: str, word: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    assert lag_date(trig, find_dates(doc, "2018-04-06"), dt.date(2018, 4, 6)) == expected


@pytest.mark.parametrize(("text", "anchor", "word", "expected"), PICK_CASES)
def test_pick_date(nlp, text: str, anchor: str, word: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _date_of(nlp, text, anchor, word) == expected


STATUS_CASES = [
    # the cause named by "for" keeps its own status: the strikes took place
    ("Trump said he would not retaliate for the strikes on the base.", "strikes", "occurred"),
    ("Trump said he would not retaliate for the strikes on the base.", "retaliate", "negated"),
    ("Britain will punish Russia for the poisoning of a former spy.", "poisoning", "occurred"),
    # being somewhere for an occasion is, like travelling to it, for what is ahead
    ("Xi will also be in Hamburg for the meeting with Trump.", "meeting", "planned"),
    ("Xi was in Hamburg for the meeting with Trump.", "meeting", "occurred"),
    # ... but not one that is itself ahead
    ("Residents are stocking up on supplies in readiness for expected fighting with the militia.", "fighting",
     "planned"),
    # a wish named by "for" keeps the verb's modality
    ("The president called for talks with Iran.", "talks", "planned"),
    # reported "were set to": the future seen from the past
    ("He said the tariffs were set to take effect next month.", "take", "planned"),
    ("With the council expected to meet on Wednesday, diplomats waited.", "meet", "expected"),
]


@pytest.mark.parametrize(("text", "word", "expected"), STATUS_CASES)
def test_status_of(nlp, text: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert status_of(next(t for t in doc if t.text == word)) == expected


def test_announced_sanction_is_enacted(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministry announced Friday it will impose sanctions on five banks.")
    impose = next(t for t in doc if t.text == "impose")
    assert status_of(impose) == "planned"
    assert status_of(impose, enacted_by_announcement=True) == "occurred"
    doc = nlp("The ministry will impose sanctions on five banks.")
    assert status_of(next(t for t in doc if t.text == "impose"), enacted_by_announcement=True) == "planned"


def _events(pipeline, text: str, published: str):  # type: ignore[no-untyped-def]
    return list(pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events)


def test_announced_sanctions_occurred_in_the_pipeline(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "The Treasury Department announced Friday it will impose sanctions on five Russian "
                               "banks.", "2022-04-08")
    ev = next(e for e in events if e.type == "SANCTION")
    assert (ev.date, ev.status) == ("2022-04-08", "occurred")


def test_a_day_earlier_counts_from_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on "
                               "Monday. A day earlier, Macron spoke by phone with Russian President Vladimir Putin.",
                     "2022-05-11")
    call = next(e for e in events if {a.code for a in e.actors()} == {"FRA", "RUS"})
    assert (call.date, call.date_basis) == ("2022-05-08", "text")


def test_the_year_of_another_noun_is_not_the_event_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Britain accused Russia of meddling in the 2019 election.", "2020-07-21")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert (accuse.date, accuse.date_basis) == ("2020-07-21", "published")


def test_hours_later_is_the_day_narrated(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Protesters stormed the Danish embassy in Tripoli and set it on fire early on Monday "
                               "over a cartoon. Hours later, Libya ordered the Danish ambassador to leave the country.",
                     "2024-02-13")
    order = next(e for e in events if e.trigger == "ordered")
    assert (order.date, order.date_basis) == ("2024-02-12", "text")


def test_a_former_office_holders_act_is_undated_history(pipeline):
    """An undated act of state power by someone out of office at publication ("Bill Clinton
    bombed Iraq" in a 2017 article) is history: background, and not dated by publication."""
    text = ("Bill Clinton ordered strikes on Iraq and signed a trade deal with China. "
            "Donald Trump imposed tariffs on Chinese steel on Thursday.")
    events = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2018-03-09")).events
    old = [e for e in events if e.source is not None and e.source.name == "Bill Clinton"]
    new = [e for e in events if e.source is not None and e.source.name == "Donald Trump"]
    assert old and all(e.background and e.date is None for e in old), [(e.type, e.date, e.background) for e in old]
    assert new and all(not e.background and e.date == "2018-03-08" for e in new)


DEFINITE_CASES = [
    ("The Turkish operation carries risks for Ankara.", "operation", True),
    ("Turkey's strikes killed at least seven civilians.", "strikes", True),
    ("The army said the attack killed six people.", "attack", True),
    ("Turkey began a new offensive on Wednesday.", "offensive", False),
    ("The first strike hit a depot.", "strike", False),
    ("The 2017 attack was never explained.", "attack", False),
    ("An attack killed six people.", "attack", False),
    ("Turkey attacked Kurdish positions.", "attacked", False),
]


@pytest.mark.parametrize("text,word,expected", DEFINITE_CASES)
def test_definite_reference(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert definite_reference(next(t for t in doc if t.text == word)) is expected


def test_the_offensive_named_again_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Turkey attacked Kurdish fighters in northern Syria on Wednesday. The region has been unstable for "
            "years. Many residents fled their homes. Aid groups warned of shortages of food and water. "
            "The Turkish offensive against the Kurds carries great risks for Ankara, analysts say.")
    assaults = [e for e in _events(pipeline, text, "2019-10-10") if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].date == "2019-10-09" and assaults[0].extra["mentions"] == 2


def test_that_month_takes_the_year_the_story_tells_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Iran halted its weapons research in late 2003, according to U.S. intelligence. Some officials think "
            "the U.S. invasion of Iraq that March spooked Khamenei into halting the research.")
    found = [e for e in _events(pipeline, text, "2015-06-22") if e.type == "ASSAULT"]
    assert found and found[0].date == "2003-03", [(e.type, e.date) for e in found]


def test_that_may_is_not_a_month(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A spokesman told reporters on Tuesday that May's deal could still form the basis of an accord with the EU.")
    assert not any(d.text.lower().startswith("that") for d in find_dates(doc, "2019-01-16"))


def test_a_that_opening_a_clause_leaves_the_month_plain(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Officials said that March was the deadliest month of the war.")
    assert [(d.text, d.value) for d in find_dates(doc, "2019-06-17")][:1] == [("March", "2019-03")]
