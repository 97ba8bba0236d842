"""The trigger typers: rules, the learned model and their combination, behind one interface."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.config import load_settings
from communique.events.lexicon import Trigger
from communique.events.model import CLASSES, EventModel, load_model
from communique.events.typers import CombinedTyper, ModelTyper, RuleTyper, make_typer
from communique.types import EVENT_TYPES

REPO = Path(__file__).resolve().parents[1]


def _typed(pipeline, typer, text: str) -> dict[str, str]:
    doc = pipeline.nlp(text)
    typer.start(doc, pipeline.kb.find_mentions(doc, "2023-01-01"))
    out = {}
    for tok in doc:
        trig = typer.decide(tok, None)
        if trig is not None:
            out[tok.text] = trig.type
    return out


def test_packaged_model_loads_with_the_event_types():
    model = load_model()
    assert CLASSES == ("NONE", *EVENT_TYPES)
    assert model.dense_w.shape[1] == model.sparse_w.shape[1] == len(CLASSES)


def test_model_reads_clear_triggers_and_ignores_weather(pipeline):
    typer = ModelTyper(pipeline.lexicon)
    assert _typed(pipeline, typer, "Chinese President Xi Jinping met Brazilian President Lula in Beijing.") == {
        "met": "CONSULT"}
    assert _typed(pipeline, typer, "The European Union imposed sanctions on Iranian officials.")["imposed"] == "SANCTION"
    assert _typed(pipeline, typer, "The weather in Paris was mild on Sunday.") == {}


def test_rules_keep_the_lexicon_reading(pipeline):
    proposal = Trigger("CONSULT", "visit", None, 0.9, "curated")
    doc = pipeline.nlp("Modi visited Washington.")
    typer = RuleTyper()
    typer.start(doc, [])
    assert typer.decide(doc[1], proposal) is proposal
    assert typer.decide(doc[1], None) is None


def test_combined_keeps_an_agreeing_rule_reading_and_its_mode(pipeline):
    doc = pipeline.nlp("Indian Prime Minister Narendra Modi visited Washington on Thursday.")
    typer = CombinedTyper(pipeline.lexicon)
    typer.start(doc, pipeline.kb.find_mentions(doc, "2023-06-22"))
    proposal = Trigger("CONSULT", "visit", None, 0.9, "curated")
    assert doc[5].text == "visited" and typer.decide(doc[5], proposal) is proposal


def test_combined_vetoes_a_reading_the_model_is_sure_is_none(pipeline):
    doc = pipeline.nlp("The weather in Paris was mild on Sunday, French officials said.")
    typer = CombinedTyper(pipeline.lexicon, veto=0.5)
    typer.start(doc, pipeline.kb.find_mentions(doc, "2023-01-01"))
    assert typer.decide(doc[1], Trigger("ASSAULT", None, None, 0.5, "cameo")) is None


def test_sentences_without_actors_are_not_read(pipeline):
    doc = pipeline.nlp("The weather was mild on Sunday.")
    typer = CombinedTyper(pipeline.lexicon, veto=0.0)
    typer.start(doc, [])
    proposal = Trigger("ASSAULT", None, None, 0.5, "cameo")
    assert typer.proba(doc[1]) is None and typer.decide(doc[1], proposal) is proposal


def test_unknown_typing_is_refused(pipeline):
    with pytest.raises(ValueError, match="rules, model, combined"):
        make_typer("neural", pipeline.lexicon)
    assert load_settings(env={}).event_typing == "combined"


def test_model_refuses_weights_of_other_classes(tmp_path):
    model = load_model()
    path = tmp_path / "m.npz"
    model.save(path)
    import numpy as np

    with np.load(path) as z:
        arrays = dict(z)
    arrays["classes"] = np.asarray(["NONE", "ATTACK"])
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="train_event_model"):
        EventModel.load(path)


def test_labels_are_well_formed_and_apart_from_the_eval_sets(shared):
    eval_ids = {json.loads(x)["id"] for x in (shared / "eval/dev-news/docs.jsonl").open()}
    eval_ids |= {d["doc_id"] for d in json.loads((shared / "eval/dev/docs.json").read_text())}
    files = sorted((REPO / "training" / "labels").glob("*.jsonl"))
    assert len(files) >= 5
    sentences = 0
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            sentences += not path.name.startswith("shared.") or path.name.endswith(".l1.jsonl")
            assert row["article_id"] not in eval_ids
            for ev in row["events"]:
                assert ev["type"] in EVENT_TYPES
                assert row["start"] <= ev["trigger_start"] < ev["trigger_end"] <= row["end"]
    assert sentences >= 3000
