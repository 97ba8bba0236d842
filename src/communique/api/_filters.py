"""Query-string filters -> ``EventQuery``: the same filters as ``communique events``, checked.

A bad value is answered with HTTP 422 and a message naming the parameter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Annotated, Any, Literal, get_origin

from fastapi import HTTPException, Query, Request

from .._safe import printable
from ..events.classes import QUAD_CLASSES
from ..store import EventQuery, QueryError, make_query
from ..store import check_date as query_date
from ..types import DATE_BASES, STATUSES


def bad(param: str, message: str) -> HTTPException:
    """A 422 whose detail names the parameter, in FastAPI's own validation-error shape."""
    return HTTPException(status_code=422, detail=[{"loc": ["query", param], "msg": f"{param}: {message}",
                                                   "type": "value_error"}])


def known_params(request: Request) -> None:
    """Refuse query parameters the route does not take (every ``/api`` route runs this first):
    ``/api/events?limit=5`` was answered with 100 events and ``?actr=USA`` with every event."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None or not request.url.path.startswith("/api/"):
        return
    known = sorted(_query_names(dependant))
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        takes = f"it takes {', '.join(known)}" if known else "it takes none"
        raise HTTPException(status_code=422, detail=[
            {"loc": ["query", name], "msg": f"{name}: unknown parameter ({takes}; the reference is at /docs)",
             "type": "value_error"} for name in unknown])
    single = _query_names(dependant, single=True)
    repeated = sorted(n for n in single if len(request.query_params.getlist(n)) > 1)
    if repeated:  # ('actor=USA&actor=' read the last, an empty one, and filtered nothing)
        lists = ", ".join(sorted(set(known) - single)) or "none"
        raise HTTPException(status_code=422, detail=[
            {"loc": ["query", name], "msg": f"{name}: given {len(request.query_params.getlist(name))} times, but it "
             f"takes one value (the parameters that may be repeated here: {lists})", "type": "value_error"}
            for name in repeated])


def _query_names(dependant: Any, single: bool = False) -> set[str]:
    """The query parameters a route's function and its dependencies take (by their URL names);
    with ``single``, only those that take one value (not a list, which may be repeated)."""
    names = {p.alias for p in dependant.query_params
             if not single or get_origin(p.field_info.annotation) is not list}
    for sub in dependant.dependencies:
        names |= _query_names(sub, single)
    return names


def given(param: str, value: str) -> str:
    """``value``, unless it is empty or blank: a 422 naming ``param``, as ``make_query`` refuses an
    empty filter (``outlet=`` was no filter at all: every article, every event)."""
    if not value.strip():
        raise bad(param, f"an empty value (give a value, or leave {param} out)")
    return value


def check_date(param: str, value: str | None) -> str | None:
    """A date as the event filters read it (``store.check_date``: 2021, 2021-04, 2021-04-16, May 2021
    ..., 1800-2100), else a 422 naming ``param``: /api/articles took only ISO forms that
    /api/events read, and dates no news has. An empty value is refused, as the command line does."""
    if value is None:
        return None
    try:
        return query_date(param, given(param, value))
    except QueryError as err:
        raise bad(param, err.message + (f" ({err.hint})" if err.hint else "")) from err


def _dyad(value: str | None) -> list[str] | None:
    """The two codes of ``dyad=A,B``; a side left empty (``USA,,RUS``, ``USA,``) is refused, not
    dropped: 'USA,,RUS' was read as USA,RUS, where the command line refuses an empty code."""
    if value is None:
        return None
    codes = [c.strip() for c in value.split(",")]
    if len(codes) != 2 or not all(codes):
        raise bad("dyad", f"{value!r} is not two actor codes; give them as A,B (e.g. USA,CHN)")
    return codes


def _param(option: str | None) -> str:
    """The query parameter a command-line option name of ``make_query`` stands for."""
    return (option or "query").removeprefix("--").replace("-", "_")


def _api_words(text: str) -> str:
    """A ``make_query`` message with its command-line option names ("--until") as the query
    parameters they stand for ("until")."""
    return _OPTION.sub(lambda m: _param(m.group(0)), text)


_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def known_codes(request: Request) -> frozenset[str]:
    """The actor codes of the served snapshot (for checking actor filters without the knowledge base)."""
    snaps = request.app.state.snapshots
    return snaps.cached("actor codes", lambda store: frozenset(store.browser().actor_codes()))


QuadClassName = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
assert set(QuadClassName.__args__) == set(QUAD_CLASSES)  # type: ignore[attr-defined]
StatusName = Literal["occurred", "planned", "expected", "hypothetical", "negated"]
assert set(StatusName.__args__) == set(STATUSES)  # type: ignore[attr-defined]
DateBasisName = Literal["text", "inherited", "published"]
assert set(DateBasisName.__args__) == set(DATE_BASES)  # type: ignore[attr-defined]


def event_filters(
    request: Request,
    actor: Annotated[str | None, Query(description="Actor code as source, target or participant (USA, NATO).",
                                       max_length=64)] = None,
    dyad: Annotated[str | None, Query(description="Two actor codes A,B both among the event's actors, "
                                      "either direction (USA,CHN).", max_length=129)] = None,
    type: Annotated[list[str], Query(description="PLOVER event type; repeat for several.")] = [],  # noqa: B006
    quad_class: Annotated[list[QuadClassName], Query(alias="class", description=(
        "Conflict/cooperation class (GDELT QuadClass); repeat for several."))] = [],  # noqa: B006
    mode: Annotated[list[str], Query(description="PLOVER mode (visit, weapons, ...); repeatable.")] = [],  # noqa: B006
    status: Annotated[list[StatusName], Query(description="Event status; repeatable.")] = [],  # noqa: B006
    since: Annotated[str | None, Query(description="On or after this date (2021, 2021-04, 2021-04-16; years 1000-2999).",
                                       max_length=40)] = None,
    until: Annotated[str | None, Query(description="On or before this date, inclusive.", max_length=40)] = None,
    undated: Annotated[Literal["include", "exclude"], Query(
        description="Whether a date filter keeps events without a date.")] = "include",
    date_field: Annotated[Literal["event", "published"], Query(
        description="Which date since/until apply to: the event's or its article's publication date.")] = "event",
    date_basis: Annotated[list[DateBasisName], Query(description=(
        "Where the event's date comes from: its sentence (text), an earlier sentence of the story "
        "(inherited) or the publication date (published); repeatable."))] = [],  # noqa: B006
    min_intensity: Annotated[float | None, Query(description="Goldstein intensity at least (-10 to 10).")] = None,
    max_intensity: Annotated[float | None, Query(description="Goldstein intensity at most (-10 to 10).")] = None,
    text: Annotated[str | None, Query(description="Case-insensitive substring of the evidence sentence.",
                                      max_length=500)] = None,
    outlet: Annotated[list[str], Query(description="Source outlet of the article (any case); repeatable.")] = [],  # noqa: B006
    doc: Annotated[list[str], Query(description="Only events of this article id; repeatable.")] = [],  # noqa: B006
    background: Annotated[bool, Query(description="Include background events (history, aggregates).")] = True,
) -> EventQuery:
    """The event filters shared by the events, aggregate and export endpoints, checked by the same
    ``make_query`` as ``communique events`` (unknown codes, types, modes, dates are 422s)."""
    from ..actors import KnowledgeBase

    try:
        q = make_query(actor=actor, dyad=_dyad(dyad), types=type, modes=mode, statuses=list(status),
                       quad_classes=list(quad_class), date_bases=list(date_basis), since=since,
                       until=until, undated=undated, text=text, doc_ids=doc,
                       include_background=background, min_intensity=min_intensity, max_intensity=max_intensity,
                       known_codes=known_codes(request), kb=KnowledgeBase.default)
    except QueryError as err:
        raise bad(_param(err.input), _api_words(err.message + (f" ({err.hint})" if err.hint else ""))) from err
    return replace(q, outlet=[given("outlet", o) for o in outlet] or None, date_field=date_field)


def query_echo(q: EventQuery) -> dict[str, Any]:
    """The filters as applied, for responses (so a client sees how its parameters were read)."""
    return {k: v for k, v in q.__dict__.items() if v not in (None, [], "") and k != "limit"}


def validation_detail(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """FastAPI's validation errors in the project's words, in the same shape (``loc``, ``msg``,
    ``type``): each ``msg`` names the parameter, the value and how to fix it, as :func:`bad` does.
    They read 'Input should be a valid integer, unable to parse string as an integer', 'Field
    required', and echoed a value refused for its length whole (3,000 characters of a cursor)."""
    return [{"loc": list(err.get("loc", ())), "msg": _validation_msg(err), "type": err.get("type", "value_error")}
            for err in errors]


def _validation_msg(err: Mapping[str, Any]) -> str:
    """One validation error as '{param}: {problem} ({fix})'."""
    # the parameter, not the index of a repeated one's value (class=nope was '0: unknown value')
    loc = [str(part) for part in err.get("loc", ()) if not isinstance(part, int)]
    param = loc[-1] if loc else "request"
    kind, ctx, value = err.get("type", ""), err.get("ctx") or {}, err.get("input")
    shown = printable(repr(value), 60)
    if kind == "missing":
        return f"{param}: required, but not given (add {param}=VALUE; the reference is at /docs)"
    if kind == "literal_error":
        choices = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
        return f"{param}: unknown value {shown} (use one of: {choices})"
    if kind in _NUMBER_WORDS:
        return f"{param}: {shown} is not {_NUMBER_WORDS[kind]}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        fix = {"greater_than_equal": "give {} or more", "greater_than": "give more than {}",
               "less_than_equal": "give {} or less", "less_than": "give less than {}"}[kind]
        return f"{param}: {printable(value, 60)} is out of range ({fix.format(next(iter(ctx.values()), '?'))})"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return f"{param}: an empty value (give a value)"
    if kind == "string_too_long":
        return f"{param}: {len(str(value)):,} characters, over the {ctx.get('max_length', '?'):,}-character limit " \
               "(give a shorter value)"
    return f"{param}: {err.get('msg', 'not a valid value')} (the reference is at /docs)"


#: what a value that did not parse should have been, by the validation error's type
_NUMBER_WORDS = {"int_parsing": "a whole number (give digits only, e.g. 100)",
                 "float_parsing": "a number (give e.g. 2.5 or -7)",
                 "bool_parsing": "true or false (give true or false)"}
