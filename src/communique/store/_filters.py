"""Validation of event filters: every value checked, every mistake named with a fix.

``make_query`` turns filter values as a user types them (command line, HTTP query string)
into an :class:`EventQuery`, or raises :class:`QueryError` naming the option, the value and
what would work ("did you mean RUS?"). A filter value that cannot match anything is a
mistake, never an empty result.
"""

from __future__ import annotations

import csv
import difflib
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .._safe import EVENT_MAX_YEAR, EVENT_MIN_YEAR, MAX_YEAR, MIN_YEAR, clean_body, clean_id, is_blank, printable
from ..dateinput import DateInputError, parse_date
from ..errors import CommuniqueError
from ..events.classes import QUAD_CLASSES
from ..types import DATE_BASES, EVENT_TYPES, STATUSES
from ._query import EventQuery

if TYPE_CHECKING:  # pragma: no cover
    from ..actors import KnowledgeBase

UNDATED: tuple[str, ...] = ("include", "exclude")


class QueryError(CommuniqueError):
    """A filter value that is not valid (unknown type, actor code, bad date ...)."""

    code = "E600"


@lru_cache(maxsize=1)
def known_modes() -> frozenset[str]:
    """Every mode an event can carry: those of the curated lexicons and of PLOVER's CAMEO table."""
    data = Path(__file__).resolve().parent.parent / "data" / "events"
    modes: set[str] = {"virtual", "multilateral"}  # set by the extractor from the context
    for name in ("verbs.tsv", "nouns.tsv", "cameo/cameo_plover.tsv"):
        with (data / name).open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t",
                                  quoting=csv.QUOTE_NONE)
            modes.update(r["mode"] for r in rows if r.get("mode"))
    return frozenset(modes)


def _did_you_mean(value: str, choices: Collection[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=3, cutoff=0.6)
    return f"did you mean {' or '.join(close)}? " if close else ""


def check_choices(option: str, values: Sequence[str], choices: Collection[str], *,
                  upper: bool = False) -> list[str]:
    """``values`` normalised (upper-cased for types), each one of ``choices``."""
    out = []
    for raw in values:
        v = raw.strip().upper() if upper else raw.strip().lower()
        if v not in choices:
            raise QueryError(f"unknown value {raw!r}", input=option,
                             hint=f"{_did_you_mean(v, choices)}use one of: {', '.join(sorted(choices))}")
        out.append(v)
    return out


def check_date(option: str, value: str | None, years: tuple[int, int] = (MIN_YEAR, MAX_YEAR)) -> str | None:
    """An ISO date prefix from ``value`` (see :func:`communique.dateinput.parse_date`) in ``years``,
    by default those news is dated (``MIN_YEAR``-``MAX_YEAR``, those of a publication date): 0001-01-01 was
    taken, a bound that no date reaches. The one date parser of the filters (command line and API)."""
    try:
        iso = parse_date(value)
    except DateInputError as err:
        raise QueryError(err.message, input=option, hint=err.hint) from None
    first, last = years
    if iso is not None and not first <= int(iso[:4]) <= last:
        what = "the years news is dated" if years == (MIN_YEAR, MAX_YEAR) else "the years an event can be dated"
        raise QueryError(f"{value!r} is outside {what} ({first}-{last})", input=option,
                         hint=f"give a date from {first} to {last}, or leave {option} out")
    return iso


def _kb(kb: KnowledgeBase | Callable[[], KnowledgeBase] | None) -> KnowledgeBase | None:
    return kb() if callable(kb) else kb


def check_actor(option: str, value: str, known: Collection[str],
                kb: KnowledgeBase | Callable[[], KnowledgeBase] | None = None) -> str:
    """An actor code: upper-cased and checked against ``known`` codes (the store's) and the
    knowledge base's; a name ("Russia") gets its code as a suggestion."""
    code = value.strip().upper()
    if value.startswith("-"):
        raise QueryError(f"{value!r} looks like an option, not an actor code", input=option,
                         hint="give actor codes right after the option, e.g. --dyad USA CHN")
    if code in known:
        return code
    base = _kb(kb)
    if base is not None and code in base.codes():
        return code
    actor = base.resolve(value) if base is not None else None
    if actor is not None and actor.code:
        raise QueryError(f"{value!r} is not an actor code", input=option,
                         hint=f"did you mean {actor.code}, the code of {actor.name}? filters take codes: {option} {actor.code}")
    pool = set(known) | (base.codes() if base is not None else set())
    raise QueryError(f"unknown actor code {value!r}", input=option,
                     hint=f"{_did_you_mean(code, pool)}find a code with `communique actors resolve NAME`")


def _intensity(option: str, value: float | None) -> float | None:
    if value is not None and not -10.0 <= float(value) <= 10.0:
        raise QueryError(f"{value} is outside the Goldstein scale", input=option, hint="give a number from -10 to 10")
    return None if value is None else float(value)


def _intensity_range(low: float | None, high: float | None) -> tuple[float | None, float | None]:
    """``--min-intensity`` and ``--max-intensity`` on the Goldstein scale, refused when the least is
    above the most: 'at least 5 and at most 1' matched no event and answered an empty table (an empty
    page through the API) without a word, where --since after --until is refused."""
    least, most = _intensity("--min-intensity", low), _intensity("--max-intensity", high)
    if least is not None and most is not None and least > most:
        raise QueryError(f"{low} is above --max-intensity {high}", input="--min-intensity",
                         hint="swap the two numbers")
    return least, most


def _loaded_once(kb: KnowledgeBase | Callable[[], KnowledgeBase] | None) -> Callable[[], KnowledgeBase | None]:
    """A function giving ``kb``, loaded (when it is a loader) the first time it is asked for."""
    lazy: list[KnowledgeBase | None] = []

    def base() -> KnowledgeBase | None:
        if not lazy:
            lazy.append(_kb(kb))
        return lazy[0]

    return base


def _dyad(dyad: Sequence[str], known: Collection[str], base: Callable[[], KnowledgeBase | None]) -> tuple[str, str]:
    if len(dyad) != 2:
        raise QueryError(f"needs two actor codes, got {len(dyad)}", input="--dyad", hint="e.g. --dyad USA CHN")
    return check_actor("--dyad", dyad[0], known, base), check_actor("--dyad", dyad[1], known, base)


def _date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``--since`` and ``--until`` as ISO date prefixes, refused when the first is after the last."""
    # an event's date, which can be long before any publication date ("In 1648 ...", EVENT_MIN_YEAR):
    # such events were stored, and no filter could select them (1800-2100 only)
    years = (EVENT_MIN_YEAR, EVENT_MAX_YEAR)
    first, last = check_date("--since", since, years), check_date("--until", until, years)
    if first and last and first > last and not last.startswith(first):
        raise QueryError(f"{since!r} is after the --until date {until!r}", input="--since", hint="swap the two dates")
    return first, last


def _check_undated(undated: str) -> None:
    if undated not in UNDATED:
        raise QueryError(f"unknown value {undated!r}", input="--undated", hint="use include or exclude")


def _check_given(**options: str | None) -> None:
    """Refuse an option given with an empty value: ``--actor "$CODE"`` with CODE unset filtered
    nothing and listed every event (the API's ``actor=``, ``since=`` and ``text=`` likewise; an
    empty ``--doc`` listed none, without a word)."""
    for name, value in options.items():
        # nothing visible (NUL, controls, zero-width): the filter was cleaned to nothing and dropped, so
        # the API's text=%00 listed every event, and doc=%00 looked for an article called 'doc'
        if value is not None and is_blank(clean_body(value)):
            what = "an empty value" if not value.strip() else f"'{printable(value, 40)}' holds no visible character"
            raise QueryError(what, input="--" + name, hint=f"give a value, or leave --{name} out")


def _check_limit(limit: int | None) -> None:
    """Refuse a limit that can list nothing: ``--limit 0`` printed an empty table, as if no event
    matched (a limit of 0 from a script's arithmetic read as an empty store)."""
    if limit is not None and limit < 1:
        raise QueryError(f"{limit} {'is negative' if limit < 0 else 'lists no event'}", input="--limit",
                         hint="give 1 or more, or leave --limit out for every event")
    if limit is not None and limit > 2**63 - 1:
        raise QueryError(f"{limit} is too large", input="--limit", hint="give at most 9223372036854775807")


def make_query(*, actor: str | None = None, dyad: Sequence[str] | None = None, types: Sequence[str] = (),
               modes: Sequence[str] = (), statuses: Sequence[str] = (), quad_classes: Sequence[str] = (),
               date_bases: Sequence[str] = (),
               since: str | None = None, until: str | None = None, undated: str = "include",
               text: str | None = None, doc_ids: Sequence[str] = (), include_background: bool = True,
               min_intensity: float | None = None, max_intensity: float | None = None,
               limit: int | None = None, event_id: str | None = None, known_codes: Collection[str] = (),
               kb: KnowledgeBase | Callable[[], KnowledgeBase] | None = None) -> EventQuery:
    """A validated :class:`EventQuery`; raises :class:`QueryError` for the first bad value.

    ``known_codes`` are the actor codes present in the data (``Store.actor_codes()``); ``kb``
    (or a function loading it, called only when a code is not among ``known_codes``) checks
    other codes and turns names into suggestions.
    """
    _check_given(actor=actor, since=since, until=until, text=text)
    for doc_id in doc_ids:
        _check_given(doc=doc_id)
    known = {c.upper() for c in known_codes}
    base = _loaded_once(kb)
    pair = _dyad(dyad, known, base) if dyad else None
    first, last = _date_range(since, until)
    least, most = _intensity_range(min_intensity, max_intensity)
    _check_undated(undated)
    _check_limit(limit)
    return EventQuery(
        actor=check_actor("--actor", actor, known, base) if actor is not None else None, dyad=pair,
        type=check_choices("--type", types, EVENT_TYPES, upper=True) or None,
        mode=check_choices("--mode", modes, known_modes()) or None,
        status=check_choices("--status", statuses, STATUSES) or None,
        quad_class=check_choices("--class", quad_classes, QUAD_CLASSES) or None,
        date_basis=check_choices("--date-basis", date_bases, DATE_BASES) or None,
        since=first, until=last, undated=undated,  # type: ignore[arg-type]
        # as the store holds them: an argument with bytes that are not UTF-8 (kept by Python as lone
        # surrogates) failed in DuckDB, blamed on the database file; a document id is matched as read
        text=clean_body(text) or None, doc_id=[clean_id(d, d) for d in doc_ids] or None,
        include_background=include_background,
        min_intensity=least, max_intensity=most, limit=limit, event_id=event_id or None)
