"""Event lexicons: which words signal which PLOVER event types, modes, statuses and topics.

The data lives in ``communique/data/events`` (see its README): curated TSV files
(``verbs.tsv``, ``nouns.tsv``, ``topics.tsv``, ``issue_tags.tsv``, ``status_cues.tsv``,
``word_classes.tsv``) and files generated from the CAMEO/Phoenix dictionaries by
:mod:`communique.events.build_lexicon` (``cameo/*.tsv``). Curated rows always rank above
CAMEO-derived ones; a curated row of type ``NONE`` says "not an event" and hides the
CAMEO fallback at that level.

Lookups take lemmas (spaCy's ``token.lemma_``); objects and modifiers are also
singularised, so ``"talks"`` and ``"talk"`` both work. Results are lists of
:class:`Trigger` sorted best first (most specific, then highest weight).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES = ("occurred", "planned", "expected", "hypothetical", "negated")
#: the word classes of reported speech (``word_classes.tsv``; see ``events.speech``)
SPEECH_CLASSES = ("accusation", "obligation", "wish", "warning", "disapproval", "fault", "labelling", "compliance",
                  "expectation", "certainty", "recourse", "endorsement", "misdeed", "virtue", "finding")
CAMEO_PATTERN_WEIGHT = 0.55
CAMEO_VERB_WEIGHT = 0.5
#: CAMEO verb blocks whose verbs name an act only through a pattern ("step up aid", "boost the alert
#: level"): alone they default to generic cooperation (060), which "escalated a showdown", "heightened
#: tensions", "directed violent language", "is heading into a meeting", "overseeing the agencies" are not
VAGUE_CAMEO_BLOCKS = frozenset({"BOOST", "OVERSEE_MANAGE", "LINK", "MERGE", "ALLOCATE"})
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Trigger:
    """One reading of a trigger word: PLOVER type and mode, with its provenance."""

    type: str
    mode: str | None
    cameo: str | None
    weight: float
    source: str  # "cameo" | "curated" | "model" | "speech" | "rule" (composed by the extractor from structure)
    note: str = ""


@dataclass(frozen=True)
class _Rule:
    """A topic rule: the tag holds when one phrase of each group matched."""

    tag: str
    groups: int


def singular(word: str) -> str:
    """Lowercase crude singular ("talks" -> "talk", "sanctions" -> "sanction")."""
    w = " ".join(word.lower().split())
    if " " in w:
        head, _, last = w.rpartition(" ")
        return f"{head} {singular(last)}"
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics", "news")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") else w


def _norm_verb(lemma: str) -> str:
    """Normalise a verb lemma: lowercase, "test fire"/"test-fired" -> "test-fire"."""
    w = " ".join(lemma.lower().replace("_", " ").split())
    w = w.replace(" ", "-") if w.startswith("test") else w
    return "test-fire" if w in ("test-fired", "testfire", "test-fires") else w


def _tokens(text: str) -> list[str]:
    """Lowercase word tokens; hyphens and punctuation split words."""
    return _WORD.findall(text.lower().replace("’", "'"))


def _rows(path: Path) -> Iterable[dict[str, str]]:
    """Rows of a TSV file with one ``#`` comment line before the header."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _trigger(row: Mapping[str, str], source: str, weight: float | None = None) -> Trigger:
    return Trigger(
        type=row["type"], mode=row.get("mode") or None, cameo=row.get("cameo") or None,
        weight=float(row["weight"]) if weight is None else weight, source=source,
        note=row.get("note", ""),
    )


class _PhraseIndex:
    """Longest-match, non-overlapping phrase matcher over word tokens (a one-level trie)."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}

    def add(self, phrase: str, value: object) -> None:
        toks = tuple(_tokens(phrase))
        if toks:
            self._by_first.setdefault(toks[0], []).append((toks, value))

    def freeze(self) -> None:
        for cands in self._by_first.values():
            cands.sort(key=lambda c: -len(c[0]))

    def find(self, tokens: list[str]) -> list[list[object]]:
        """Values of the phrases found (all values of the longest phrase at each point)."""
        found: list[list[object]] = []
        i = 0
        while i < len(tokens):
            best: tuple[str, ...] | None = None
            values: list[object] = []
            for toks, value in self._by_first.get(tokens[i], ()):
                if best is not None and len(toks) < len(best):
                    break
                if tuple(tokens[i:i + len(toks)]) == toks:
                    best = toks
                    values.append(value)
            if best:
                found.append(values)
                i += len(best)
            else:
                i += 1
        return found


def _longer_words(lemma: str) -> list[str]:
    """The words of ``lemma`` a sentence must hold: a one-word lemma, or a multi-word lemma's
    words of three letters or more ("pull out" -> pull, out; "according to" -> according)."""
    words = [w for w in re.split(r"[\s_-]+", lemma.lower().strip()) if w]
    return words if len(words) == 1 else [w for w in words if len(w) > 2]


class Lexicon:
    """Read-only lexicon; build it with :func:`load_lexicon`."""

    def __init__(self, data_dir: Path) -> None:
        """Load every table from ``data_dir`` (the packaged ``data/events`` by default)."""
        cameo = data_dir / "cameo"
        self._load_curated(data_dir)
        self._load_cameo(cameo)
        self._load_word_classes(data_dir)
        self._status = {r["cue"]: (r["status"], r["note"]) for r in _rows(data_dir / "status_cues.tsv")}
        self.status_cues: Mapping[str, str] = MappingProxyType({c: s for c, (s, _) in self._status.items()})
        self._topics = _PhraseIndex()
        self._rules: list[_Rule] = []
        self._load_topics(data_dir)
        self._discard_re = self._load_discards(cameo / "discards.tsv")

    def _load_curated(self, data_dir: Path) -> None:
        """The curated verb and noun triggers (verbs.tsv, nouns.tsv)."""
        self._verbs: dict[tuple[str, str, str], list[Trigger]] = {}
        for row in _rows(data_dir / "verbs.tsv"):
            key = (_norm_verb(row["lemma"]), row["prep"], singular(row["obj"]))
            self._verbs.setdefault(key, []).append(_trigger(row, "curated"))
        self._nouns: dict[tuple[str, str], list[Trigger]] = {}
        for row in _rows(data_dir / "nouns.tsv"):
            noun = (row["lemma"].lower(), singular(row["modifier"]))
            self._nouns.setdefault(noun, []).append(_trigger(row, "curated"))

    def _load_cameo(self, cameo: Path) -> None:
        """CAMEO's verb blocks (vague blocks kept without a trigger) and its patterns."""
        self._blocks: dict[tuple[str, str], list[tuple[str, Trigger | None]]] = {}
        for row in _rows(cameo / "cameo_verbs.tsv"):
            vague = row["block"] in VAGUE_CAMEO_BLOCKS
            trig = _trigger(row, "cameo", CAMEO_VERB_WEIGHT) if row["type"] and not vague else None
            self._blocks.setdefault((row["lemma"], row["particle"]), []).append((row["block"], trig))
        self._patterns: dict[tuple[str, str, str], list[Trigger]] = {}
        for row in _rows(cameo / "cameo_patterns.tsv"):
            if row["type"]:
                key = (row["block"], row["prep"], row["obj"])
                self._patterns.setdefault(key, []).append(_trigger(row, "cameo", CAMEO_PATTERN_WEIGHT))
        self._objects = frozenset(o for _, _, o in self._verbs if o) | frozenset(o for _, _, o in self._patterns if o)

    def _load_word_classes(self, data_dir: Path) -> None:
        """The word classes of word_classes.tsv, each a frozen set."""
        classes: dict[str, set[str]] = {}
        for row in _rows(data_dir / "word_classes.tsv"):
            classes.setdefault(row["class"], set()).add(row["word"])
        self.reporting_verbs = frozenset(classes.get("reporting", ()))
        self.light_verbs = frozenset(classes.get("light", ()))
        self.vague_verbs = frozenset(classes.get("vague", ()))
        self.commissive_verbs = frozenset(classes.get("commissive", ()))
        #: verbs of hosting (receive): a visit only with a guest or a meeting for object
        self.guest_verbs = frozenset(classes.get("guest", ()))
        #: verbs of greeting (welcome, greet): a visit when a person is greeted, else approval
        self.greeting_verbs = frozenset(classes.get("greeting", ()))
        #: verbs of effect (affect, impact): what a thing does to another, no actor's act
        self.effect_verbs = frozenset(classes.get("effect", ()))
        #: nouns of people a host receives ("hosted his counterpart"), named or not
        self.visitors = frozenset(classes.get("visitor", ()))
        #: labels that disapprove ("called the move a provocation"), besides the accusation words
        self.disapproval = frozenset(classes.get("disapproval", set()) | classes.get("accusation", set()))
        #: what reported speech says of another actor that makes it an event (see ``events.speech``)
        self.speech_classes: Mapping[str, frozenset[str]] = MappingProxyType(
            {c: frozenset(classes.get(c, ())) for c in SPEECH_CLASSES})

    def _load_topics(self, data_dir: Path) -> None:
        issue_map = {r["code"]: r["tag"] for r in _rows(data_dir / "issue_tags.tsv")}
        phoenix_rules: dict[str, int] = {}
        for row in _rows(data_dir / "cameo" / "issues.tsv"):
            if row["code"] == "-":
                self._topics.add(row["phrase"], None)  # ignore phrase: consumes the span
                continue
            tag = issue_map.get(row["code"], row["code"].lower())
            if tag not in phoenix_rules:
                phoenix_rules[tag] = len(self._rules)
                self._rules.append(_Rule(tag, 1))
            self._topics.add(row["phrase"], (phoenix_rules[tag], 0))
        for row in _rows(data_dir / "topics.tsv"):
            groups = [g for g in (row["phrases"], row["requires"]) if g]
            rule = len(self._rules)
            self._rules.append(_Rule(row["tag"], len(groups)))
            for g, group in enumerate(groups):
                for phrase in group.split("|"):
                    self._topics.add(phrase, (rule, g))
                    if phrase[-1:].isalpha() and not phrase.endswith("s"):
                        self._topics.add(phrase + "s", (rule, g))
        self._topics.freeze()

    @staticmethod
    def _load_discards(path: Path) -> dict[str, re.Pattern[str]]:
        alts: dict[str, list[str]] = {"sentence": [], "story": []}
        for row in _rows(path):
            body = r"\s+".join(re.escape(w) for w in row["phrase"].split())
            alts[row["scope"]].append(body + (r"(?![a-z0-9])" if row["match"] == "word" else ""))
        return {k: re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(v, key=len, reverse=True)) + ")")
                for k, v in alts.items() if v}

    # ----------------------------------------------------------------- verbs
    def verb(self, lemma: str, *, particle: str | None = None, prep: str | None = None,
             obj_lemma: str | None = None, obj_compound: str | None = None) -> list[Trigger]:
        """Event readings of a verb, given its particle, preposition and object lemma.

        Order of evidence: curated (verb, prep, object) > curated (verb, prep) >
        curated (verb, object) > [light verbs: the object noun] > CAMEO patterns >
        curated verb default > CAMEO verb default. A curated ``NONE`` row stops the
        search at its level and yields ``[]``. Reporting verbs yield ``[]``.
        ``obj_lemma`` may be a phrase ("export control"); ``obj_compound`` is the
        object's compound modifier, used when the object noun decides.
        """
        v = _norm_verb(lemma)
        obj = singular(obj_lemma) if obj_lemma else ""
        preps = [p.lower() for p in (particle, prep) if p]
        if v in self.reporting_verbs and not obj:
            return []
        levels: list[list[Trigger]] = []
        for p in preps:
            if obj:
                levels.append(self._verbs.get((v, p, obj), []))
            levels.append(self._verbs.get((v, p, ""), []))
        if obj:
            levels.append(self._verbs.get((v, "", obj), []))
            light = v in self.light_verbs or any(f"{v} {p}" in self.light_verbs for p in preps) \
                or self._increase_only(v, preps)  # "escalated tariffs": the object names the act
            if light or v in self.reporting_verbs or (v, "", "") in self._verbs \
                    and self._verbs[(v, "", "")][0].type == "NONE":
                levels.append(self.noun(obj, compound=obj_compound))
        levels.append(self._cameo_patterns(v, preps, obj))
        levels.append(self._verbs.get((v, "", ""), []))
        if v not in self.light_verbs and v not in self.reporting_verbs:
            levels.append(self._cameo_default(v, preps))
        for level in levels:
            if level:
                if level[0].type == "NONE":
                    return []
                return _rank(level)
        return []

    def object_key(self, lemma: str, word: str) -> str:
        """The word a verb's object is looked up by: its lemma, or the object's own lower-cased word
        when only that is an object the tables know: the parser lemmatises "motives" as "motif", and
        "questioned the motives of X" is read by "motive"."""
        if singular(lemma) in self._objects or singular(word) not in self._objects:
            return lemma
        return word.lower()

    def denies(self, lemma: str, *, particle: str | None = None, obj_lemma: str | None = None) -> bool:
        """Whether a curated row says the verb (with its particle) is no event by itself, whatever a
        learned reader makes of it: "affect", "question", "back away". A verb with no such row of its
        own is denied by a ``NONE`` row for its object ("dropped its weapons": the row corrects what the
        CAMEO patterns and the reader make of the object; "hosts refugees" still takes the reader's aid,
        its row only undoing the curated visit). Light verbs, resolved through their object, are never
        denied here."""
        v = _norm_verb(lemma)
        if v in self.light_verbs:
            return False
        part = particle.lower() if particle else ""
        rows = self._verbs.get((v, part, ""), [])
        if not rows and obj_lemma:
            rows = self._verbs.get((v, part, singular(obj_lemma)), [])
        return bool(rows) and rows[0].type == "NONE"

    def complement(self, lemma: str, xcomp: str, *, xcomp_obj: str | None = None) -> list[Trigger]:
        """The reading a verb takes from its infinitive complement: "vowed to retaliate",
        "vowed to take countermeasures" (``xcomp="take", xcomp_obj="countermeasure"``).

        Looks up curated ``verbs.tsv`` rows with prep ``to`` and the complement's lemma (with its
        particle, "hit back") or its object as the object. ``[]`` when no row says anything: the
        verb's own reading (``verb()``) then stands.
        """
        v = _norm_verb(lemma)
        for key in (xcomp, xcomp_obj):
            if key:
                level = self._verbs.get((v, "to", singular(key)), [])
                if level:
                    return [] if level[0].type == "NONE" else _rank(level)
        return []

    def _cameo_blocks(self, v: str, preps: list[str]) -> list[tuple[str, Trigger | None]]:
        for p in preps:
            if (v, p) in self._blocks:
                return self._blocks[(v, p)]
        return self._blocks.get((v, ""), [])

    def _cameo_patterns(self, v: str, preps: list[str], obj: str) -> list[Trigger]:
        out: list[Trigger] = []
        for block, _ in self._cameo_blocks(v, preps):
            keys = [(block, p, obj) for p in preps] if obj else []
            keys += [(block, "", obj)] if obj else []
            keys += [(block, p, "") for p in preps]
            for key in keys:
                if key in self._patterns:
                    out.extend(self._patterns[key])
                    break
        return out

    def _increase_only(self, v: str, preps: list[str]) -> bool:
        """Whether the verb is only one of increase (CAMEO's BOOST block: "escalate", "intensify"):
        what it increases is the act ("escalated tariffs"); not "monitored the test"."""
        blocks = self._cameo_blocks(v, preps)
        return bool(blocks) and all(block == "BOOST" for block, _ in blocks)

    def _cameo_default(self, v: str, preps: list[str]) -> list[Trigger]:
        return [t for _, t in self._cameo_blocks(v, preps) if t is not None]

    def trigger_words(self) -> frozenset[str]:
        """Every word of :meth:`trigger_requirements`: what a word must be (as a lemma) to be part
        of a trigger of the curated lexicon."""
        return frozenset(w for need in self.trigger_requirements() for w in need)

    def trigger_requirements(self) -> frozenset[frozenset[str]]:
        """What a sentence needs to hold an event of the curated lexicon (the parse cascade reads
        it, ``communique.nlp.cascade``): sets of lemmas, all of one set present. One set per
        curated verb or noun row that types an event, its lemma's words with its object or
        modifier ("have" + "talk": a bare "have" types nothing), and one per verb of saying,
        wishing, labelling and expecting. Rows of type NONE (blocks of a noisy CAMEO default)
        are left out, and so are the CAMEO verb blocks: they hold most English verbs.
        Multi-word lemmas count by their longer words."""
        rows: list[tuple[str, str]] = [(lemma, obj) for (lemma, _, obj), trs in self._verbs.items()
                                       if any(t.type != "NONE" for t in trs)]
        rows += [(lemma, mod) for (lemma, mod), trs in self._nouns.items() if any(t.type != "NONE" for t in trs)]
        speech = self.reporting_verbs | self.speech_classes["wish"] | self.speech_classes["labelling"]
        rows += [(lemma, "") for lemma in speech | self.speech_classes["expectation"] | self.speech_classes["finding"]]
        return frozenset(frozenset(_longer_words(lemma) + _longer_words(extra))
                         for lemma, extra in rows if lemma != "*")

    def is_reporting_verb(self, lemma: str) -> bool:
        """True for verbs of saying (say, tell, add, announce, "according to", ...)."""
        return _norm_verb(lemma) in self.reporting_verbs

    def is_light_verb(self, lemma: str) -> bool:
        """True for verbs that take their event type from the object (hold, conduct, impose...)."""
        return _norm_verb(lemma) in self.light_verbs

    def is_commissive(self, lemma: str) -> bool:
        """True for verbs that commit the speaker to a future act (vow, pledge, promise, threaten,
        warn): a hostile act committed to is a threat (see ``EventExtractor._threat_in``)."""
        return _norm_verb(lemma) in self.commissive_verbs

    def is_vague_verb(self, lemma: str) -> bool:
        """True for verbs too vague to be events on their own (discuss, address, seek...)."""
        return _norm_verb(lemma) in self.vague_verbs

    def blocks_object(self, lemma: str, obj_lemma: str) -> bool:
        """True when a curated row says the verb with this object is no event ("release a report")."""
        level = self._verbs.get((_norm_verb(lemma), "", singular(obj_lemma)), [])
        return bool(level) and level[0].type == "NONE"

    def blocks_prep(self, lemma: str, prep: str) -> bool:
        """True when a curated row says the verb with this preposition is no event, whatever its
        object names ("clashed over who should decide", "seized on the remarks")."""
        level = self._verbs.get((_norm_verb(lemma), prep.lower(), ""), [])
        return bool(level) and level[0].type == "NONE"

    # ----------------------------------------------------------------- nouns
    def noun(self, lemma: str, *, compound: str | None = None, adj: str | None = None) -> list[Trigger]:
        """Event readings of a noun given its compound modifier and adjective.

        ``noun("test", compound="missile")`` -> MOBILIZE; ``noun("summit", adj="virtual")``
        -> CONSULT mode "virtual"; ``noun("call", compound="phone")`` -> CONSULT "phone".
        Multi-word nouns ("show of force") are looked up whole.
        """
        level, mods = self._noun_level(lemma, compound, adj)
        if not level or level[0].type == "NONE":
            return []
        out = []
        for trig in level:
            for m in mods:
                setter = self._nouns.get(("*", m))
                if setter and setter[0].type == trig.type and setter[0].mode:
                    trig = Trigger(trig.type, setter[0].mode, trig.cameo, trig.weight, trig.source, trig.note)
                    break
            out.append(trig)
        return _rank(out)

    def denies_noun(self, lemma: str, *, compound: str | None = None, adj: str | None = None) -> bool:
        """Whether a curated ``NONE`` row says the noun with these modifiers is no event ("travel
        alert", "fire drill"), whatever a learned reader makes of the verb that carries it."""
        level, _ = self._noun_level(lemma, compound, adj)
        return bool(level) and level[0].type == "NONE"

    def _noun_level(self, lemma: str, compound: str | None, adj: str | None) -> tuple[list[Trigger], list[str]]:
        """The curated rows that decide a noun's reading (``_noun_rows``) and the singular modifiers
        they were read under; a multi-word noun with no row of its own is read by its last word,
        with the words before it as its compound."""
        n = singular(lemma)
        mods = [singular(m) for m in (compound, adj) if m]
        level = self._noun_rows(n, mods)
        if not level and " " in n:
            *rest, head = n.split()
            return self._noun_level(head, " ".join(rest), adj)
        return level, mods

    def _noun_rows(self, n: str, mods: list[str]) -> list[Trigger]:
        """The curated rows that decide the singular noun ``n``'s reading under its modifiers."""
        # the first modifier with a reading decides, but a NONE ("fire drill") yields to another
        # modifier's event reading ("live-fire military drills": compound fire, adjective military)
        found = [lv for lv in (self._nouns.get((n, m), []) for m in mods) if lv]
        level = next((lv for lv in found if lv[0].type != "NONE"), found[0] if found else [])
        return level or self._nouns.get((n, ""), [])

    # ----------------------------------------------------------------- text
    def topics(self, text: str) -> tuple[str, ...]:
        """Issue tags of a sentence, sorted (e.g. ``("north_korea_nuclear", "taiwan")``)."""
        hits: dict[int, set[int]] = {}
        for values in self._topics.find(_tokens(text)):
            for value in values:
                if isinstance(value, tuple):
                    hits.setdefault(value[0], set()).add(value[1])
        return tuple(sorted({self._rules[r].tag for r, g in hits.items() if len(g) == self._rules[r].groups}))

    def discard(self, text: str, *, story: bool = False) -> bool:
        """True if the sentence is about sports, entertainment etc. (Phoenix discards).

        With ``story=True`` only the story-level phrases count (a match discards the
        whole article).
        """
        low = " ".join(text.lower().split())
        scopes = ("story",) if story else ("story", "sentence")
        return any(s in self._discard_re and self._discard_re[s].search(low) for s in scopes)

    def status_cue(self, phrase: str) -> tuple[str, str] | None:
        """(status, note) of a cue phrase, or None."""
        return self._status.get(" ".join(phrase.lower().split()))


def _rank(triggers: Iterable[Trigger]) -> list[Trigger]:
    """Deduplicate on (type, mode), keep the best weight, sort by weight (stable)."""
    best: dict[tuple[str, str | None], Trigger] = {}
    for t in triggers:
        key = (t.type, t.mode)
        if key not in best or t.weight > best[key].weight:
            best[key] = t
    return sorted(best.values(), key=lambda t: -t.weight)


def data_dir() -> Path:
    """The packaged lexicon folder."""
    return Path(__file__).resolve().parent.parent / "data" / "events"


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The lexicon from ``path`` or the packaged data (cached)."""
    return Lexicon(path or data_dir())
