"""Find the date expressions of a sentence and resolve each one.

Candidates come from two places: spaCy's DATE and TIME entities, and our own
regexes for the forms the small English model misses or cuts badly ("Jan. 4",
"Nov. 16", "Friday morning", "last month", "14 March 2021, 09:34"). Where
candidates overlap, the longest wins (a resolvable one before an unresolvable
one of the same length). Each kept candidate is resolved with the tense of its
own clause (``tense_of`` on the expression's head) unless the caller fixes the
tense, and with the previous resolved date of the sentence as the reference
for narrative-relative forms ("a month later", "the next day").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Union

from spacy.tokens import Doc, Span, Token

from ._resolve import Anchor, Resolved, check_tense, parse_anchor, parse_ref, resolve
from ._tense import tense_of

_MONTH_CAP = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=[ \xa0]+\d)))"
)
_WEEKDAY_CAP = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?(?:[ \xa0]?(?:-|\u2013|to|and)[ \xa0]?\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_EDGE = r"(?:(?i:early|late|mid|earlier|later)(?:-|[ \xa0]+)(?:(?i:on|in)[ \xa0]+)?)?"
_DAYPART_TAIL = r"(?:[ \xa0]+(?:morning|afternoon|evening|night|(?:at[ \xa0]+)?\d{1,2}(?::\d{2})?[ \xa0]?[ap]\.?m\.?(?:[ \xa0]+local[ \xa0]+time)?))?"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a[ \xa0]+few|a[ \xa0]+couple[ \xa0]+of)"
_APPROX = r"(?:(?:about|around|nearly|almost|roughly|some|just|more[ \xa0]+than|less[ \xa0]+than|over)[ \xa0]+)?"

#: capitalised words that may open a sentence before a month ("In May last year")
_OPENERS = r"(?:In|Since|By|Until|Till|From|During|Through|Before|After|Of|On|And|But|Or|Then|Last|Late|Early|Mid)"

#: Finder patterns; the group ``x`` is the mention (a match without it finds nothing). Names are
#: case-sensitive, other words are not.
FINDERS: tuple[re.Pattern[str], ...] = (
    # 2021-04-16
    re.compile(r"(?<![\d-])(?P<x>\d{4}-\d{2}-\d{2})(?![\d-])"),
    # (Friday,) Jan. 21(st)(, 2022)(, 09:34)
    re.compile(
        rf"(?P<x>(?:{_WEEKDAY_CAP},?[ \xa0]+)?{_EDGE}{_MONTH_CAP}[ \xa0]+{_DAYNUM}(?!\d)(?:,?[ \xa0]+{_YEAR})?(?![\d-]))"
    ),
    # (Friday,) 21(st) (of) January( 2022)(, 09:34)
    re.compile(
        rf"(?<![\d.,])(?P<x>(?:{_WEEKDAY_CAP},?[ \xa0]+)?(?:the[ \xa0]+)?{_DAYNUM}[ \xa0]+(?:of[ \xa0]+)?{_MONTH_CAP}(?:,?[ \xa0]+{_YEAR})?"
        rf"(?:,[ \xa0]+\d{{1,2}}:\d{{2}})?)(?![\d-])"
    ),
    # (mid-)June 2022, June of 2022
    re.compile(rf"(?P<x>{_EDGE}{_MONTH_CAP}(?:[ \xa0]+of|,)?[ \xa0]+{_YEAR})(?!\d)"),
    # in (late) August; since May; last April (a bare capitalised "May"/"March" is too ambiguous)
    re.compile(
        rf"\b(?i:in|since|by|until|till|from|during|through|before|after|of|last|next|this|for)[ \xa0]+"
        rf"(?:(?i:the[ \xa0]+)?(?i:beginning|start|end|middle|close)[ \xa0]+of[ \xa0]+)?"
        rf"(?P<x>{_EDGE}{_MONTH_CAP})(?![\w-])"
    ),
    # that March, (later) that year: of the year the story tells of (resolved from the narrative); not
    # "that May", which is Theresa May more often than the month ("opponents said that May's deal ...")
    re.compile(rf"\b(?P<x>{_EDGE}(?i:that)[ \xa0]+(?:(?!May\b){_MONTH_CAP}|(?i:year|month|week)))(?![\w-])"),
    # last September, next March; July last year, March 6 of this year
    re.compile(rf"\b(?P<x>(?i:last|next|this[ \xa0]+past|this[ \xa0]+coming)[ \xa0]+{_MONTH_CAP})(?![\w-])"),
    # (not a surname after a name, "Theresa May last year": that alternative matches no ``x``)
    re.compile(
        rf"\b(?!{_OPENERS}\b)[A-Z][\w.'-]*[ \xa0]+May[ \xa0]|"
        rf"(?P<x>{_MONTH_CAP}(?:[ \xa0]+\d{{1,2}}(?:st|nd|rd|th)?)?,?(?:[ \xa0]+of)?[ \xa0]+(?i:last|this|next)[ \xa0]+year)\b"
    ),
    # mid-October, early July, late August
    re.compile(rf"\b(?P<x>(?i:early|late|mid)(?:-|[ \xa0]+){_MONTH_CAP})(?![\w-])"),
    # (early) (on) (last|next|this) Friday (morning)
    re.compile(
        rf"(?P<x>(?:(?i:early|late|earlier|later)[ \xa0]+(?:(?i:on)[ \xa0]+)?)?"
        rf"(?:(?i:last|next|this|this[ \xa0]+past|this[ \xa0]+coming|past|coming)[ \xa0]+)?{_WEEKDAY_CAP}{_DAYPART_TAIL})\b"
    ),
    # (since) (earlier) last/next/this week|month|year|weekend|summer
    re.compile(
        r"(?i:(?P<x>(?:(?:earlier|later|early|late)[ \xa0]+)?(?:last|next|this|this[ \xa0]+past|this[ \xa0]+coming|"
        r"the[ \xa0]+previous|the[ \xa0]+following|the[ \xa0]+same)[ \xa0]+(?:week|month|year|weekend|spring|summer|autumn|fall)))\b"
    ),
    # yesterday, today, tomorrow, tonight, last night, this morning, the next day
    re.compile(
        r"(?i:\b(?P<x>(?:the[ \xa0]+day[ \xa0]+(?:before|after)[ \xa0]+)?(?:yesterday|today|tomorrow)(?:[ \xa0]+(?:morning|afternoon|"
        r"evening|night))?|tonight|overnight|last[ \xa0]+night|this[ \xa0]+(?:morning|afternoon|evening)|"
        r"the[ \xa0]+(?:next|following|previous|same)[ \xa0]+day|the[ \xa0]+day[ \xa0]+(?:before|after)(?![ \xa0]+(?:yesterday|tomorrow))))\b"
    ),
    # two weeks ago; in three days('s time); within six months; in the next ten days; a month later
    re.compile(
        rf"(?i:\b(?P<x>{_APPROX}{_NUM}[ \xa0]+(?:day|week|month|year)s?[ \xa0]+(?:ago|later|earlier)|"
        rf"(?:in|within)[ \xa0]+(?:the[ \xa0]+next[ \xa0]+)?{_APPROX}{_NUM}[ \xa0]+(?:day|week|month|year)s?"
        rf"(?:(?:'|\u2019)?s?[ \xa0]+time)?))\b"
    ),
    # in 2018, since 2002, by 2030, early 2022, mid-2021
    re.compile(
        rf"(?:\b(?i:in|since|by|until|till|from|during|through|before|after|of)[ \xa0]+)(?P<x>{_EDGE}{_YEAR})(?![\d-])"
    ),
    re.compile(rf"\b(?P<x>(?i:early|late|mid)(?:-|[ \xa0]+){_YEAR})(?![\d-])"),
    # Christmas (Day), New Year's Eve
    re.compile(r"\b(?P<x>Christmas(?:[ \xa0]+(?:Day|Eve))?|New[ \xa0]+Year(?:'|\u2019)?s[ \xa0]+(?:Day|Eve))\b"),
)
_ENT_LABELS = ("DATE", "TIME")
_MONTH_START = re.compile(_MONTH_CAP)


@dataclass(frozen=True)
class DateMention:
    """One date expression in a sentence, resolved.

    ``start``/``end`` are character offsets into ``span.doc.text``; ``value`` is
    the ISO value ("2021-04-16", "2021-04", "2021") or ``None`` when the
    expression is not a point in time ("for months", "four days"); ``token_i``
    is the index in the doc of the expression's syntactic head; ``tense`` is the
    tense the expression was resolved with.
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    token_i: int
    tense: str | None = None
    first: dt.date | None = None


def _ents(span: Union[Span, Doc]) -> list[Span]:
    """The entities inside ``span`` (``Span.ents`` builds every entity of the document on each
    call: quadratic over the sentences of a long article)."""
    doc = span.doc if isinstance(span, Span) else span
    lo, hi = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    out: list[Span] = []
    start = None
    for i in range(lo, hi):
        iob = doc[i].ent_iob_
        if iob != "I" and start is not None:
            out.append(Span(doc, start, i, label=doc[start].ent_type))
            start = None
        if iob == "B":
            start = i
    if start is not None and (hi == len(doc) or doc[hi].ent_iob_ != "I"):
        out.append(Span(doc, start, hi, label=doc[start].ent_type))
    return out


def _candidates(span: Union[Span, Doc]) -> list[tuple[int, int]]:
    """Character spans (doc offsets) of date candidates in ``span``: regex hits and DATE/TIME entities."""
    offset = span.start_char if isinstance(span, Span) else 0
    text = span.text
    found: set[tuple[int, int]] = set()
    for pattern in FINDERS:
        for m in pattern.finditer(text):
            start, end = m.span("x")
            if start < 0 or _said_that(span, offset + start, m.group("x")):
                continue
            found.add((offset + start, offset + end))
    for ent in _ents(span):
        if ent.label_ not in _ENT_LABELS or (len(ent) == 1 and ent[0].tag_ in ("MD", "VB", "VBP", "VBZ")):
            continue  # "May" the modal tagged DATE
        start = ent.start_char
        if len(ent) > 1 and ent[0].lower_ == "the" and _MONTH_START.match(ent[1].text):
            start = ent[1].idx  # "the Nov. 5" -> "Nov. 5"
        found.update(_comma_parts(text[start - offset:ent.end_char - offset], start))
    # never span.doc.text: spaCy rebuilds the whole document string on every access
    return sorted(s for s in found if "\n" not in text[s[0] - offset:s[1] - offset])


def _said_that(span: Union[Span, Doc], start: int, found: str) -> bool:
    """Whether the "that" of a hit ("that March", "later that year") opens a clause rather than
    pointing at a time, right after a verb: "officials said [that] March was the deadliest month" names
    March, not the March of the year narrated (the parser may also call "that" a mark in "the invasion
    of Iraq that March spooked Khamenei", where it points)."""
    at = found.lower().find("that")
    if at < 0:
        return False
    doc = span.doc if isinstance(span, Span) else span
    tokens = doc.char_span(start + at, start + at + 4)
    that = tokens[0] if tokens is not None and len(tokens) else None
    return that is not None and that.dep_ == "mark" and that.i > 0 and doc[that.i - 1].pos_ in ("VERB", "AUX")


def _comma_parts(text: str, start: int) -> list[tuple[int, int]]:
    """The character spans of an entity the tagger ran across a comma into another phrase ("Sunday,
    days [after the coup]"): its parts; one span when what follows the comma goes on the date
    ("Jan. 5, 2020", "Monday, March 3")."""
    cut = text.find(", ")
    if cut < 0 or re.match(r"\d|" + _MONTH_CAP, text[cut + 2:]):
        return [(start, start + len(text))]
    return [(start, start + cut), *_comma_parts(text[cut + 2:], start + cut + 2)]


def _head(tokens: Span) -> int:
    """The expression's syntactic head: a content word whose head lies outside it, else spaCy's root."""
    outside = [t for t in tokens if t.head.i < tokens.start or t.head.i >= tokens.end or t.head.i == t.i]
    for token in outside:
        if token.pos_ not in ("DET", "ADP", "ADV", "ADJ", "PUNCT", "CCONJ"):
            return token.i
    return tokens.root.i


#: words that open a time already begun: what they name lies in the past whatever the clause's tense
#: ("has been bombing ISIS since September": the last September, not the next)
PAST_OPENERS = frozenset({"since"})


def _opened_by(tokens: Span) -> str:
    """The word that opens an expression ("since", "in", ...), lowercased: its first word when that
    is a preposition (a date entity may take it in), else the word before it; empty at the start."""
    if tokens[0].pos_ == "ADP":
        return tokens[0].lower_
    return tokens.doc[tokens.start - 1].lower_ if tokens.start > 0 else ""


def _date_tense(head: Token, opener: str = "") -> str:
    """The tense an expression is resolved with: its clause's. A date hung after a noun ("called
    for a tougher line in a speech Tuesday") is the parser's attachment of an adverbial of the
    verb: it takes that verb's tense, not the noun's (the object of "call for" is future). A date
    opened by "since" is past."""
    if opener in PAST_OPENERS:
        return "past"
    if head.dep_ == "npadvmod" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            return tense_of(verb)
    return tense_of(head)


def _select(spans: list[tuple[int, int]], resolved: dict[tuple[int, int], bool]) -> list[tuple[int, int]]:
    """Keep non-overlapping spans, longest first (resolvable first on equal length)."""
    order = sorted(spans, key=lambda s: (-(s[1] - s[0]), not resolved.get(s, False), s[0]))
    kept: list[tuple[int, int]] = []  # sorted and disjoint: only the neighbours can overlap
    for start, end in order:
        i = bisect_left(kept, (start, end))
        if (i == 0 or kept[i - 1][1] <= start) and (i == len(kept) or end <= kept[i][0]):
            kept.insert(i, (start, end))
    return kept


def find_dates(span: Union[Span, Doc], anchor: dt.date | dt.datetime | str | None, tense: str | None = None,
               *, ref: str | None = None, keep_unresolved: bool = True) -> list[DateMention]:
    """Find and resolve the date expressions in ``span`` (a sentence ``Span`` or a ``Doc``).

    Args:
        span: a spaCy ``Span`` (usually a sentence) or ``Doc``, parsed (for
            ``tense_of``) and with entities (for DATE/TIME candidates).
        anchor: the article's publication date (see ``resolve_date``).
        tense: fix the tense of every expression; ``None`` (default) infers it
            per expression with ``tense_of`` on the expression's head.
        ref: an ISO value the first narrative-relative expression ("a month
            later") counts from; later ones count from the previous resolved
            mention of the span.
        keep_unresolved: keep mentions whose value is ``None`` (durations,
            vague spans), so that the caller knows the clause has a non-point
            time expression; ``False`` drops them.

    Returns:
        Mentions in text order.
    """
    fixed = check_tense(tense)
    parsed: Anchor | None = parse_anchor(anchor)
    offset = span.start_char if isinstance(span, Span) else 0
    span_text = span.text  # built once: Doc.text is rebuilt from the tokens on every access

    def text_of(start: int, end: int) -> str:
        return span_text[start - offset:end - offset]

    candidates = _candidates(span)
    if not candidates:
        return []
    results = _resolved(span, candidates, parsed, fixed, text_of)
    kept = _select(list(results), {k: v[0] is not None for k, v in results.items()})
    return _mentions(kept, results, parsed, parse_ref(ref), keep_unresolved, text_of)


#: a candidate's (start, end) -> its value (``None``: unresolved alone), head token index and tense
_Results = dict[tuple[int, int], tuple[Resolved | None, int, str]]


def _resolved(span: Union[Span, Doc], candidates: list[tuple[int, int]], parsed: Anchor | None, fixed: str | None,
              text_of: Callable[[int, int], str]) -> _Results:
    """Each candidate that covers whole tokens resolved on its own, with its head and the tense it
    is read in (``fixed``, or its clause's)."""
    doc = span.doc if isinstance(span, Span) else span
    results: _Results = {}
    for start, end in candidates:
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is None or len(tokens) == 0:
            continue
        head_i = _head(tokens)
        clause_tense = fixed if fixed is not None else _date_tense(doc[head_i], _opened_by(tokens))
        value = resolve(text_of(start, end), parsed, clause_tense)
        if fixed is None and clause_tense == "future" and _names_an_act(doc[head_i]):
            value, clause_tense = _recent_instead(text_of(start, end), parsed, value)
        results[(start, end)] = (value, head_i, clause_tense)
    return results


#: how far back a day named before a noun may lie when its clause looks ahead and still be that day
RECENT_DAYS = 45


def _names_an_act(head: Token) -> bool:
    """Whether a date stands before the noun it dates, as its modifier: "over [the January 3]
    assassination", "ahead of [the Nov. 6] vote". The noun names one act already known, which may lie
    before the report whatever the clause's tense."""
    return head.dep_ in ("nmod", "compound") and head.head.pos_ in ("NOUN", "PROPN") and head.i < head.head.i


def _recent_instead(text: str, anchor: Anchor | None, ahead: Resolved | None) -> tuple[Resolved | None, str]:
    """A date before the noun it dates in a clause that looks ahead: the day a few weeks back when
    there is one ("Iran will pursue charges over the January 3 assassination", written on Jan. 15, is
    that Jan. 3, not next year's), else the next such day, as the clause's tense reads it."""
    back = resolve(text, anchor, "past")
    if anchor is None or back is None or back.precision != "day":
        return ahead, "future"
    days = (anchor.date - dt.date.fromisoformat(back.value)).days
    return (back, "past") if 0 <= days <= RECENT_DAYS else (ahead, "future")


def _mentions(kept: list[tuple[int, int]], results: _Results, parsed: Anchor | None, previous: Resolved | None,
              keep_unresolved: bool, text_of: Callable[[int, int], str]) -> list[DateMention]:
    """The kept spans as mentions in text order; a relative one left unresolved alone counts from
    ``previous``, the last value resolved before it."""
    mentions: list[DateMention] = []
    for start, end in kept:
        value, head_i, clause_tense = results[(start, end)]
        if value is None and previous is not None:
            value = resolve(text_of(start, end), parsed, clause_tense, previous)
        if value is None and not keep_unresolved:
            continue
        mentions.append(DateMention(
            start=start, end=end, text=text_of(start, end), value=value.value if value else None,
            precision=value.precision if value else None, token_i=head_i, tense=clause_tense,
            first=value.first if value else None,
        ))
        if value is not None:
            previous = value
    return mentions
