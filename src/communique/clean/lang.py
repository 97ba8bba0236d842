"""Language of a text: writing system first, then py3langid's model for Latin script.

py3langid (a maintained fork of langid.py) ships its model in the wheel (4.5 MB): nothing is
downloaded. On ``bench/data/languages.tsv`` (short news sentences in 20 languages, written for
this purpose; ``bench/bench_language.py`` prints the figures) it tells English headlines from
Polish, Swedish, Turkish, Vietnamese, Czech, Finnish ... where the earlier stopword count said
"unknown" or "nl".
"""

from __future__ import annotations

import io
import os
import re
import threading
from typing import Any

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

#: (code, first, last) code point ranges of scripts that name a language by themselves.
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("ja", 0x3040, 0x30FF),  # hiragana, katakana
    ("ko", 0xAC00, 0xD7AF),
    ("ko", 0x1100, 0x11FF),
    ("zh", 0x4E00, 0x9FFF),
    ("zh", 0x3400, 0x4DBF),
    ("ru", 0x0400, 0x04FF),
    ("ar", 0x0600, 0x06FF),
    ("ar", 0x0750, 0x077F),
    ("he", 0x0590, 0x05FF),
    ("el", 0x0370, 0x03FF),
    ("hi", 0x0900, 0x097F),
    ("th", 0x0E00, 0x0E7F),
)

#: Below this many letters there is nothing to judge.
MIN_LETTERS = 3
#: Share of letters a script must have to name the language.
SCRIPT_SHARE = 0.3
#: Characters of the text the model reads (the start of an article is enough).
SAMPLE_CHARS = 5_000
#: Probability from which the model's best language stands without further checks.
SURE = 0.5
#: Below SURE, plain-ASCII text is English when English has this share of the best's probability.
ENGLISH_SHARE = 0.3
#: Codes folded into another: Nigerian Pidgin is the model's usual runner-up for English news.
_FOLD = {"pcm": "en"}


def _script_guess(text: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not _LETTER.match(ch):
            continue
        letters += 1
        cp = ord(ch)
        for code, lo, hi in _SCRIPTS:
            if lo <= cp <= hi:
                counts[code] = counts.get(code, 0) + 1
                break
    if not letters or not counts:
        return None
    # kana marks Japanese even among many kanji
    if counts.get("ja", 0) >= max(2, 0.05 * letters):
        return "ja"
    code, n = max(counts.items(), key=lambda kv: kv[1])
    if n / letters >= SCRIPT_SHARE:
        if code == "ru" and any(c in text for c in "їєґі"):
            return "uk"
        return code
    return None


class _MemoryTemp:
    """Stands in for the ``tempfile`` module in py3langid's model loader: its temporary file in
    memory."""

    @staticmethod
    def TemporaryFile(*args: Any, **kwargs: Any) -> io.BytesIO:  # noqa: N802 - tempfile's name
        return io.BytesIO()


#: held while the model loads: one load a process, and py3langid's module never seen half swapped
_LOADING = threading.Lock()
_LOADED: list[Any] = []


def _fresh_lock() -> None:
    """In a child forked while another thread loaded the model: a lock of its own, not one held for ever."""
    global _LOADING
    _LOADING = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


def _identifier() -> Any:
    """py3langid's packaged model (97 languages), probabilities normalised; loaded once a process
    (~1 s), however many threads ask for it at once (the API's workers)."""
    with _LOADING:
        if not _LOADED:
            _LOADED.append(_load_identifier())
        return _LOADED[0]


def _load_identifier() -> Any:
    """py3langid inflates the model through a temporary file; where the temporary folder is full
    or read-only (every record failed 'the cleaning stage failed: OSError: No space left on
    device'), the model is inflated in memory instead. The swap of py3langid's ``tempfile`` is a
    process's own (each worker process has its module) and runs under ``_LOADING``: two threads
    swapping at once left the stand-in there for good."""
    from py3langid import modelio
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError:
        saved, modelio.tempfile = modelio.tempfile, _MemoryTemp
        try:
            return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        finally:
            modelio.tempfile = saved


def _latin_guess(sample: str) -> str:
    ranked = _identifier().rank(sample)
    probs = {code: float(p) for code, p in ranked}
    for code, into in _FOLD.items():
        probs[into] = probs.get(into, 0.0) + probs.pop(code, 0.0)
    best = max(probs, key=lambda c: probs[c])
    if probs[best] >= SURE or best == "en":
        return best
    # short text: the model's evidence is thin and spread over many languages; plain-ASCII
    # text where English is among the likely readings is taken as English (headlines such as
    # "Merkel visits Paris." have no diacritics and no function words to tell)
    if sample.isascii() and probs.get("en", 0.0) >= ENGLISH_SHARE * probs[best]:
        return "en"
    return best


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language ("en" for English); ``None`` if there is nothing to judge.

    Scripts that name a language (CJK, Cyrillic, Arabic, Greek ...) decide first; Latin-script
    text goes to py3langid's model. Short plain-ASCII text leans to English (see ``_latin_guess``).
    """
    if not text or len(_LETTER.findall(text[:5000])) < MIN_LETTERS:
        return None
    sample = text[:SAMPLE_CHARS]
    # a non-Latin script needs many multi-byte characters; mostly-ASCII text skips the per-character scan
    extra_bytes = len(sample.encode("utf-8")) - len(sample)
    script = _script_guess(sample) if extra_bytes >= 0.02 * len(sample) else None
    return script or _latin_guess(sample)
