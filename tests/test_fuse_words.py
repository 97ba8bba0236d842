"""Fusion across articles: how two reports' words, quotations and dates of plans tie them."""

from __future__ import annotations

from communique.fuse import assign_event_ids, node_of, parts
from communique.fuse._text import stem
from communique.types import Actor, Event, Evidence

CANADA, MEXICO = Actor("CAN", "Canada", "state"), Actor("MEX", "Mexico", "state")
PERU, ECUADOR = Actor("PER", "Peru", "state"), Actor("ECU", "Ecuador", "state")
DAY = "2031-06-10"


def _say(doc: str, type_: str, src: Actor, tgt: Actor, date: str | None, text: str,
         status: str = "occurred") -> Event:
    return Event(doc_id=doc, type=type_, source=src, target=tgt, date=date, status=status,
                 evidence=Evidence(text, 0, len(text)))


def test_inflections_of_one_word_share_a_stem_and_derived_words_do_not():
    for forms in (("supports", "support", "supported", "supporting"), ("denies", "denied", "deny"),
                  ("launches", "launched", "launching", "launch"), ("strikes", "strike", "striking"),
                  ("agreed", "agree", "agrees"), ("stopped", "stop"), ("planning", "planned", "plans"),
                  ("russia's", "russia")):
        assert len({stem(w) for w in forms}) == 1, forms
    assert stem("accusation") != stem("accused")
    for word in ("us", "process", "crisis", "status", "thing", "king"):  # no cut that leaves a stub
        assert stem(word) == word


def test_a_denial_reported_in_other_inflections_is_one_statement():
    out = assign_event_ids([
        _say("a", "REJECT", PERU, ECUADOR, DAY, "Peru denies that its soldiers crossed the border."),
        _say("b", "REJECT", PERU, ECUADOR, DAY, "Lima denied its soldier had crossed into Ecuador."),
    ])
    assert out[0].event_id == out[1].event_id


def test_the_same_quoted_words_tie_two_reports_of_a_statement_another_quote_that_day_stays_apart():
    long = _say("a", "SUPPORT", CANADA, MEXICO, DAY,
                "In a statement issued after the cabinet met in the capital on Tuesday evening, Canada said its "
                'government "stands firmly behind" the reform package that Mexico passed last week.')
    short = _say("b", "SUPPORT", CANADA, MEXICO, DAY,
                 "Ottawa said it \u201cstands firmly behind\u201d its neighbour's plan.")
    other = _say("c", "SUPPORT", CANADA, MEXICO, DAY,
                 'Canada said it "fully expects" Mexico to open its energy market.')
    p = parts(node_of(long, 0, None), node_of(short, 0, None), 3)
    assert p["evidence"] >= 0.6  # the quotation, not the sentences' overlap
    out = assign_event_ids([long, short, other])
    assert out[0].event_id == out[1].event_id
    assert out[2].event_id != out[0].event_id


def test_plans_dated_only_by_their_reports_are_not_tied_by_that_date():
    def pair(status: str) -> list[Event]:
        return [
            _say("a", "CONSULT", PERU, ECUADOR, None,
                 "Peru and Ecuador will continue talks on fishing rights in the coming months.", status),
            _say("b", "CONSULT", PERU, ECUADOR, None,
                 "Officials of both states are to meet again in the coming months to discuss the border.", status),
        ]
    published = {"a": DAY, "b": DAY}
    planned = assign_event_ids(pair("planned"), published=published)
    assert planned[0].event_id != planned[1].event_id  # two plans reported the same day
    held = assign_event_ids(pair("occurred"), published=published)
    assert held[0].event_id == held[1].event_id  # talks held, reported the same day: the same talks
    dated = [_say(e.doc_id, e.type, PERU, ECUADOR, "2031-07-02", e.evidence.text, "planned") for e in pair("planned")]
    assert len({e.event_id for e in assign_event_ids(dated, published=published)}) == 1  # a date of their own does


def test_a_short_report_held_whole_in_a_longer_one_shares_its_words():
    short = _say("a", "REJECT", PERU, ECUADOR, "2031-06", "Peru has denied any involvement.")
    long = _say("b", "REJECT", PERU, ECUADOR, "2031-06",
                "Peru has vehemently denied any involvement in the border incident, and its defence "
                "minister told parliament on Monday that the army had stayed in its barracks.")
    p = parts(node_of(short, 0, DAY), node_of(long, 0, DAY), 3)
    assert p["evidence"] >= 0.6  # all of the short sentence's words are in the long one
    other = _say("c", "REJECT", PERU, ECUADOR, "2031-06", "Peru rejected the fishing quota proposal.")
    assert parts(node_of(other, 0, DAY), node_of(long, 0, DAY), 3)["evidence"] < 0.3
