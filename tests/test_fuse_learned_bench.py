"""The learned pair scorer experiment (bench/train_pair_scorer.py, bench/fusion_pairs.py): its
helpers on invented data, and the labelled pairs file kept consistent with its labels."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import fusion_pairs  # noqa: E402
import train_pair_scorer as tps  # noqa: E402

from communique.fuse import node_of  # noqa: E402
from communique.types import Actor, Event, Evidence  # noqa: E402


def _event(doc: str, text: str, date: str = "2019-05-13") -> Event:
    return Event(doc_id=doc, type="SANCTION", evidence=Evidence(text, 0, len(text)), status="occurred",
                 source=Actor("CHN", "China", "state"), target=Actor("USA", "United States", "state"),
                 date=date, date_basis="text")


def test_logistic_fit_separates_a_separable_set_and_the_bar_sits_between():
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(-2, 0.5, (40, 2)), rng.normal(2, 0.5, (40, 2))])
    y = np.array([0] * 40 + [1] * 40)
    model = tps.Model(x, y, l2=1.0)
    assert tps.prf(model.says(x), y)[2] == 1.0
    assert model.prob(np.array([[-2.0, -2.0]]))[0] < 0.1 < 0.9 < model.prob(np.array([[2.0, 2.0]]))[0]


def test_precision_recall_and_ranking_on_a_known_case():
    y = np.array([1, 1, 0, 0])
    assert tps.prf(np.array([True, False, True, False]), y) == (0.5, 0.5, 0.5, 1, 1)
    assert tps.auc(np.array([0.9, 0.8, 0.1, 0.2]), y) == 1.0
    assert tps.auc(np.array([0.9, 0.1, 0.8, 0.2]), y) == 0.5


def test_node_features_of_one_sentence_twice_and_of_two_unrelated_sentences():
    said = "China announced higher tariffs on $60 billion of American goods."
    a = node_of(_event("a", said), 0, "2019-05-13")
    same = dict(zip(tps.NODE_NAMES, tps.node_features(a, node_of(_event("b", said), 0, "2019-05-13"))))
    assert same["overlap"] == 1.0 and same["evidence"] == 1.0 and same["days_apart"] == 0.0
    other = node_of(_event("c", "Soybean farmers in Iowa worry about exports.", "2019-05-20"), 0, "2019-05-21")
    apart = dict(zip(tps.NODE_NAMES, tps.node_features(a, other)))
    assert apart["overlap"] < 0.2 and apart["days_apart"] > 1.0


def test_sample_spreads_over_the_score_range_and_is_repeatable():
    pairs = [(0.3 + 0.7 * k / 300, k, k + 1) for k in range(300)] + [(0.95, 1000 + k, 2000 + k) for k in range(200)]
    chosen = fusion_pairs._sample(pairs, 70)
    assert len(chosen) == 70 and chosen == fusion_pairs._sample(pairs, 70)
    assert sum(s >= 0.9 for s, _, _ in chosen) <= 15  # the crowded top bin takes no more than its share


def test_the_labels_name_every_pair_once_and_the_second_pass_is_a_subset():
    data = BENCH / "data" / "fusion-pairs"
    ids = [json.loads(x)["id"] for x in gzip.decompress((data / "pairs.jsonl.gz").read_bytes()).splitlines()]
    labels = [x.split("\t") for x in (data / "labels.tsv").read_text().splitlines()]
    second = dict(x.split("\t") for x in (data / "labels-second.tsv").read_text().splitlines())
    assert sorted(k for k, _ in labels) == sorted(ids) and len(ids) == len(set(ids))
    assert {v for _, v in labels} == {"0", "1"} and set(second) <= set(ids) and len(second) == 60
