"""A cheap language guess: writing system first, then stopword counts for Latin script.

No model is downloaded. English news, even a headline and two sentences, is
told from German, French, Spanish, Italian, Portuguese, Dutch and the
non-Latin scripts (Chinese, Japanese, Korean, Russian, Arabic ...).
"""

from __future__ import annotations

import re

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

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for on with as was were by at from it its his her their said says "
        "has have had be been will would not are an this which who they he she after over but also than "
        "more about into up out new two first last year years could should may".split()
    ),
    "de": frozenset(
        "der die das und den dem des ist nicht mit sich auf für ein eine einer eines zu im von bei auch "
        "wird wurde sind war hat haben nach wie über aus oder noch nur sie er es dass werden".split()
    ),
    "fr": frozenset(
        "le la les et des du un une est dans pour que qui pas sur au aux par avec ce cette son sa ses "
        "il elle ont été mais plus ne se en sont leur être selon".split()
    ),
    "es": frozenset(
        "el la los las y de del que en un una es por con para se su sus al lo como más pero fue ha "
        "han sobre entre este esta también según desde".split()
    ),
    "it": frozenset(
        "il lo la gli le e di del della dei che in un una è per con non si al alla sono da nel ha "
        "anche più come ma questo questa sul".split()
    ),
    "pt": frozenset(
        "o a os as e de do da dos das que em um uma é para com não se por no na ao mais como mas foi "
        "ser são pelo pela também seu sua".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te voor met zijn niet aan er die ook als bij door maar om "
        "nog wordt werd heeft hebben naar".split()
    ),
    "id": frozenset(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada sebagai "
        "mereka atau telah bahwa".split()
    ),
}

#: Below this many letters there is nothing to judge.
MIN_LETTERS = 3
#: Share of letters a script must have to name the language.
SCRIPT_SHARE = 0.3


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


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language ("en" for English), "unknown" if unsure, ``None`` if empty."""
    if not text or len(_LETTER.findall(text[:5000])) < MIN_LETTERS:
        return None
    sample = text[:20_000]
    # a non-Latin script needs many multi-byte characters; mostly-ASCII text skips the per-character scan
    extra_bytes = len(sample.encode("utf-8")) - len(sample)
    script = _script_guess(sample) if extra_bytes >= 0.02 * len(sample) else None
    if script:
        return script
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    scores = {code: sum(1 for w in words if w in stops) for code, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda c: scores[c])
    top = scores[best]
    second = max((v for c, v in scores.items() if c != best), default=0)
    if top < 2 or top / len(words) < 0.08 or top <= second:
        return "unknown"
    return best
