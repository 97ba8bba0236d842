"""The body-extraction metric of the article-extraction benchmark.

Each text is split into ``\\w+`` tokens and cut into 4-token shingles. Per
page, true positives are the shingles both texts share (with multiplicity),
false positives the extra extracted ones, false negatives the missing expected
ones; the three are divided by their sum so that every page weighs the same.
Precision and recall are averaged over pages (a page with nothing expected and
nothing extracted scores 1) and F1 is computed from the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Count the ``n``-token shingles of ``text`` (fewer tokens: one shingle)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    """Normalised true/false positive and false negative shares of one page."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return 1.0 if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)


def score_page(expected: str, extracted: str) -> PageScore:
    """Score one extracted body against the expected one."""
    exp = shingles(expected)
    got = shingles(extracted)
    tp = sum((exp & got).values())
    fp = sum((got - exp).values())
    fn = sum((exp - got).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(1.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class Score:
    """Averaged precision and recall over pages, and F1 from the averages."""

    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score_pages(pairs: Iterable[tuple[str, str]]) -> Score:
    """Score ``(expected, extracted)`` pairs the benchmark's way."""
    precisions: list[float] = []
    recalls: list[float] = []
    for expected, extracted in pairs:
        page = score_page(expected, extracted)
        precisions.append(page.precision)
        recalls.append(page.recall)
    if not precisions:
        return Score(0.0, 0.0, 0)
    return Score(sum(precisions) / len(precisions), sum(recalls) / len(recalls), len(precisions))
