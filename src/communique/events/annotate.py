"""Annotating an event: its date (from its sentence, its story or the publication date), and
whether it is background history. Dates are resolved by :mod:`communique.dates`; this module
decides which resolved expression belongs to which trigger, and what an undated event takes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates import (NUMBER_WORDS, DateMention, find_dates, past_simple, pluperfect, present_perfect, resolve_date,
                     tense_of)
from ..types import Event

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    #: where the story stands at a sentence: its number, the events dated so far, the previous sentence
    Story = tuple[int, list[tuple[int, Event]], Span | None]

BACKGROUND_DAYS = 366


#: determiners of a definite description
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: modifiers that make a definite event noun another occurrence than the one the story tells of
_ANOTHER = frozenset("""first second third fourth fifth last latest previous earlier past prior recent new next
 another other further additional fresh similar former latter initial subsequent future possible potential any
 every each more""".split())


def definite_reference(trig: "Token") -> bool:
    """Whether an event noun refers back to an event the story tells of, as a definite description
    does: "the offensive", "the Turkish operation", "Turkey's strikes"; not "a new offensive", "the
    first strike", "the previous launches", "the 2017 attack" (another occurrence, or one its own
    date names)."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(trig.children)
    if not any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in kids):
        return False
    return not any(c.lower_ in _ANOTHER or c.like_num or c.dep_ == "nummod"
                   or c.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") for c in kids)


def parse_anchor(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        parts = published[:10].split("-")
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def _tree_distance(a: "Token", b: "Token") -> int:
    pa = [a, *a.ancestors]
    pb = [b, *b.ancestors]
    ib = {t.i: n for n, t in enumerate(pb)}
    for n, t in enumerate(pa):
        if t.i in ib:
            return n + ib[t.i]
    return 99


def pick_date(trig: "Token", dates: list[DateMention], is_container: bool = False,
              anchor: dt.date | None = None) -> str | None:
    """The value of the date expression that dates the trigger (``pick_mention``)."""
    found = pick_mention(trig, dates, is_container, anchor)
    return found.value if found is not None else None


def pick_mention(trig: "Token", dates: list[DateMention], is_container: bool = False,
                 anchor: dt.date | None = None) -> DateMention | None:
    """The resolved date expression closest to the trigger in the parse tree. A date reached
    through another clause's verb counts as farther; a container's (AGREE, REQUEST ...) date is
    never taken from its own complement ("agreed [to meet later this year]"); a date that
    modifies another noun ("the 2016 election") dates that noun, not the trigger (see
    ``_dates_other_noun``). When nothing is near, a sentence with a single date lends it to its
    events, unless that date follows a noun it dates ("the decision Sunday"). A date never crosses
    into a clause with a time of its own (``_may_date``; the publication date ``anchor`` tells which
    dates are still ahead)."""
    doc = trig.doc
    content: set[int] = set()
    if is_container:
        for c in trig.children:
            if c.dep_ in ("xcomp", "ccomp"):
                content.update(t.i for t in c.subtree)
        content.update(_misdeed_words(trig))
    scope = _time_scope(trig)
    usable = [d for d in dates if d.value is not None and d.token_i not in content
              and not _dates_other_noun(doc[d.token_i], trig) and _may_date(d, trig, scope, anchor)]
    best, best_d = None, 99
    for d in usable:
        tok = doc[d.token_i]
        dist = _tree_distance(trig, tok) + (3 if _crosses_clause(tok, trig) else 0)
        if dist < best_d:
            best, best_d = d, dist
    if best_d <= 5:
        return best
    alone = [d for d in usable if not _crosses_clause(doc[d.token_i], trig)
             and not _dates_noun_after(doc[d.token_i], trig)]
    return alone[0] if len(alone) == 1 and len(usable) == 1 else None


#: verbs whose "of"/"for" phrase names the misdeed they charge ("accused X of [an attack near Damascus
#: Aug. 21]", "blamed Iran for [the June 13 attacks]"): the misdeed's date, not the charge's
CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "convict", "indict"})


def _misdeed_words(verb: "Token") -> set[int]:
    """The words of the misdeed a verb of charging names, in an "of"/"for" phrase of the verb or of
    its object (the parser hangs "of an attack" on "the Assad regime")."""
    if verb.lemma_.lower() not in CHARGING_VERBS:
        return set()
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {t.i for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for t in p.subtree}


#: words that open a clause or phrase of an earlier event ("after Iran claimed ...", "following the
#: attack"): it happened before the clause it hangs from, so that clause's date can date it only when
#: past (the day after a past one is near; a day still ahead never dates what already happened)
EARLIER_WORDS = frozenset({"after", "following"})
#: the word that opens the start of a period ("since the killing of X"): a time of its own, which
#: neither takes the date of the clause around it nor lends it its own
SINCE = "since"


def _sequence_word(tok: "Token") -> str | None:
    """The ordering word that ``tok`` is ("after", "following", "since", as a conjunction or a
    preposition), else None. "before", "ahead of", "until" open a later event, which a date of the
    clause they hang from may well date ("will meet on Friday before flying home")."""
    word = tok.lower_
    return word if word in EARLIER_WORDS or word == SINCE else None


def _time_scope(trig: "Token", skip: tuple[int, int] = (0, 0)) -> "tuple[set[int], str] | None":
    """The innermost clause or phrase holding ``trig`` that an ordering word opens, as (its tokens,
    the word): a verb with an "after"/"since" conjunction ("... after Iran [claimed responsibility for
    the launch]"), or the object of such a preposition ("after [Russia's annexation of Crimea]");
    None when the trigger is in no such clause. Tokens at the characters ``skip`` (a date's own
    words: "since [last week]") open none."""
    for node in [trig, *trig.ancestors]:
        if skip[0] <= node.idx < skip[1]:
            continue
        if node.pos_ in ("VERB", "AUX"):
            word = next((w for c in node.children if c.dep_ == "mark" and (w := _sequence_word(c))), None)
            if word is not None:
                return {t.i for t in node.subtree}, word
        if node.dep_ in ("pobj", "pcomp") and (word := _sequence_word(node.head)) is not None:
            return {t.i for t in node.subtree}, word
    return None


#: a date whose own words place it (a written year; "next", "tomorrow", "later this", "within", "in
#: three days"), not the tense of its clause: "had been planning to launch talks early next year"
_PLACED = re.compile(r"(?i)\b(?:1[89]|2[01])\d\d\b|\b(?:next|coming|upcoming|tomorrow|later this|within)\b"
                     r"|\bin (?:the next )?(?!recent\b|past\b|last\b|previous\b)\S+ (?:days?|weeks?|months?|years?)\b")


def _may_date(d: DateMention, trig: "Token", scope: "tuple[set[int], str] | None",
              anchor: dt.date | None) -> bool:
    """Whether the date ``d`` may date ``trig`` for the time its clause gives it. A day after
    publication that only the tense of its own clause placed there (not ``_PLACED``) never dates a
    past act ("[he plans to address the nation] on Wednesday as Iran [claimed] the attack"). A date
    outside the trigger's ordered clause (``_time_scope``) dates it only when that clause tells of an earlier event and the
    date is not ahead ("recalled on Monday after [the arrest]"); a date in a "since" clause dates
    only what that clause tells of."""
    ahead = after(d.value, anchor)
    if ahead and tense_of(trig) == "past" and not _PLACED.search(d.text):
        return False  # but "In May 2019 he raised tariffs" (an article updated after its date)
    held = _time_scope(trig.doc[d.token_i], (d.start, d.end))
    if held is not None and held[1] == SINCE and trig.i not in held[0]:
        return False  # "[tensions soared] since the killing of X last week": the start of a period
    if scope is None or d.token_i in scope[0]:
        return True
    return scope[1] in EARLIER_WORDS and not ahead


def _dates_noun_after(tok: "Token", trig: "Token") -> bool:
    """Whether the date ``tok`` follows a noun other than the trigger that it dates ("the decision
    Sunday"): near the trigger it may date it ("called for a tougher line in a speech Tuesday"),
    but it is no date of the whole sentence to lend to a trigger far from it."""
    return tok.dep_ == "npadvmod" and tok.head.i < tok.i and tok.head.i != trig.i \
        and tok.head.pos_ in ("NOUN", "PROPN")


#: how a date in front of a noun reaches it: "the 2016 election", "a June 8 test", "Friday's talks"
NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})
#: prepositions that place an event inside a dated occasion: "interfering in the 2016 election",
#: "consulted with NATO at a December ministerial", "interference ahead of the 2016 vote"
OCCASION_PREPS = frozenset({"in", "at", "during", "before", "ahead", "amid", "throughout"})


#: occasions that an act aimed at them happens at: "efforts to sway the 2016 election"
OCCASION_NOUNS = frozenset({"election", "vote", "referendum", "poll", "primary", "campaign", "race", "summit",
                            "games", "olympics", "ceremony", "parade", "inauguration", "congress", "conference"})


def _modified_noun(tok: "Token") -> "Token | None":
    """The noun phrase head that a date written in front of it modifies, else None."""
    if tok.dep_ not in NOUN_MODIFIER_DEPS or tok.i >= tok.head.i:
        return None
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head  # "the 2016 election campaign": the phrase's head
    return noun


def _dates_other_noun(tok: "Token", trig: "Token") -> bool:
    """Whether the date ``tok`` modifies a noun other than the trigger's own: "the 1979 seizure",
    "Made in China 2025", "a July 7 deadline" date their nouns, not a verb of the sentence. The
    date still reaches the trigger when the noun is the trigger (or a phrase it names: "Friday's
    sanctions list"), or an occasion the trigger is placed in by a preposition of time or place
    ("interfering in the 2016 election", "held talks at a December summit"), or an occasion it
    acts on ("sway the 2016 election")."""
    noun = _modified_noun(tok)
    if noun is None or noun.i == trig.i or (trig.head.i == noun.i and trig.dep_ == "compound"):
        return False
    if noun.dep_ == "dobj" and noun.head.i == trig.i and noun.lemma_.lower() in OCCASION_NOUNS:
        return False  # "sway the 2016 election", "attended the 2018 summit"
    if noun.dep_ != "pobj":
        return True
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    if prep.lower_ not in OCCASION_PREPS:
        return True
    holders = {trig.i}
    if trig.dep_ in ("dobj", "nsubjpass", "attr"):
        holders.add(trig.head.i)  # "held [talks] at a December summit"
    return prep.head.i not in holders


def _crosses_clause(tok: "Token", trig: "Token") -> bool:
    """Whether ``tok`` hangs from a clause of its own below the point where it meets ``trig``."""
    on_path = {t.i for t in [trig, *trig.ancestors]}
    for a in tok.ancestors:
        if a.i in on_path or a.head.i == trig.i:  # the trigger's own modifier clause is its phrase
            return False
        if a.pos_ in ("VERB", "AUX") and a.dep_ in ("advcl", "relcl", "ccomp"):
            return True
    return False


#: verbs that place the news of the day against an earlier or later event: "the move comes a day after ..."
NEWS_FRAMES = frozenset({"come", "follow"})
#: "N units" as a lag between two events: "one week", "two days", "a month"
_LAG = re.compile(r"(?i)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:day|week|month)s?")
#: words before a lag that keep its count exact: "just a day after", "exactly a week after"
_EXACTLY = re.compile(r"(?i)^(?:just|exactly|only) ")


def lag_date(trig: "Token", dates: list[DateMention], anchor: dt.date | None) -> str | None:
    """The date of an event that a lag places before or after a dated one: "[the announcement
    comes] one week after [the U.S. expelled ...]", "[Pyongyang fired] three days after [the
    summit]". The lag ("one week") counts back (after) or ahead (before) from the other side's
    date in the sentence, else, when that side is the news framed by "comes"/"follows", the
    publication date."""
    found = _lag_of(trig)
    if found is None or anchor is None:
        return None
    lag, word, other = found
    words = " ".join(t.text for t in lag.subtree if t.i <= lag.i)  # "a day", not its clause
    words = _EXACTLY.sub("", words)  # "just a day after": a day all the same ("less than" is no count)
    if not _LAG.fullmatch(words):
        return None
    inside = {t.i for t in word.head.subtree} if word.dep_ == "mark" else {t.i for t in word.subtree}
    if any(d.value is not None and d.token_i in inside and not _dates_other_noun(trig.doc[d.token_i], trig)
           and not _crosses_clause(trig.doc[d.token_i], trig) for d in dates):
        # "after Russia seized the ships on Sunday": its own date (not "the Nov. 13 attacks", nor the
        # date of a clause of its own: "freed an American who had been held since 2016")
        return None
    base = pick_date(other, [d for d in dates if d.token_i not in inside], anchor=anchor)
    if base is None and other.lemma_.lower() in NEWS_FRAMES and not any(c.dep_ == "prt" for c in other.children):
        base = anchor.isoformat()  # "the announcement comes ...": the news of the day ("came out": no frame)
    if base is None or len(base) != 10:
        return None
    shift = "earlier" if word.lower_ == "after" else "later"
    if words.lower().endswith(("week", "weeks")):  # whole weeks: the day, as news counts them
        sign = -1 if shift == "earlier" else 1
        return (dt.date.fromisoformat(base) + dt.timedelta(days=7 * sign * _count(words))).isoformat()
    return resolve_date(f"{words} {shift}", anchor, ref=base)


def _count(words: str) -> int:
    """The number of a lag: "two weeks" -> 2, "3 weeks" -> 3 (the dates' own number words)."""
    first = words.split()[0].lower()
    return int(first) if first.isdigit() else NUMBER_WORDS[first]


def _lag_of(trig: "Token") -> "tuple[Token, Token, Token] | None":
    """(the lag, its "after"/"before", the other side's head) when ``trig`` is the later or earlier
    side of a lag: the verb of an "N after/before" clause, or the object of "N after/before"."""
    node = trig
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj":
        prep = trig.head
        if prep.lower_ in ("after", "before"):
            lag = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
            return (lag, prep, prep.head) if lag is not None and prep.head != prep else None
        return None
    while node.pos_ not in ("VERB", "AUX") and node.dep_ in ("dobj", "nsubjpass", "nsubj") and node.head != node:
        node = node.head  # "after Russia seized [three ships]"
    mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    if node.dep_ == "relcl" and node.head.dep_ == "npadvmod":  # "follow [a day] after X did"
        return node.head, mark, node.head.head
    if node.dep_ != "advcl":
        return None
    lag = next((c for c in node.children if c.dep_ == "npadvmod"), None) or _lag_before(mark, node.head)
    return (lag, mark, node.head) if lag is not None else None


def _lag_before(mark: "Token", main: "Token") -> "Token | None":
    """The "N units" that ends just before the "after"/"before" of a clause: the parser
    often hangs the lag on the main verb ("[the remarks come] [a day] after Britain expelled ...") or
    on the "after" itself, and it is the clause's lag all the same; one with a word between ("a day
    ago, after ...") is not."""
    lag = next((c for c in [*mark.children, *main.children] if c.dep_ == "npadvmod" and c.i < mark.i), None)
    return lag if lag is not None and max(t.i for t in lag.subtree) == mark.i - 1 else None


#: words of an expression that names a point in time ("last week", "two days later"), not a span
POINT_WORDS = re.compile(r"(?i)\b(?:last|next|this|later|earlier|ago|previous|following|same|that)\b")


def own_time_unresolved(trig: "Token", dates: list[DateMention]) -> bool:
    """Whether the trigger has a time expression of its own that names a point the resolver
    cannot place ("the killing last week" when last week straddles a year's end, "two days
    later" with no date before it): the event is then not at the story's date, and takes none."""
    doc = trig.doc
    return any(d.value is None and POINT_WORDS.search(d.text) and _tree_distance(trig, doc[d.token_i]) <= 3
               and not _crosses_clause(doc[d.token_i], trig) for d in dates)


def told_as_of_writing(trig: "Token") -> bool:
    """Whether an undated trigger is told as of the day of writing, so that no earlier sentence's date
    may date it: a verb in the present perfect ("President Obama has called on Congress to back a
    strike", after a sentence dated by the attack of three weeks before)."""
    return trig.pos_ in ("VERB", "AUX") and present_perfect(trig)


#: adverbs that make a verb tell of a stance held or acts done over a long time, not one of the news:
#: "Iran, which has long backed Hezbollah" (history, background by the annotation rules)
HABITUAL_ADVERBS = frozenset({"long", "traditionally", "historically", "habitually"})
#: conjunctions of a clause that tells of an act before the main clause's time: "since Trump withdrew from
#: the deal", "after Russia annexed Crimea"
EARLIER_MARKS = frozenset({"since", "after"})


def told_as_history(trig: "Token") -> str | None:
    """How an undated trigger tells of an act from before the article's news, if it does (the
    construction's name), so that the publication date does not date it: an act named after "since"
    ("since the invasion of Ukraine"), a habitual present perfect ("has long backed"), a past act in a
    "since" clause or in an "after" clause of a main clause in
    the present ("sanctions in place since Washington imposed them", "the rial has fallen after Trump
    pulled out of the deal"), or a pluperfect told by the article itself, not reported ("an endeavour
    the Palestinians had abandoned"; "officials said Iran had fired" is the news, backshifted)."""
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "since":
        return "since"  # "ties frayed since its annexation of Crimea"
    if trig.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in trig.children) and (
            present_perfect(trig) or trig.tag_ in ("VBZ", "VBP")):
        return "habitual"
    mark = next((c.lower_ for c in trig.children if c.dep_ == "mark"), None)
    if trig.dep_ == "advcl" and mark in EARLIER_MARKS and (past_simple(trig) or pluperfect(trig)):
        if (mark == "since" or present_perfect(trig.head) or tense_of(trig.head) == "present") and not _days_back(trig):
            return mark
    if pluperfect(trig) and not _reported(trig) and not _first_time(trig):
        return "pluperfect"
    return None


#: words just before "after" that put the clause's act hours or days before the main clause's ("a day
#: after", "hours after", "shortly after")
_SOON = frozenset({"minute", "hour", "day", "week", "shortly", "soon", "just", "right", "immediately", "moments"})


def _days_back(trig: "Token") -> bool:
    """Whether ``trig``'s "after" clause is told as just before the news ("a day after Britain
    expelled 23 diplomats", "two weeks after Trump lifted the tariffs", "shortly after"): recent
    news, not history ("four months after", "five years since")."""
    mark = next((c for c in trig.children if c.dep_ == "mark"), None)
    return mark is not None and mark.i > 0 and trig.doc[mark.i - 1].lemma_.lower() in _SOON


def _first_time(verb: "Token") -> bool:
    """ "It was the first time an Israeli prime minister had visited Australia": the visit is the news."""
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in ("time", "occasion")


#: verbs of saying or knowing whose content clause is told in the backshifted pluperfect
_SAYING = frozenset({"say", "tell", "report", "add", "note", "claim", "state", "announce", "confirm", "write",
                     "learn", "discover", "find", "reveal", "show", "accuse", "allege", "deny", "insist"})


def _reported(verb: "Token") -> bool:
    """Whether ``verb``'s clause is the content of a verb of saying or knowing ("officials said Iran
    had fired", "Iran had fired, officials said", "according to officials")."""
    node = verb
    while node.dep_ in ("conj", "advcl", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("ccomp", "parataxis"):
        return True
    if node.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return True  # "reports that Israeli rockets had struck", "suspicions that Russians had offered money"
    return any((c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _SAYING)
               or (c.dep_ == "prep" and c.lower_ == "according") for c in node.children)


def inherit_date(ev: Event, n: int, dated: list[tuple[int, Event]]) -> Event:
    """An undated event takes the date of the event the article is telling about. Planned or
    expected: the article's first dated plan among the same actors ("Biden is expected to raise
    concerns [at the summit the lede announced]"). Occurred: a dated event with a common actor
    in the last two sentences."""
    if ev.date or ev.background or ev.date_basis == "published":
        return ev  # dated, history, or dated by its own words that name no date we can give
    codes = {a.code for a in ev.actors()}
    if ev.status in ("planned", "expected"):
        for _, prev in dated:
            if prev.status in ("planned", "expected") and codes <= {a.code for a in prev.actors()}:
                return replace(ev, date=prev.date, date_basis="inherited")
        return ev
    for m, prev in reversed(dated):
        if (prev.status == "occurred" and n - m <= 2 and prev.type != "MOBILIZE"
                and codes & {a.code for a in prev.actors()}):
            return replace(ev, date=prev.date, date_basis="inherited")
    return ev


NARRATIVE_SENTENCES = 3


def sentence_dates(sent: "Span", anchor: dt.date | None, n: int, dated: list[tuple[int, Event]],
                   prev: "Span | None") -> list[DateMention]:
    """The date expressions of sentence ``n``, resolved. Narrative-relative ones ("a day
    earlier", "the next day", "two days later") that the sentence gives nothing to count from
    count from the story's last date (``narrative_ref``)."""
    dates = find_dates(sent, anchor)
    if any(d.value is None for d in dates):
        ref = narrative_ref(n, dated, prev, anchor)
        if ref is not None:
            dates = find_dates(sent, anchor, ref=ref)
    return dates


def narrative_ref(n: int, dated: list[tuple[int, Event]], prev: "Span | None",
                  anchor: dt.date | None) -> str | None:
    """The story's last date before sentence ``n``: that of the previous sentence's main clause
    ("On Wednesday, he said ..."), else that of the latest event the text dated in the last few
    sentences. None when the story has not given one lately: "two days later" counted from the
    publication date would lie after it."""
    if prev is not None:
        found = [d for d in find_dates(prev, anchor) if d.value is not None]
        main = pick_date(prev.root, found, anchor=anchor) if found else None
        if main is not None:
            return str(main)
    if dated and n - dated[-1][0] <= NARRATIVE_SENTENCES:
        return dated[-1][1].date
    return None


def published_date(ev: Event, anchor: dt.date | None) -> Event:
    """An event the text gives no date, and no earlier sentence lends one, is dated by the
    article's publication date, as coders date a report of the news of the day."""
    if ev.date or ev.background:
        return ev  # history the text does not date is not the news of the day
    if anchor is None:
        return replace(ev, date_basis=None) if ev.date_basis else ev
    return replace(ev, date=anchor.isoformat(), date_basis="published")


def after(date: str | None, anchor: dt.date | None) -> bool:
    """True when the whole of ``date`` (at its precision) lies after ``anchor``."""
    if not date or anchor is None:
        return False
    return date > anchor.isoformat()[: len(date)]


def starts_after(mention: DateMention | None, anchor: dt.date | None) -> bool:
    """True when the week a date names begins after ``anchor`` ("next week", "later this week"): its
    value, the month, may hold the anchor, so ``after`` cannot tell."""
    return mention is not None and anchor is not None and mention.first is not None and mention.first > anchor


def is_background(date: str | None, anchor: dt.date | None) -> bool:
    if not date or anchor is None:
        return False
    try:
        y = int(date[:4])
        m = int(date[5:7]) if len(date) >= 7 else 12
        d = int(date[8:10]) if len(date) >= 10 else 28
        return (anchor - dt.date(y, m, d)).days > BACKGROUND_DAYS
    except ValueError:
        return False


__all__ = ["after", "inherit_date", "is_background", "lag_date", "narrative_ref", "own_time_unresolved", "parse_anchor",
           "pick_date", "pick_mention", "published_date", "sentence_dates", "starts_after", "told_as_history",
           "told_as_of_writing"]
