"""Normalisation at the boundary: what a feed gives as an id, a title, a url, a date or a
file name becomes a string every later stage (spaCy, DuckDB, a terminal) can take.

Nothing here raises on odd text: lone surrogates are replaced, control characters dropped,
lengths capped. Dates are the exception: a date outside 1800-2100 is refused (``None`` plus a
reason) because date arithmetic on it overflows and no news article is dated there.
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import NoReturn

__all__ = ["clean_field", "clean_id", "clean_body", "without_controls", "printable", "named", "is_blank",
           "date_problem", "need_text", "need_path", "need_arg", "MIN_YEAR", "MAX_YEAR",
           "EVENT_MIN_YEAR", "EVENT_MAX_YEAR", "MAX_ID", "MAX_FIELD", "MAX_LINE"]

MIN_YEAR, MAX_YEAR = 1800, 2100
#: The years an event's date can have: a sentence's own year ("In 1648, France and Sweden signed ...")
#: is read from 1000 to 2999 (``dates``), and such events are stored; the event filters take them.
EVENT_MIN_YEAR, EVENT_MAX_YEAR = 1000, 2999
MAX_ID = 200
MAX_FIELD = 2000
#: The longest error line printed (a YAML alias bomb once made a 35 MB one).
MAX_LINE = 600

_SURROGATE = re.compile("[\ud800-\udfff]")
#: C0/C1 controls, DEL, line and paragraph separators, bidi overrides: never inside a one-line field.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: What an article body may not hold: C0 controls but tab, newline and carriage return; DEL; C1 controls.
_BODY_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: UTF-8 read as Latin-1 ("Trump\u00e2\x80\x99s" for "Trump’s"): a lead byte and its continuation bytes,
#: one of them a C1 control (a printable pair such as "\u00c3\u00a9" may be meant, and is left alone)
_UTF8_AS_LATIN1 = re.compile("[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: C0 controls that end a line (vertical tab: a line break in word processors; form feed: a page break)
_LINE_ENDS = "\x0b\x0c\x1c\x1d\x1e"
#: Characters that print nothing: a text made only of these (and spaces) is empty.
_INVISIBLE = "\x00\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
#: An ISO-like date: a signed year then "-", "T" or the end ("20210416" is read as compact).
_ISO_YEAR = re.compile(r"^\s*([+-]?\d+)(?=$|-|T)(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def _no_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def clean_field(value: object, limit: int = MAX_FIELD) -> str | None:
    """A one-line metadata value (title, url, source): surrogates replaced, control characters
    and newlines turned into spaces, runs of spaces collapsed, at most ``limit`` characters.
    Empty results become None."""
    if value is None:
        return None
    text = _CONTROL.sub(" ", _no_surrogates(str(value)))
    text = " ".join(text.split())
    return text[:limit] or None


def clean_id(value: object, fallback: str) -> str:
    """A document id: like :func:`clean_field`; an id longer than ``MAX_ID`` keeps its start and
    gains a hash of the whole, so two long ids that share a prefix stay apart."""
    text = clean_field(value, limit=10 * MAX_FIELD) or clean_field(fallback) or "doc"
    if len(text) > MAX_ID:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        text = f"{text[: MAX_ID - 13]}~{digest}"
    return text


def clean_body(text: str | None) -> str | None:
    """An article body (text or HTML): lone surrogates replaced, NUL bytes removed, other control
    characters repaired or removed (``without_controls``); newlines and tabs kept."""
    if text is None:
        return None
    text = _no_surrogates(text).replace("\x00", "")
    return without_controls(text) if _BODY_CONTROL.search(text) else text


def without_controls(text: str) -> str:
    """``text`` without control characters, which split words for the parser (France\\x01 and
    Germany met ... gave no event) and reach a terminal from evidence. C1 controls come from text
    in Windows-1252 or UTF-8 decoded as Latin-1 (pages that declare iso-8859-1, feeds): UTF-8
    sequences are read again ("\u00e2\\x80\\x99" -> "\u2019"), a lone C1 control becomes its
    Windows-1252 character ("\\x92" -> "\u2019", "\\x96" -> "\u2013") and a run of them, the rest of
    a mangled sequence, is removed. Vertical tab and form feed end a line; other C0 controls and
    DEL are removed."""
    text = _UTF8_AS_LATIN1.sub(_utf8_again, text)
    text = re.sub("[\x80-\x9f]+", _windows_1252, text)
    text = re.sub(f"[{_LINE_ENDS}]", "\n", text)
    return _BODY_CONTROL.sub("", text)


def _utf8_again(m: re.Match[str]) -> str:
    seq = m.group()
    if not any("\x80" <= ch <= "\x9f" for ch in seq):
        return seq
    try:
        return seq.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return seq


def _windows_1252(m: re.Match[str]) -> str:
    run = m.group()
    if len(run) > 1:
        return ""
    try:
        return run.encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:  # (0x81, 0x8d, 0x8f, 0x90, 0x9d: no character in Windows-1252)
        return ""


def is_blank(text: str | None) -> bool:
    """True when ``text`` holds nothing but whitespace and invisible characters (NUL, zero-width...)."""
    return not text or not text.strip().strip(_INVISIBLE + " \t\r\n\f\v").strip()


def printable(text: object, limit: int = MAX_LINE) -> str:
    """``text`` safe to print on one line: newlines and other controls escaped (a file name with a
    newline cannot forge a second message line), surrogates escaped, length capped."""
    s = str(text)
    if _CONTROL.search(s) or _SURROGATE.search(s):
        s = "".join(ascii(ch)[1:-1] if _CONTROL.match(ch) or _SURROGATE.match(ch) else ch for ch in s)
    if len(s) > limit:
        s = f"{s[: limit - 30]}… ({len(s):,} characters in all)"
    return s


def named(value: str) -> str:
    """An argument named in an error message: ``printable``, and quoted when it is blank ("'': no event
    with this id", not ": no event with this id")."""
    return printable(value) if value.strip() else repr(value)


def date_problem(value: str | None) -> str | None:
    """Why ``value`` is not a usable publication date, or None when it is (or when it holds no
    year at all, which the ordinary date parsing treats as no date)."""
    if not value:
        return None
    from .dateinput import DateInputError, parse_date

    try:
        iso = parse_date(value)
    except DateInputError:
        iso = None  # unreadable: the date parsing of the clean stage says so
    m = _ISO_YEAR.match(iso or str(value))
    if not m:
        return None
    digits = m.group(1)
    if len(digits) > 12:
        return f"publication date {printable(value, 40)!r} is outside {MIN_YEAR}-{MAX_YEAR}"
    year = int(digits[:4]) if len(digits) in (8, 14) and digits.isdigit() else int(digits)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return f"publication date {printable(value, 40)!r} is outside {MIN_YEAR}-{MAX_YEAR}"
    return None


def _refuse(where: str, value: object, words: str) -> NoReturn:
    """Raise the TypeError for ``value``, an argument of the Python API named by ``where``, which must be
    ``words`` ("a str"): it names the function, the argument and the type given."""
    what = "None" if value is None else type(value).__name__
    raise TypeError(f"{where} must be {words}, not {what}")


def need_text(where: str, value: object) -> str:
    """``value``, an argument of the Python API named by ``where`` (``"KnowledgeBase.resolve: text"``),
    which must be a str: a list or None failed deep inside ("object of type 'NoneType' has no len()",
    "'NoneType' object has no attribute 'lower'"), naming neither the function nor the argument."""
    if not isinstance(value, str):
        _refuse(where, value, "a str")
    return value


def need_arg(where: str, value: object, kinds: type | tuple[type, ...], words: str) -> None:
    """Refuse ``value``, an argument of the Python API named by ``where`` (``"Store: read_only"``), unless
    it is one of ``kinds`` (a bool is no number here): a wrong type failed deep inside, in DuckDB's
    'incompatible function arguments' or "'list' object has no attribute 'get'"."""
    if isinstance(value, kinds) and not (isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple)
                                                                                  else (kinds,))):
        return
    _refuse(where, value, words)


def need_path(where: str, value: object) -> str | os.PathLike[str]:
    """``value``, an argument of the Python API named by ``where`` (``"Store: path"``), which must be a
    file path (a str or a ``Path``): None or a number failed deep inside ("expected str, bytes or
    os.PathLike object, not NoneType"), naming neither the function nor the argument."""
    if isinstance(value, str) or (isinstance(value, os.PathLike) and isinstance(os.fspath(value), str)):
        return value
    _refuse(where, value, "a file path (a str or a pathlib.Path)")


#: Python type names -> the words a message uses for a value of that type (JSON and TOML terms).
_KIND_WORDS = {"int": "a whole number", "float": "a number", "str": "a string", "bool": "true or false",
               "list": "a list", "tuple": "a list", "dict": "an object", "NoneType": "null"}


def kind_of(value: object) -> str:
    """What ``value`` is, for a message: ``kind_of(3)`` is "a whole number", ``kind_of({})`` "an object"."""
    return kind_name(type(value))


def kind_name(cls: type) -> str:
    """The words for a value of type ``cls`` (see :func:`kind_of`)."""
    return _KIND_WORDS.get(cls.__name__, f"a value of type {cls.__name__}")
