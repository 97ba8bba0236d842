"""The dates stage: relative and partial date expressions -> ISO at the right precision.

Public API (what the events stage calls):

``resolve_date(expr, anchor, tense=None, *, ref=None) -> str | None``
    One expression ("on Friday", "last month", "Nov. 16", "in June 2022") to
    "YYYY-MM-DD", "YYYY-MM", "YYYY" or ``None`` (not a point in time).
``find_dates(span, anchor, tense=None) -> list[DateMention]``
    Every date expression in a spaCy sentence (or Doc), resolved.
``tense_of(token) -> str``
    "future", "past" or "present" for the clause of a spaCy token.

See ``_resolve`` for the resolution rules (tense, weeks, ranges) and
``_tense`` for the tense rules.
"""

from __future__ import annotations

from ._find import DateMention, find_dates
from ._lexicon import NUMBER_WORDS
from ._resolve import DateAnchorError, resolve_date
from ._tense import PARTY_ENTS, PAST_MODS, PLAN_CUES, is_past_form, past_simple, pluperfect, present_perfect, tense_of

__all__ = ["DateAnchorError", "DateMention", "NUMBER_WORDS", "PARTY_ENTS", "PAST_MODS", "PLAN_CUES", "find_dates", "is_past_form", "past_simple", "pluperfect", "present_perfect", "resolve_date", "tense_of"]
