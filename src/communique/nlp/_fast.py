"""Faster stand-ins for two of the English pipeline's Python components, with the same output.

Of the pipeline's CPU a third went to two components that are plain Python over every token:

* the **attribute ruler** runs spaCy's ``Matcher`` (its ~180 patterns, each tried at every
  token) to map fine tags to parts of speech and morphology. Its patterns read only a token's
  tag, lower-case form, dependency label and whether it is a space, so a token's single-token
  matches depend on those four values alone: :func:`fast_matches` works them out once per
  distinct four (a dict lookup for every other token) and checks the few multi-token patterns
  at each start, then hands the same sorted matches to the ruler's own ``set_annotations``.
* the **lemmatiser** (rule mode) builds a ``Token`` and a ``MorphAnalysis`` per token and
  repeats the suffix rules for every occurrence of a word; its result depends on the form,
  the part of speech and the morphology alone, so :class:`FastLemmatizer` reads those three as
  one array, computes each distinct triple's lemma once with the component's own
  ``lemmatize`` and writes the lemmas back as an array.

:func:`speed_up` switches the loaded pipeline's two components to these, in place (names,
order, tables and settings unchanged), and leaves a pipeline whose patterns use anything
else (operators, other attributes) as it was. A test compares every token's tag, part of
speech, morphology, lemma and dependency with the stock components'.
"""

from __future__ import annotations

import operator
import re
import warnings
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

__all__ = ["FastLemmatizer", "FastAttributeRuler", "fast_matches", "speed_up"]

#: the token attributes the ruler's patterns may read, in ``Doc.to_array`` order
_READ = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
#: what a token passes: its tests' numbers, its single-token matches (attribute id, match id) and
#: the longer patterns whose first token it matches (attribute id, match id, the tokens' test numbers)
_Token = tuple[frozenset[int], tuple[tuple[int, int], ...], tuple[tuple[int, int, list[int]], ...]]
#: distinct values remembered before a cache starts afresh (a run's vocabulary fits many times)
CACHE_SIZE = 200_000


def _value_test(value: Any) -> Callable[[Any], bool] | None:
    """The test one pattern value makes of an attribute (its string, or a bool for IS_SPACE), as
    spaCy's ``Matcher`` makes it; None for a value it does not handle (the stock ruler then runs)."""
    if isinstance(value, (str, bool)):
        return partial(operator.eq, value)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            return frozenset(arg).__contains__
        if op == "NOT_IN" and isinstance(arg, list):
            return partial(_outside, frozenset(arg))
        if op == "REGEX" and isinstance(arg, str):
            return partial(_searches, re.compile(arg))
    return None


def _outside(within: frozenset[Any], value: Any) -> bool:
    return value not in within


def _searches(rx: "re.Pattern[str]", value: Any) -> bool:
    return isinstance(value, str) and rx.search(value) is not None


class _Attribute:
    """The tests the patterns make of one attribute, numbered; ``passed`` gives the numbers of
    those a value passes, worked out once per distinct value (a hash from ``Doc.to_array``)."""

    def __init__(self, strings: "StringStore", flag: bool):
        self.strings, self.flag = strings, flag
        self.equal: dict[Any, list[int]] = {}  # value -> numbers of the equality tests it passes
        self.other: list[tuple[int, Callable[[Any], bool]]] = []
        self.cache: dict[int, frozenset[int]] = {}

    def add(self, number: int, value: Any) -> bool:
        if isinstance(value, (str, bool)):
            self.equal.setdefault(value, []).append(number)
            return True
        test = _value_test(value)
        if test is not None:
            self.other.append((number, test))
        return test is not None

    def passed(self, key: int) -> frozenset[int]:
        known = self.cache.get(key)
        if known is None:
            value = bool(key) if self.flag else self.strings[key]
            known = frozenset([*self.equal.get(value, ()), *(n for n, test in self.other if test(value))])
            if len(self.cache) >= CACHE_SIZE:
                self.cache.clear()
            self.cache[key] = known
        return known


class _Patterns:
    """An attribute ruler's patterns as tests, each with its attribute id (the ruler's order of
    precedence, which ``set_annotations`` follows) and its match id (the matcher's key). A pattern
    token's test is the set of its attributes' tests, all of which must pass."""

    def __init__(self, strings: "StringStore"):
        self.attributes = [_Attribute(strings, name == "IS_SPACE") for name in _READ]
        self.atoms = 0  # attribute tests numbered so far
        self.tokens: list[frozenset[int]] = []  # each pattern token's attribute tests
        self.singles: list[tuple[int, int, int]] = []  # attribute id, match id, token number
        self.longer: list[tuple[int, int, list[int]]] = []  # attribute id, match id, token numbers
        self.strings = strings
        self.cache: dict[tuple[frozenset[int], ...], _Token] = {}

    @classmethod
    def of(cls, ruler: AttributeRuler) -> "_Patterns | None":
        """The ruler's patterns, or None if one of them reads what the tests do not handle."""
        out = cls(ruler.vocab.strings)
        for attr_id, group in enumerate(ruler.patterns):
            for pattern in cast("list[list[dict[str, Any]]]", group["patterns"]):
                if not pattern or not out.add(attr_id, pattern):
                    return None
        return out

    def add(self, attr_id: int, pattern: list[dict[str, Any]]) -> bool:
        numbers = []
        for spec in pattern:
            atoms = []
            for attr, value in spec.items():
                if attr not in _READ or not self.attributes[_READ.index(attr)].add(self.atoms, value):
                    return False
                atoms.append(self.atoms)
                self.atoms += 1
            numbers.append(len(self.tokens))
            self.tokens.append(frozenset(atoms))
        match_id = self.strings[str(attr_id)]
        if len(numbers) == 1:
            self.singles.append((attr_id, match_id, numbers[0]))
        else:
            self.longer.append((attr_id, match_id, numbers))
        return True

    def token(self, key: list[int]) -> _Token:
        """What a token with ``key`` (its tag, lower-case form, dependency label and space flag,
        as hashes) passes."""
        sig = tuple(a.passed(k) for a, k in zip(self.attributes, key))
        known = self.cache.get(sig)
        if known is None:
            atoms = frozenset().union(*sig)
            passed = frozenset(n for n, needs in enumerate(self.tokens) if needs <= atoms)
            known = (passed, tuple((a, m) for a, m, n in self.singles if n in passed),
                     tuple(p for p in self.longer if p[2][0] in passed))
            self.cache[sig] = known
        return known


class FastAttributeRuler(AttributeRuler):
    """The attribute ruler with :func:`fast_matches` in place of its ``Matcher`` (``speed_up``)."""

    _fast: "_Patterns"

    def match(self, doc: "Doc") -> list[tuple[int, int, int, int]]:
        return fast_matches(self._fast, doc)


def fast_matches(patterns: _Patterns, doc: "Doc") -> list[tuple[int, int, int, int]]:
    """What ``AttributeRuler.match`` returns for ``doc``: (attribute id, match id, start, end) of
    every pattern match, sorted."""
    rows = [patterns.token(r) for r in doc.to_array(_COLUMNS).tolist()]
    found: set[tuple[int, int, int, int]] = set()
    n = len(rows)
    for i, (_, singles, starts) in enumerate(rows):
        found.update((a, m, i, i + 1) for a, m in singles)
        for a, m, tests in starts:
            end = i + len(tests)
            if end <= n and all(t in rows[i + k][0] for k, t in enumerate(tests)):
                found.add((a, m, i, end))
    return sorted(found)


class FastLemmatizer(EnglishLemmatizer):
    """The English rule lemmatiser, each distinct (form, part of speech, morphology) lemmatised
    once (``speed_up``), by :meth:`first_lemma`."""

    _lemmas: dict[tuple[int, int, int], int]
    _index: dict[str, frozenset[str]]

    def first_lemma(self, token: "Token") -> str:
        """``rule_lemmatize(token)[0]``, step for step, with the index of known lemmas read as
        a set: spaCy tests ``form in index`` against a list of tens of thousands of words."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return string.lower()
        if self.is_base_form(token):
            return string.lower()
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        index = self._index.get(univ_pos)
        if index is None:
            index = self._index[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules_table.get(univ_pos, {}):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exc_table.get(univ_pos, {}).get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]

    def __call__(self, doc: "Doc") -> "Doc":
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3:4].copy()
            cache, add = self._lemmas, self.vocab.strings.add
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if self.overwrite or lemma == 0:
                    known = cache.get((orth, pos, morph))
                    if known is None:
                        known = add(self.first_lemma(doc[i]))
                        if len(cache) >= CACHE_SIZE:
                            cache.clear()
                        cache[(orth, pos, morph)] = known
                    lemmas[i, 0] = known
            doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
            return doc
        except Exception as e:  # noqa: BLE001 - as the stock component: its error handler decides
            error_handler(self.name, self, [doc], e)
            return doc


def speed_up(nlp: "Language") -> list[str]:
    """Switch ``nlp``'s attribute ruler and English rule lemmatiser to the faster classes above,
    in place; the names of the components switched."""
    switched = []
    for name, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            patterns = _Patterns.of(proc)
            if patterns is not None:
                proc.__class__ = FastAttributeRuler
                proc._fast = patterns  # type: ignore[attr-defined]
                switched.append(name)
        elif type(proc) is EnglishLemmatizer and proc.mode == "rule":
            proc.__class__ = FastLemmatizer
            proc._lemmas, proc._index = {}, {}  # type: ignore[attr-defined]
            switched.append(name)
    return switched
