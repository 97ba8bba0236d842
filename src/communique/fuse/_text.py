"""Amounts stated in an evidence sentence: sums of money and percentages.

They come from the announcement itself and every outlet repeats them ("25 percent tariffs on
$34 billion of goods"), so two reports that both state amounts and share none are most likely
of two events: two tranches of tariffs, two rounds of sanctions, two aid packages. Casualty
and other counts are left out: they change from one report to the next as the toll rises.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUM = r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)"
_SCALE_WORDS = r"(thousand|million|billion|trillion|bn|mn|tn|m|b)"
_SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
_MONEY_SIGN = re.compile(rf"[$€£¥]\s?{_NUM}\s*(?:{_SCALE_WORDS}\b)?", re.I)
_MONEY_WORD = re.compile(rf"{_NUM}\s*(?:{_SCALE_WORDS}\s+)?(?:dollars|euros|pounds|yuan|yen|rubles|roubles)\b",
                         re.I)
_PERCENT = re.compile(rf"{_NUM}\s*(?:%|per\s?cent\b)", re.I)
#: what every amount holds: most sentences hold none, and are not scanned further
_HINT = re.compile(r"[$€£¥%]|per\s?cent|dollars|euros|pounds|yuan|yen|rubles|roubles", re.I)


def _value(num: str, scale: str | None) -> str:
    """The amount as a plain number ("34bn" and "34 billion" are both 3.4e+10)."""
    try:
        value = float(num.replace(",", "")) * _SCALE.get((scale or "").lower(), 1.0)
    except ValueError:
        return num
    return f"{value:g}"


def amounts(text: str) -> frozenset[str]:
    """Sums of money (``money:VALUE``; the currency is not kept, as outlets convert it) and
    percentages (``pct:VALUE``) stated in ``text``."""
    if not _HINT.search(text):
        return frozenset()
    found = {"money:" + _value(m.group(1), m.group(2)) for m in _MONEY_SIGN.finditer(text)}
    found |= {"money:" + _value(m.group(1), m.group(2)) for m in _MONEY_WORD.finditer(text)}
    found |= {"pct:" + _value(m.group(1), None) for m in _PERCENT.finditer(text)}
    return frozenset(found)


_SIBILANT_ES = ("ches", "shes", "sses", "xes", "zes")
_UNDOUBLE = frozenset("bdgmnprt")


@lru_cache(maxsize=1 << 16)  # news repeats its words: most are stemmed once (a bound on memory)
def stem(word: str) -> str:
    """A light English stemmer for comparing two reports' words: inflections of one word
    share a stem ("supports"/"support", "denied"/"denies"/"deny", "launches"/"launching",
    "strikes"/"struck" excepted), and derived words keep theirs ("accusation" is not
    "accused"). Only suffixes are cut, never to a stem under three letters, and a final
    "e" goes, so that "agree" and "agreed", "strike" and "strikes" meet."""
    w = word[:-2] if word.endswith(("'s", "s'")) else word
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if w.endswith(_SIBILANT_ES) and len(w) > 5:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("eed") and len(w) > 4:
        w = w[:-1]  # "agreed" goes the way of "agree"
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] in _UNDOUBLE:
        w = w[:-1]  # "stopped", "planning"
    return w[:-1] if w.endswith("e") and len(w) > 3 else w
