"""The whole pipeline over the seeds: offsets, syndicated copies, per-record errors."""

from __future__ import annotations

from communique.errors import CommuniqueError
from communique.pipeline import normalise_date
from communique.types import RawDoc


def seed_raws(shared, seed_docs):
    return [RawDoc(id=d["doc_id"], origin=d["file"], text=(shared / d["file"]).read_text(),
                   published=d["published"], source=d["source"], url=d["url"]) for d in seed_docs]


def test_evidence_offsets_index_the_cleaned_text(pipeline, shared, seed_docs):
    for result in pipeline.run(seed_raws(shared, seed_docs)):
        text = result.article.text
        assert result.events, result.article.id
        for ev in result.events:
            assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
            assert ev.event_id and ev.status in {"occurred", "planned", "expected", "hypothetical", "negated"}
        for m in result.mentions:
            assert text[m.start:m.end] == m.text


def test_syndicated_copy_is_linked_and_shares_event_ids(pipeline, shared, seed_docs):
    raws = seed_raws(shared, seed_docs)
    original = raws[2]
    body = original.text.split("\n", 2)[2]
    copy = RawDoc(id="copy", origin="copy", text="Biden and Kishida talk China and Russia\n\n" + body
                  + "\n\nReporting by a wire service.", published=original.published)
    results = list(pipeline.run([original, copy]))
    assert results[1].article.duplicate_of == original.id
    orig_ids = {e.event_id for e in results[0].events}
    copy_ids = [e.event_id for e in results[1].events]
    assert copy_ids and all(i in orig_ids for i in copy_ids)


def test_a_bad_record_is_reported_and_the_rest_goes_on(pipeline, shared, seed_docs):
    raws = seed_raws(shared, seed_docs)[:2]
    bad = RawDoc(id="bad", origin="bad.html", html="<html><body><nav><a href='/'>Home</a></nav></body></html>")
    errors: list[CommuniqueError] = []
    results = list(pipeline.run([raws[0], bad, raws[1]], on_error=errors.append))
    assert [r.article.id for r in results] == [raws[0].id, raws[1].id]
    assert len(errors) == 1 and "bad.html" in str(errors[0])


def test_normalise_date():
    assert normalise_date("2021-04-16T09:34:00Z") == "2021-04-16"
    assert normalise_date("2021-04") == "2021-04"
    assert normalise_date("2021-13-01") is None
    assert normalise_date("yesterday") is None


def test_a_paragraph_break_ends_a_sentence(pipeline):
    """A quote's last sentence is not run on into the next paragraph: the evidence is one sentence."""
    text = ("\"The U.S. strike creates an opportunity for the Chinese to get leverage over Pyongyang if it "
            "looks like this was not a one-off strike.\"\n\nLi Wei, a managing director, said the U.S. strike "
            "also sent a message to Beijing.")
    doc = pipeline.nlp(text)
    assert not any("\n\n" in s.text.strip() for s in doc.sents), [s.text for s in doc.sents]
