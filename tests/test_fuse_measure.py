"""The gold-mention measure of fusion (``communique.fuse.measure``) on invented articles."""

from __future__ import annotations

import json
from pathlib import Path

from communique.fuse.measure import Anchored, anchored_fusion, load_gold_mentions, sentence_around, sentence_reads

DOCS = [
    {"id": "a", "published": "2033-02-07", "text": "Markets were calm. Chile and Peru signed a fishing accord "
     "in Lima on Monday. Separately, Chile protested Bolivia's new border post."},
    {"id": "b", "published": "2033-02-07", "text": "Peru and Chile signed their fishing accord in Lima on Monday, "
     "officials said. Chile protested against Bolivia's border post on Tuesday."},
]


def _gold(id_: str, doc: str, type_: str, src: str, tgt: str, date: str, evidence: str, same_as: str) -> dict:
    return {"id": id_, "doc_id": doc, "type": type_, "actors": [src, tgt], "source": src, "target": tgt,
            "persons": [], "date": date, "location": None, "status": "occurred", "evidence": evidence,
            "same_as": same_as}


GOLD = [
    _gold("a1", "a", "AGREE", "CHL", "PER", "2033-02-06", "signed a fishing accord", "accord"),
    _gold("a2", "a", "ACCUSE", "CHL", "BOL", "2033-02-07", "Chile protested", "protest"),
    _gold("b1", "b", "AGREE", "PER", "CHL", "2033-02-06", "signed their fishing accord", "accord"),
    _gold("b2", "b", "ACCUSE", "CHL", "BOL", "2033-02-07", "Chile protested against", "protest"),
]


def _write(tmp_path: Path) -> tuple[Path, Path]:
    docs, gold = tmp_path / "docs.jsonl", tmp_path / "gold.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    return docs, gold


def test_the_evidence_is_the_whole_sentence_that_holds_the_gold_snippet():
    text = DOCS[0]["text"]
    sentence, start = sentence_around(text, "signed a fishing accord")
    assert sentence == "Chile and Peru signed a fishing accord in Lima on Monday."
    assert text[start:].startswith(sentence)
    assert sentence_around(text, "not in the text") == ("not in the text", 0)


def test_same_event_and_two_event_pairs_are_counted_across_articles_only(tmp_path):
    gm = load_gold_mentions(*_write(tmp_path))
    assert [e.doc_id for e in gm.events] == ["a", "a", "b", "b"]
    assert len(gm.cross_pairs) == 4 and gm.same_pairs == {(0, 2), (1, 3)}
    got = gm.linked()
    assert (got.right, got.same, got.wrong) == (2, 2, 0)  # the accord and the protest, each one event
    apart = gm.linked(threshold=1.01)  # a bar no score reaches links nothing
    assert (apart.right, apart.wrong) == (0, 0)


def test_a_link_between_two_labelled_events_counts_against_every_mention_of_both(tmp_path):
    docs, gold = _write(tmp_path)
    third = {"id": "c", "published": "2033-02-07", "text": "On Tuesday Chile protested Bolivia's border post."}
    with docs.open("a") as f:
        f.write(json.dumps(third) + "\n")
    with gold.open("a") as f:  # labelled another protest, though its report is alike
        f.write(json.dumps(_gold("c1", "c", "ACCUSE", "CHL", "BOL", "2033-02-07", "Chile protested", "other")) + "\n")
    got = load_gold_mentions(docs, gold).linked()
    assert (got.right, got.same, got.wrong) == (2, 2, 2)  # c1 joined the protest of a2 and b2


def _pred(doc: str, type_: str, src: str, tgt: str, sentence: str, event_id: str) -> dict:
    return {"doc_id": doc, "type": type_, "source": {"code": src}, "target": {"code": tgt}, "participants": [],
            "date": "2033-02-06", "status": "occurred", "event_id": event_id,
            "evidence": {"text": sentence, "start": 0, "end": len(sentence)}}


A_ACCORD = "Chile and Peru signed a fishing accord in Lima on Monday."
A_PROTEST = "Separately, Chile protested Bolivia's new border post."
B_ACCORD = "Peru and Chile signed their fishing accord in Lima on Monday, officials said."
B_PROTEST = "Chile protested against Bolivia's border post on Tuesday."


def test_own_sentence_fusion_counts_pairs_read_on_their_sentences():
    preds = [_pred("a", "AGREE", "CHL", "PER", A_ACCORD, "E1"), _pred("b", "AGREE", "PER", "CHL", B_ACCORD, "E1"),
             _pred("a", "ACCUSE", "CHL", "BOL", A_PROTEST, "E2"), _pred("b", "ACCUSE", "CHL", "BOL", B_PROTEST, "E3")]
    assert anchored_fusion(GOLD, preds) == Anchored(right=1, both=2, pairs=2, false_merges=0)
    assert sentence_reads(GOLD, preds) == {"a1": 0, "b1": 1, "a2": 2, "b2": 3}


def test_an_event_of_another_sentence_or_the_other_way_round_reads_no_gold_mention():
    elsewhere = _pred("a", "ACCUSE", "CHL", "BOL", "Markets were calm.", "E2")  # type and states, not the sentence
    reversed_ = _pred("b", "ACCUSE", "BOL", "CHL", B_PROTEST, "E2")  # the sentence, the sides the other way
    assert sentence_reads(GOLD, [elsewhere, reversed_]) == {}
    assert anchored_fusion(GOLD, [elsewhere, reversed_]).both == 0


def test_two_gold_events_read_by_predictions_of_one_id_are_a_false_merge():
    preds = [_pred("a", "AGREE", "CHL", "PER", A_ACCORD, "E1"), _pred("a", "ACCUSE", "CHL", "BOL", A_PROTEST, "E1")]
    assert anchored_fusion(GOLD, preds).false_merges == 1
