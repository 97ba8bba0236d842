"""bench/calibrate_fusion.py's own extraction (``--extract``): the events as the fuser gets them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from calibrate_fusion import event_of, unfused  # noqa: E402

from communique.types import GOVERNMENT_NAMED, Actor, Event, Evidence  # noqa: E402


def test_unfused_events_keep_what_their_exchange_lines_leave_out_and_are_not_linked(tmp_path: Path):
    docs = tmp_path / "docs.jsonl"
    texts = {"a1": "The Trump administration imposed new sanctions on Iran on Monday, targeting its oil exports.",
             "b1": "The Trump administration on Monday imposed sanctions on Iran that target its oil exports."}
    docs.write_text("".join(json.dumps({"id": k, "text": t, "published": "2019-06-17"}) + "\n"
                            for k, t in texts.items()), encoding="utf-8")
    rows, events = unfused([str(docs)])
    assert [r["doc_id"] for r in rows] == [e.doc_id for e in events] == ["a1", "b1"]
    # a leader named only through his government counts as his state in fusion: the exchange line
    # does not say so, the event does
    assert all(e.extra.get(GOVERNMENT_NAMED) == ["Donald Trump"] for e in events)
    assert not any(GOVERNMENT_NAMED in event_of(r).extra for r in rows)
    assert events[0].event_id != events[1].event_id  # fusion is left to the calibration


def test_story_signature_keeps_names_and_repeated_words_and_ties_two_reports_of_one_story():
    from calibrate_fusion import story_similarity, story_words

    from communique.fuse._text import stem

    one = ("Iceland rejected Norway's claim on Tuesday. The Reykjavik government said the herring quota "
           "was fair, and the herring fleet would stay.")
    same = "Officials in Reykjavik defended the herring quota, rejecting the claim made by Norway."
    other = "Chile and Peru signed a copper accord in Lima. The copper deal ends a long copper dispute."
    words = story_words(one)
    # names that do not open a sentence, and words used twice; not a sentence's first word
    assert words == {"reykjavik", "norway", stem("herring")}  # not "Iceland" (it opens the text), nor "fair"
    assert story_similarity(words, story_words(same)) > story_similarity(words, story_words(other)) == 0.0
    assert story_similarity(words, frozenset()) is None


def test_story_scoring_moves_statement_pairs_only_and_never_lifts_a_veto():
    from calibrate_fusion import story_scored

    from communique.fuse import node_of, score

    def ev(doc: str, type_: str, day: str = "2030-03-04") -> Event:
        text = "Iceland rejected the claim."
        return Event(doc_id=doc, type=type_, evidence=Evidence(text, 0, len(text)), date=day,
                     source=Actor("ISL", "Iceland", "state"), target=Actor("NOR", "Norway", "state"))

    stories = {"a": frozenset({"herring", "quota"}), "b": frozenset({"herring", "quota"})}
    lifted = story_scored(stories, bonus=0.05, hi=0.5)
    said = [node_of(ev("a", "REJECT"), 0, None), node_of(ev("b", "REJECT"), 0, None)]
    done = [node_of(ev("a", "SANCTION"), 0, None), node_of(ev("b", "SANCTION"), 0, None)]
    far = node_of(ev("b", "REJECT", "2030-09-01"), 0, None)
    assert lifted(*said, 3) == score(*said, 3) + 0.05
    assert lifted(*done, 3) == score(*done, 3)
    assert lifted(said[0], far, 3) == score(said[0], far, 3) == 0.0
