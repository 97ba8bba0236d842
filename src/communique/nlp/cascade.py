"""The parse cascade (``parse = "cascade"``): parse only the sentences that can hold an event.

Every later stage needs a full spaCy ``Doc`` of what it reads: the actor matcher reads parts of
speech and sentence starts, the events stage the dependency arcs, lemmas and ``doc.tensor`` (the
learned typer), the dates stage the DATE entities. What the cascade changes is *which text* is
parsed. A cheap first pass over the plain text (a regex tokeniser, a punctuation sentence
splitter, the knowledge base's actor matcher and the trigger lexicon, with the spaCy
lemmatiser's own suffix rules and exception tables to reach lemmas) keeps:

* a sentence that names two actors (two actor codes), or one actor or a pronoun ("they",
  "both sides") and a trigger of the curated lexicon: every word a trigger row needs ("had
  talks", not a bare "had"; ``Lexicon.trigger_requirements``), verbs of saying aside: "said"
  alone does not make an event of one actor;
* the sentence before a kept one that holds a pronoun (what the pronoun points back to);
* the article's first sentence (the lede: the story's date and its main actors).

The kept sentences, in order, are joined into a shorter text that spaCy parses in full; the
offsets of the mentions and evidence found in it are mapped back to the article's text
(``Selection.restore``), and the cheap pass's actor mentions of the sentences left out are
added, so a result reads as if the whole article had been parsed. A text of one or two
sentences is parsed whole.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Sequence

from ..actors.text import Tok, tokenize
from ..config import PARSE_MODES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from ..actors import KnowledgeBase
    from ..events.lexicon import Lexicon
    from ..types import ArticleResult, Mention

__all__ = ["PARSE_MODES", "CandidateFinder", "Selection", "split_sentences"]

#: words that point back to actors named before: a kept sentence with one keeps the sentence before it
ANAPHORS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "we", "our",
                      "both", "sides", "side"})
_ENDS = frozenset({".", "!", "?"})
#: words whose period ends no sentence ("Jan. 17", "No. 2", "J. Smith"); the tokeniser keeps the
#: period of initialisms ("U.S.") and titles ("Mr.") on the word itself
_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                            "no", "nos", "vs", "st", "mt", "ft", "inc", "corp", "co", "ltd", "approx", "est", "vol",
                            "art", "fig", "op"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
#: how many words' trigger lemmas the cheap pass remembers before it starts again
_KNOWN_WORDS = 200_000
#: the gap spaCy reads between two kept runs of sentences: a paragraph break
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Selection:
    """Which parts of an article's text were parsed, and where they lie in it.

    ``segments`` holds ``(start in the parsed text, start in the article, length)`` for each
    run of kept sentences, in order.
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    sentences: int
    kept: int
    #: the cheap pass's actor mentions in the sentences left out (the result keeps every mention)
    unparsed: tuple["Mention", ...] = ()

    def original(self, offset: int) -> int:
        """The article-text offset of ``offset`` in the parsed text."""
        parsed_start, article_start, length = self.segments[self._run(offset)]
        return article_start + min(max(offset - parsed_start, 0), length)

    def restore(self, result: "ArticleResult") -> "ArticleResult":
        """``result`` (of the parsed text) with its mentions' and evidence's offsets in the article's
        text, and the mentions of the sentences left out."""
        parsed = [replace(m, start=self.original(m.start), end=self._end(m.start, m.end)) for m in result.mentions]
        mentions = tuple(sorted(parsed + list(self.unparsed), key=lambda m: m.start))
        events = tuple(replace(e, evidence=replace(e.evidence, start=self.original(e.evidence.start),
                                                   end=self._end(e.evidence.start, e.evidence.end)))
                       for e in result.events)
        return replace(result, mentions=mentions, events=events)

    def covers(self, offset: int) -> bool:
        """Whether the article-text ``offset`` lies in a parsed run."""
        return any(start <= offset < start + length for _, start, length in self.segments)

    def _run(self, offset: int) -> int:
        return max(0, bisect_right([s[0] for s in self.segments], offset) - 1)

    def _end(self, start: int, end: int) -> int:
        """An end offset, read in the run its span starts in (a span never reaches past its run)."""
        parsed_start, article_start, length = self.segments[self._run(start)]
        return article_start + min(max(end - parsed_start, 0), length)


def split_sentences(toks: Sequence[Tok], text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(first token, end token)`` of regex tokens: a sentence ends at ``.``, ``!``
    or ``?`` (and the quotes or brackets that close it) before a capital, a digit or a quote,
    and at a line break."""
    spans: list[tuple[int, int]] = []
    first = 0
    n = len(toks)
    for i in range(n - 1):
        cur, nxt = toks[i], toks[i + 1]
        gap = text[cur.end:nxt.start]
        if "\n" in gap:
            spans.append((first, i + 1))
            first = i + 1
            continue
        closed = cur.text in _CLOSERS and i > first and toks[i - 1].text in _ENDS  # ... said."
        if not closed and cur.text not in _ENDS:
            continue
        if cur.text == "." and i > first and _abbreviated(toks[i - 1], cur):
            continue
        if gap and (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in _CLOSERS):
            spans.append((first, i + 1))
            first = i + 1
    if first < n:
        spans.append((first, n))
    return spans


def _abbreviated(word: Tok, period: Tok) -> bool:
    """Whether ``period`` shortens ``word`` ("Jan.", "J.") rather than ending a sentence."""
    if word.end != period.start:
        return False
    return word.norm in _ABBREVIATIONS or (len(word.text) == 1 and word.text.isupper())


class CandidateFinder:
    """The cascade's cheap pass: ``select(text, date)`` -> the ``Selection`` to parse."""

    def __init__(self, kb: "KnowledgeBase", lexicon: "Lexicon", nlp: "Language"):
        self.kb = kb
        saying = {w for v in lexicon.reporting_verbs for w in v.split()}
        #: each trigger word's requirements: the sets of lemmas a sentence must all hold
        self._needs: dict[str, list[frozenset[str]]] = {}
        for need in lexicon.trigger_requirements():
            if not need <= saying:
                for word in need:
                    self._needs.setdefault(word, []).append(need)
        self.triggers = frozenset(self._needs)
        self._rules, self._exceptions = _lemma_tables(nlp)
        self._known: dict[str, frozenset[str]] = {}

    def is_trigger(self, word: str) -> bool:
        """Whether ``word`` (lower case) may be an inflection of a trigger lemma."""
        return bool(self._trigger_lemmas(word))

    def _trigger_lemmas(self, word: str) -> frozenset[str]:
        """The trigger lemmas ``word`` (lower case) may be an inflection of."""
        hit = self._known.get(word)
        if hit is None:
            if len(self._known) >= _KNOWN_WORDS:  # bounded over a long run: names and numbers never end
                self._known.clear()
            lemmas = self._lemmas(word) if word.isalpha() else ()
            hit = self._known[word] = frozenset(lemma for lemma in lemmas if lemma in self.triggers)
        return hit

    def _has_trigger(self, toks: Sequence[Tok]) -> bool:
        """Whether the tokens hold every lemma of one trigger's requirement ("had talks": have +
        talk; a bare "had" types nothing)."""
        lemmas: set[str] = set()
        for t in toks:
            lemmas |= self._trigger_lemmas(t.norm)
        return any(need <= lemmas for lemma in lemmas for need in self._needs[lemma])

    def _lemmas(self, word: str) -> Iterable[str]:
        yield word
        yield from self._exceptions.get(word, ())
        for old, new in self._rules:
            if word.endswith(old) and len(word) > len(old) + 1:
                yield word[: len(word) - len(old)] + new

    def select(self, text: str, date: str | _dt.date | None = None) -> Selection:
        """The sentences of ``text`` worth parsing (see the module's docstring), joined."""
        toks = tokenize(text)
        sents = split_sentences(toks, text)
        if len(sents) <= 2:
            return Selection(text, ((0, 0, len(text)),), len(sents), len(sents))
        mentions = self.kb.mentions_in_text(text, date, toks)
        starts = [m.start for m in mentions]
        keep = [False] * len(sents)
        keep[0] = True
        for k, (a, b) in enumerate(sents):
            lo, hi = bisect_left(starts, toks[a].start), bisect_left(starts, toks[b - 1].end)
            codes = len({m.actor.code for m in mentions[lo:hi]})
            points_back = any(t.norm in ANAPHORS for t in toks[a:b])
            if codes >= 2 or ((codes == 1 or points_back) and self._has_trigger(toks[a:b])):
                keep[k] = True
                if k and points_back:
                    keep[k - 1] = True
        selection = _joined(text, toks, sents, keep)
        return replace(selection, unparsed=tuple(m for m in mentions if not selection.covers(m.start)))


def _joined(text: str, toks: Sequence[Tok], sents: list[tuple[int, int]], keep: list[bool]) -> Selection:
    """The kept sentences' text, runs of neighbours copied whole and runs joined by ``SEPARATOR``."""
    runs: list[tuple[int, int]] = []  # character spans of runs of kept sentences
    for k, (a, b) in enumerate(sents):
        if not keep[k]:
            continue
        lo, hi = toks[a].start, toks[b - 1].end
        if runs and keep[k - 1]:
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    at = 0
    for lo, hi in runs:
        if parts:
            parts.append(SEPARATOR)
            at += len(SEPARATOR)
        parts.append(text[lo:hi])
        segments.append((at, lo, hi - lo))
        at += hi - lo
    return Selection("".join(parts), tuple(segments), len(sents), sum(keep))


def _lemma_tables(nlp: "Language") -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """The spaCy lemmatiser's suffix rules and irregular forms, verbs' and nouns' together
    (empty where the pipeline has no rule lemmatiser: the cascade then reads plain forms)."""
    rules: list[tuple[str, str]] = []
    exceptions: dict[str, list[str]] = {}
    if "lemmatizer" not in nlp.pipe_names:
        return rules, exceptions
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_rules"):
        return rules, exceptions
    rule_table, exc_table = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc", {})
    for pos in ("verb", "noun"):
        for old, new in rule_table.get(pos, []):
            if (old, new) not in rules:
                rules.append((old, new))
        for form, lemmas in (exc_table.get(pos, {}) or {}).items():
            exceptions.setdefault(form, []).extend(lemmas)
    return rules, exceptions
