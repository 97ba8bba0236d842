"""Tokens and phrase keys shared by the knowledge base and its matcher.

Both the spaCy tokens of an article and the phrases of the knowledge base are
reduced to the same *keys*: lower-cased tokens, periods dropped inside
abbreviations (``U.S.`` -> ``us``), hyphens treated as token boundaries
(``Suk-yeol`` -> ``suk yeol``, ``G-7`` -> ``g 7``) and curly apostrophes made
straight. A phrase's key is its tokens' keys joined by single spaces.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, NamedTuple

from communique.types import Mention

#: One token: its key, its original text and character offsets, whether it
#: starts a sentence, and its coarse part of speech when spaCy gave one.
class Tok(NamedTuple):
    norm: str
    text: str
    start: int
    end: int
    sent_start: bool
    pos: str | None


#: a word's letters include combining marks: a name typed or pasted decomposed ("Co\u0302te", as macOS
#: files and some pages write it) was split at each mark, so "Côte d'Ivoire" resolved to nothing
_LETTERS = "A-Za-z\u00C0-\u024F\u0300-\u036F0-9"
_WORD = re.compile(rf"'s\b|\u2019s\b|[{_LETTERS}]+(?:[.'\u2019](?!s\b)[{_LETTERS}]+)*\.?|[^\s{_LETTERS}]")
#: the hyphens and short dashes a name may be written with, as a set and as a pattern
_HYPHEN_CHARS = frozenset("-\u2010\u2011\u2012\u2013")
_HYPHENS = re.compile("[" + re.escape("".join(sorted(_HYPHEN_CHARS))) + "]")
_ABBR = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?\.?$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Lt|Col|Maj|Gov|Pres|Adm|Capt|Sgt|No)\.$", re.I)


def fold(text: str) -> str:
    """Lower-case and strip accents (``Élysée`` -> ``elysee``)."""
    if text.isascii():
        return text.lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text.lower()
    return _unmarked(text).lower()


def _unmarked(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: letters that carry no combining mark to strip but have a plain form in English text (the store's
#: actor search folds them in SQL too)
PLAIN_LETTERS = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}
_PLAIN_LETTERS = str.maketrans(PLAIN_LETTERS)


def unaccented(text: str) -> str:
    """``text`` without its diacritics, case kept: "Recep Tayyip Erdoğan" -> "Recep Tayyip Erdogan",
    "Çavuşoğlu" -> "Cavusoglu", "Sikorski" unchanged."""
    return text if text.isascii() else _unmarked(text.translate(_PLAIN_LETTERS))


def norm_piece(piece: str) -> str:
    """The key of one token (already split on hyphens)."""
    if piece.isalpha() and piece.isascii():
        return piece.lower()
    low = fold(piece)
    if "." in low and _ABBR.match(piece):
        low = low.replace(".", "")
    elif low.endswith(".") and len(low) > 1:
        low = low[:-1]
    return low


def _split_hyphens(text: str, start: int) -> list[tuple[str, int, int]]:
    """Split one token on hyphens; the hyphens themselves are dropped."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for m in _HYPHENS.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], start + pos, start + m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], start + pos, start + len(text)))
    if not out and text:
        out.append(("-", start, start + len(text)))  # a dash on its own stays a token
    return out


def tokenize(text: str) -> list[Tok]:
    """Tokenise a plain string (a phrase of the knowledge base, a query, or an article's text for
    the parse cascade's cheap pass).

    ``_WORD`` never matches a hyphen inside a longer token, so a match is either one word (no
    splitting to do) or one hyphen or dash on its own: dropped between two letters
    ("Secretary-General"), else kept as the token ``-``.
    """
    toks: list[Tok] = []
    append = toks.append
    hyphens = _HYPHEN_CHARS
    last = len(text) - 1
    for m in _WORD.finditer(text):
        piece = m.group(0)
        s, e = m.span()
        if piece in hyphens:
            if 0 < s and e <= last and not text[s - 1].isspace() and not text[e].isspace():
                continue  # a hyphen inside a word: "Secretary-General"
            piece = "-"
        elif len(piece) > 1 and piece[-1] == "." and not _ABBR.match(piece):
            append(Tok(norm_piece(piece[:-1]), piece[:-1], s, e - 1, not toks, None))
            append(Tok(".", ".", e - 1, e, False, None))
            continue
        norm = piece.lower() if piece.isascii() and piece.isalpha() else norm_piece(piece)
        append(Tok(norm, piece, s, e, not toks, None))
    return toks


def doc_tokens(doc: Any) -> tuple[list[Tok], str]:
    """Tokens of a spaCy ``Doc``, with the same keys as :func:`tokenize`, and the doc's text.

    Reads the token attributes in one ``Doc.to_array`` call: building a spaCy
    ``Token`` object per token (``doc.text`` does) would cost more than all the matching.
    """
    from spacy.attrs import IDX, LENGTH, ORTH, POS, SENT_START, SPACY

    import numpy

    arr = doc.to_array([IDX, LENGTH, SPACY, SENT_START, POS]).astype(numpy.int64).tolist()
    strings = doc.vocab.strings
    text = _doc_text(doc.to_array([ORTH, SPACY]).tolist(), strings)
    pos_names: dict[int, str | None] = {0: None}
    toks: list[Tok] = []
    append = toks.append
    n = len(arr)
    prev_ws = True
    hyphens = _HYPHEN_CHARS
    for i, (idx, length, ws, ss, pos_id) in enumerate(arr):
        end = idx + length
        tok_text = text[idx:end]
        if length == 1 and tok_text in hyphens and not prev_ws and not ws and i + 1 < n:
            continue  # a hyphen inside a word, split off by spaCy
        if tok_text.isspace():
            prev_ws = True
            continue
        prev_ws = bool(ws)
        pos = pos_names.get(pos_id)
        if pos is None and pos_id:
            pos = pos_names[pos_id] = strings[pos_id]
        if tok_text.isalpha() and tok_text.isascii():
            append(Tok(tok_text.lower(), tok_text, idx, end, ss == 1 or i == 0, pos))
            continue
        sent_start = ss == 1 or i == 0
        pieces = _split_hyphens(tok_text, idx) if _HYPHENS.search(tok_text) else [(tok_text, idx, end)]
        for k, (piece, s, e) in enumerate(pieces):
            append(Tok(norm_piece(piece), piece, s, e, sent_start and k == 0, pos))
    return toks, text


def _doc_text(orth_spacy: list[list[int]], strings: Any) -> str:
    """``doc.text`` rebuilt from the ORTH and SPACY columns: each token's text plus one space
    where it has trailing whitespace, as spaCy does, without creating a ``Token`` per token."""
    seen: dict[int, str] = {}
    parts: list[str] = []
    append = parts.append
    for orth, ws in orth_spacy:
        piece = seen.get(orth)
        if piece is None:
            piece = seen[orth] = strings[orth]
        append(piece + " " if ws else piece)
    return "".join(parts)


def phrase_key(text: str) -> str:
    """The key of a phrase: ``"Yoon Suk-yeol"`` -> ``"yoon suk yeol"``."""
    return " ".join(t.norm for t in tokenize(text))


def spelt_as(name: str, surface: str) -> str:
    """A name the matcher put together from the text's words ("Abdullah al Thinni") as the text spells it
    at the end of the mention ("Libyan Prime Minister Abdullah al-Thinni"): the words are read with their
    hyphens as spaces, so the text's span of the same length is the name written."""
    written = surface[-len(name):] if len(surface) >= len(name) else ""
    return written if written != name and _HYPHENS.sub(" ", written) == name else name


def is_acronym(text: str) -> bool:
    """True for all-capital forms such as ``NATO``, ``U.S.``, ``G7``."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text.strip()


def bare(text: str) -> str:
    """Token text without periods and hyphens, for case-sensitive checks."""
    return _HYPHENS.sub("", text.replace(".", ""))


def index_mentions(doc: Any, mentions: Iterable[Mention], at: dict[int, Mention] | None = None) -> dict[int, Mention]:
    """Token index of spaCy ``doc`` -> the first of ``mentions`` that covers the token (its span widened
    to whole tokens), added to ``at`` when given."""
    at = {} if at is None else at
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span if span is not None else ():
            at.setdefault(t.i, m)
    return at
