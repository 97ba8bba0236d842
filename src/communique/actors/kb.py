"""The knowledge base: load it, resolve a mention at a date, find mentions in a spaCy Doc.

>>> kb = KnowledgeBase.load()
>>> kb.resolve("Prime Minister Suga", "2021-04-16").name
'Yoshihide Suga'
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from communique.actors.build import COMPILED_NAME, compile_sources, data_dir
from communique.actors.index import Index, build_index
from communique.actors.legislatures import legislature_mentions
from communique.actors.matcher import Matcher
from communique.actors.overrides import Override, read_overrides
from communique.actors.sources import read_user_file
from communique.actors.text import Tok, doc_tokens, phrase_key, spelt_as, tokenize, unaccented
from communique._safe import need_text
from communique.errors import KnowledgeBaseError
from communique.types import GOVERNMENT_NAMED, Actor, Location, Mention

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][0-9:.+\-Z]*)?)?)?$")


def normalize_date(date: str | _dt.date | None) -> str | None:
    """An ISO date at day precision for lookups: ``2021`` -> ``2021-07-01``, ``2021-04`` -> ``2021-04-15``."""
    if date is None or date == "":
        return None
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.isoformat()[:10]
    m = _DATE.match(str(date).strip())
    if not m:
        raise KnowledgeBaseError(f"bad date {date!r}", input=str(date),
                                 hint="give the date as YYYY-MM-DD, YYYY-MM or YYYY")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo is None:
        return f"{y}-07-01"
    out = f"{y}-{mo}-{d or '15'}"
    try:
        _dt.date.fromisoformat(out)
    except ValueError as exc:
        raise KnowledgeBaseError(f"bad date {date!r}", input=str(date),
                                 hint="give a real calendar date as YYYY-MM-DD") from exc
    return out


@lru_cache(maxsize=4)
def _read_compiled(path: str) -> dict[str, Any]:
    p = Path(path)
    if not p.is_file():
        # the packaged compiled file is missing (a fresh checkout): compile in memory
        return compile_sources()
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KnowledgeBaseError(f"cannot read the compiled knowledge base: {exc}", input=path,
                                 hint="rebuild it with `python -m communique.actors.build`") from exc


def as_written(actor: Actor, surface: str) -> Actor:
    """A person as the article names them: the base's name without its diacritics where the text writes
    it without them ("Erdogan" for the base's "Recep Tayyip Erdoğan"); the same person (same id), so
    the output reads as the article does and matches what readers search for. Also the leader a
    government is named after ("the Erdogan government"). A person the base does not know, named from
    the text's words, with the text's hyphens ("Abdullah al-Thinni")."""
    if actor.leader is not None:
        return replace(actor, leader=as_written(actor.leader, surface))
    if actor.kind == "person" and actor.id is None:
        return replace(actor, name=spelt_as(actor.name, surface))
    if actor.kind != "person" or actor.name.isascii() or not surface.isascii():
        return actor
    plain = unaccented(actor.name)
    if not set(surface.split()) & set(plain.split()):
        return actor  # a title alone ("the Turkish president"): the text does not spell the name
    return replace(actor, name=plain)


#: chambers of a body that sit at one seat, by the body's code and the chamber's name: what "the U.N.
#: Security Council" decides or says, it does in New York (other bodies of the U.N. sit elsewhere:
#: the Human Rights Council in Geneva)
CHAMBER_SEATS: dict[tuple[str, str], Location] = {
    ("UN", "Security Council"): Location("New York", "USA"),
    ("UN", "General Assembly"): Location("New York", "USA"),
}


def chamber_seat(actor: Actor | None, text: str) -> Location | None:
    """The seat of the chamber of ``actor`` (an organisation) that ``text`` names, if it names one."""
    if actor is None or actor.kind != "organization":
        return None
    return next((seat for (code, name), seat in CHAMBER_SEATS.items()
                 if code == actor.code and _names_chamber(text, name)), None)


#: words that, before a chamber's name, make it another body's ("Iran's Supreme National Security Council")
_OTHER_BODY_WORDS = frozenset({"National"})


def _names_chamber(text: str, name: str) -> bool:
    """Whether ``text`` names the chamber ``name`` on its own, not as the tail of another body's name
    ("Iran's Supreme National Security Council", "the U.S. National Security Council")."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = text[:m.start()].split()
        if not before or before[-1] not in _OTHER_BODY_WORDS:
            return True
    return False


def leader_acting(actor: Actor | None) -> Actor | None:
    """Who an event's side is in the exchange format: for a state named by its leader's government
    ("the Trump administration imposed sanctions") the leader, under the state's code, as "Putin's
    government" names Putin; any other actor itself. Argument reading keeps the state (``it``, "its
    officials"); only the finished event names the leader."""
    return actor.leader if actor is not None and actor.leader is not None else actor


def government_named(actors: Iterable[Actor | None]) -> dict[str, list[str]]:
    """The ``Event.extra`` record (``GOVERNMENT_NAMED``) of the leaders who will stand for their
    states in an event (``leader_acting``); empty when no side is named by a leader's government."""
    names = sorted({a.leader.name for a in actors if a is not None and a.leader is not None})
    return {GOVERNMENT_NAMED: names} if names else {}


def one_spelling(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one text with one spelling per person: the plain one (``as_written``) wherever
    the text writes the name plainly once, so an article's "Erdoğan" and "Erdogan" are one name."""
    plain = {m.actor.id for m in mentions if m.actor.kind == "person" and m.actor.id and m.actor.name.isascii()}
    return [replace(m, actor=replace(m.actor, name=unaccented(m.actor.name)))
            if m.actor.id in plain and not m.actor.name.isascii() else m for m in mentions]


class KnowledgeBase:
    """Actors with dated roles, and the resolver and mention finder over them."""

    def __init__(self, index: Index, sources: tuple[str, ...] = (), overrides: Iterable[Override] = ()):
        self._ix = index
        self._matcher = Matcher(index)
        self.sources = sources
        self._overrides: dict[str, list[Override]] = {}
        for o in overrides:
            if o.actor is not None and o.actor not in index.by_id and o.actor.upper() not in index.by_code:
                raise KnowledgeBaseError(f"override actor {o.actor!r} is not in the knowledge base", input=o.where,
                                         hint="give an id or code that `communique actors show NAME` prints, "
                                              "or null to block the name")
            self._overrides.setdefault(o.key, []).append(o)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = (), path: str | Path | None = None) -> "KnowledgeBase":
        """The packaged compiled base (or ``path``) plus user files (.yaml, .csv, Phoenix .actors)."""
        compiled_path = Path(path) if path is not None else data_dir() / COMPILED_NAME
        if path is not None and not compiled_path.is_file():
            raise KnowledgeBaseError("no such compiled knowledge base", input=str(compiled_path),
                                     hint="build one with `python -m communique.actors.build --out FILE`")
        compiled = _read_compiled(str(compiled_path))
        records: list[dict[str, Any]] = []
        overrides: list[Override] = []
        for f in extra:
            records += read_user_file(f)
            overrides += read_overrides(f)
        # the index mutates entity records when merging; give it copies
        copy = {**compiled, "entities": [dict(e) for e in compiled["entities"]]}
        return cls(build_index(copy, records), tuple(str(f) for f in extra), overrides)

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "KnowledgeBase":
        """The packaged base, loaded once per process."""
        return KnowledgeBase.load()

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, text: str, date: str | _dt.date | None = None) -> Actor | None:
        """The actor a mention names at a date ("Prime Minister Suga", "Japan's foreign minister",
        "Tokyo", "NATO"), or None when nothing in the base matches."""
        text = need_text("KnowledgeBase.resolve: text", text)
        d = normalize_date(date)
        toks = tokenize(text)
        matches = self._corrected(self._matcher.mentions(toks, d), toks, text, d)
        if not matches:
            return None
        best = max(matches, key=lambda m: (toks[m.end - 1].end - toks[m.start].start, -m.start))
        return best.actor

    def title_roles(self, title: str) -> set[str]:
        """The roles a title phrase names: its usual one when it has one ("president" ->
        ``{"head of state"}``, although some states' presidents head the government), else every
        role it names somewhere; empty for a phrase that is no title."""
        key = phrase_key(title)
        usual = self._ix.title_role(key, None)
        return {usual} if usual else self._ix.title_roles(key)

    def find_mentions(self, doc: Any, date: str | _dt.date | None = None) -> list[Mention]:
        """Non-overlapping, longest-match actor mentions in a spaCy ``Doc``, resolved at ``date``."""
        d = normalize_date(date)
        toks, text = doc_tokens(doc)
        out = []
        for m in self._corrected(self._matcher.mentions(toks, d), toks, text, d):
            start, end = toks[m.start].start, toks[m.end - 1].end
            if (m.how == "metonym" and _names_a_thing(doc, start, end)) or _opposed(text, start) \
                    or _model_name(text, end, m.how):
                continue  # ("Fateh-110 missiles": a model's name)
            if m.actor.kind != "person" and _begins_a_persons_name(doc, start, end):
                continue  # "Rep. Dutch Ruppersberger", "Jordan Peterson": a first name, no state
            out.append(Mention(start=start, end=end, text=text[start:end], actor=as_written(m.actor, text[start:end]),
                               how=m.how))
        out += legislature_mentions(doc, out, self.actor("USA"))  # "the Senate", "the House": by the article
        return one_spelling(sorted(out, key=lambda m: m.start))

    def mentions_in_text(self, text: str, date: str | _dt.date | None = None,
                         toks: list[Tok] | None = None) -> list[Mention]:
        """Like :meth:`find_mentions` for a plain string (no spaCy parse); ``toks``, when given, are
        ``tokenize(text)`` already made (the parse cascade's cheap pass reads them too)."""
        d = normalize_date(date)
        toks = tokenize(text) if toks is None else toks
        return one_spelling([Mention(toks[m.start].start, toks[m.end - 1].end,
                                     text[toks[m.start].start:toks[m.end - 1].end],
                                     as_written(m.actor, text[toks[m.start].start:toks[m.end - 1].end]), m.how)
                             for m in self._corrected(self._matcher.mentions(toks, d), toks, text, d)
                             if not _opposed(text, toks[m.start].start)
                             and not _model_name(text, toks[m.end - 1].end, m.how)])

    def _corrected(self, matches: list[Any], toks: list[Any], text: str, date: str | None) -> list[Any]:
        """``matches`` with the user's overrides applied: remapped to another actor, or dropped.

        An override's name matches the mention's text, the mention with up to three words before it
        ("Jimmy Carter" where the base matched only "Carter"; the mention then covers them), or the
        mention without its first words ("Jimmy Carter" where the base matched "president Jimmy
        Carter"); the longest such text with a rule decides.
        """
        if not self._overrides:
            return matches
        out: list[Any] = []
        for m in matches:
            floor = out[-1].end if out else 0
            rule, start = None, m.start
            for first in range(max(floor, m.start - 3), m.end):
                key = phrase_key(text[toks[first].start:toks[m.end - 1].end])
                rule = next((o for o in self._overrides.get(key, ()) if o.applies(date)), None)
                if rule is not None:
                    start = min(first, m.start)
                    break
            if rule is None:
                out.append(m)
            elif rule.actor is not None:
                out.append(m._replace(start=start, actor=self._actor_of(rule.actor, date)))
        return out

    def actor(self, code: str) -> Actor | None:
        """The state or organisation with this code (``"UKR"`` -> Ukraine), or None."""
        idx = self._ix.by_code.get(code.upper())
        return None if idx is None else self._ix.entity_actor(idx)

    def members(self, code: str) -> list[Actor]:
        """The member states of a group of states named by a label (``"P5+1"`` -> the United States,
        Britain, France, China, Russia and Germany); none for any other actor."""
        idx = self._ix.by_code.get(code.upper())
        codes = [] if idx is None else self._ix.ents[idx].get("members") or []
        return [self.actor(c) or Actor(c, c, "state") for c in codes]

    def as_members(self, actors: list[Actor], named: Iterable[Actor] = ()) -> list[Actor]:
        """``actors`` with each group of states named by a label standing as its member states, less
        those already there or ``named``: "Iran and the P5+1 reached a deal" is a deal of Iran and six
        states."""
        out: list[Actor] = []
        for a in actors:
            members = self.members(a.code)
            out.extend(m for m in members if m.code not in {o.code for o in [*named, *actors, *out]})
            if not members:
                out.append(a)
        return out

    def member_sides(self, src: list[Actor], tgt: list[Actor],
                     others: list[Actor]) -> tuple[list[Actor], list[Actor], list[Actor]]:
        """An event's sides with each group of states named by a label standing as its member states
        (``as_members``), each state on the first side that names it."""
        src = self.as_members(src, tgt + others)
        tgt = self.as_members(tgt, src + others)
        return src, tgt, self.as_members(others, src + tgt)

    def parties(self, actors: list[Actor]) -> set[str]:
        """The codes of the parties ``actors`` (one side of an event) name, a group of states named by a
        label and its members one party: "the P5+1 members", "the United States and five other world
        powers" are one group acting alone."""
        codes = {a.code for a in actors}
        for a in actors:
            codes -= {m.code for m in self.members(a.code)}
        return codes

    def capital(self, code: str) -> str | None:
        """The capital of the state with this code (``"UKR"`` -> ``"Kyiv"``), or None."""
        idx = self._ix.by_code.get(code.upper())
        return None if idx is None else self._ix.ents[idx].get("capital") or None

    def _actor_of(self, id_or_code: str, date: str | None) -> Actor:
        ix = self._ix
        if id_or_code in ix.by_id:
            idx = ix.by_id[id_or_code]
            return ix.person_actor(idx, date) if ix.ents[idx]["kind"] == "person" else ix.entity_actor(idx)
        return ix.entity_actor(ix.by_code[id_or_code.upper()])

    def as_of(self, actor: Actor, date: str | _dt.date | None) -> Actor:
        """The person ``actor`` with the role held at ``date`` ("Kofi Annan" in 1998: the UN's
        secretary general, whom the base gives Ghana's code after 2006), named as before; as it is
        when the base knows no role of theirs at that date (a span that began before their office:
        "since 2011, Kim has launched ..."), and any other actor as it is."""
        d = normalize_date(date)
        idx = self._ix.by_id.get(actor.id or "") if actor.kind == "person" and d else None
        if idx is None:
            return actor
        then = self._ix.person_actor(idx, d)
        if then.role is None or (then.code, then.role) == (actor.code, actor.role):
            return actor
        return replace(then, name=actor.name)

    def out_of_office(self, actor: Actor, date: str | _dt.date | None) -> bool:
        """Whether ``actor`` is a person who held a state office only before ``date`` ("Ronald
        Reagan" in 2017): what they did as the state is history. Offices of the Phoenix "elite"
        kind (public figures) do not count."""
        d = normalize_date(date)
        idx = self._ix.by_id.get(actor.id or "") if actor.kind == "person" and d else None
        if idx is None:
            return False
        roles = [r for r in self._ix.ents[idx]["roles"] if r[0] != "elite"]
        return bool(roles) and all(r[2] is not None and r[2] <= d for r in roles)

    # -- what the base knows ------------------------------------------------------------------
    def show(self, code_or_name: str) -> list[dict[str, Any]]:
        """Every entity a code, id or name designates, with its roles; for a state or
        organisation code also the holders of its offices."""
        ix = self._ix
        hits: list[int] = []
        q = code_or_name.strip()
        if q in ix.by_id:
            hits.append(ix.by_id[q])
        if q.upper() in ix.by_code:
            hits.append(ix.by_code[q.upper()])
        for e in ix.phrases.get(phrase_key(q), ()):
            if e.cat == "E" and e.ref not in hits:
                hits.append(e.ref)
            if e.cat == "S":
                hits += [r for r in e.ref if r not in hits]
        out = []
        for idx in hits:
            ent = ix.ents[idx]
            item = {k: ent.get(k) for k in ("id", "kind", "code", "name", "country", "family", "aliases",
                                            "acronyms", "adjectives", "metonyms", "source")
                    if ent.get(k) not in (None, [], "")}
            item["roles"] = [{"role": r[0], "from": r[1], "to": r[2], "scope": r[3]} for r in ent["roles"]]
            if ent["kind"] != "person":
                offices = []
                for (scope, role), lst in sorted(ix.holders.items()):
                    if scope == ent["code"]:
                        for lo, hi, p in lst:
                            offices.append({"role": role, "name": ix.ents[p]["name"], "from": lo or None,
                                            "to": hi, "id": ix.ents[p]["id"]})
                if offices:
                    item["offices"] = sorted(offices, key=lambda o: (o["role"], o["from"] or ""))
            out.append(item)
        return out

    def place(self, text: str) -> tuple[str, str] | None:
        """Gazetteer: ``"Lima"`` -> ``("Lima", "PER")``, ``"Annapolis, Maryland"`` -> ``("Annapolis", "USA")``."""
        ix = self._ix
        key = phrase_key(text)
        if key in ix.places:
            return ix.places[key]
        if key.startswith("the ") and key[4:] in ix.places:
            return ix.places[key[4:]]
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) >= 2:
            head = ix.places.get(phrase_key(parts[0]))
            if head is not None:
                return head
            for tail in reversed(parts[1:]):
                hit = ix.places.get(phrase_key(tail))
                if hit is not None:
                    return (parts[0], hit[1])
        return None

    def codes(self) -> set[str]:
        """Every actor code the base knows (states, organisations, groups)."""
        return set(self._ix.by_code)

    def __len__(self) -> int:
        return len(self._ix.ents)


#: prefixes of a name that make it what its noun is against ("anti-ISIS", "counter-ISIL operations")
_AGAINST_PREFIXES = ("anti-", "counter-")


def _opposed(text: str, start: int) -> bool:
    """ "anti-American protesters", "the anti-ISIS coalition", "counter-ISIL operations": a name
    after "anti-" or "counter-" names what its noun is against, never who acts."""
    before = text[max(0, start - 8):start].lower()
    return before.endswith(_AGAINST_PREFIXES)


#: a hyphen and a model number after a name ("Fateh-110", "Shahab-3"): the name of a weapon or a craft
_MODEL_NUMBER = re.compile(r"[-\u2010\u2011\u2012\u2013]\d{1,3}[A-Za-z]?\b")


def _model_name(text: str, end: int, how: str) -> bool:
    """Whether the alias ending at ``end`` only begins a model's name: "Fateh-110 missiles" are
    Iranian missiles, no mention of Fatah. Only an alias: an acronym with a number counts the body's
    members ("the EU-15", "the TPP-11"), and a city's names a unit of its state ("the Kiev-1 battalion")."""
    return how == "alias" and _MODEL_NUMBER.match(text, end) is not None


#: named-entity labels of things a city's name may begin ("London Bridge", "the Paris Agreement")
_THING_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def _names_a_thing(doc: Any, start: int, end: int) -> bool:
    """Whether the metonym at ``start:end`` only begins the name of a thing: a named entity of a
    :data:`_THING_LABELS` label that goes on with a proper noun ("London Bridge", "the Tehran
    Times", "Tokyo Electric Power"), which no state acts through. "The Tokyo government" goes on
    with a common noun and keeps its state."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if not (nxt.pos_ == "PROPN" and nxt.ent_iob_ == "I" and nxt.ent_type_ in _THING_LABELS
            and span[-1].ent_type_ == nxt.ent_type_):
        return False
    rest = doc[span.end:]
    name = rest[:next((k for k, t in enumerate(rest) if t.ent_iob_ != "I"), len(rest))]
    return not any(t.lower_ in _ORGAN_WORDS for t in name)


def _begins_a_persons_name(doc: Any, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the first name of a person the entity tagger reads whole:
    "Rep. Dutch Ruppersberger", "Jordan Peterson", "Israel Bloom" (one PERSON entity that begins with
    the name and goes on with a proper noun). "Dutch Prime Minister Mark Rutte" is tagged apart."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or span[0].ent_iob_ != "B" or span[0].ent_type_ != "PERSON":
        return False
    nxt = doc[span.end]
    return nxt.pos_ == "PROPN" and nxt.ent_iob_ == "I" and nxt.ent_type_ == "PERSON"


#: words of a state organ's name, which a capital begins on the state's behalf ("Beijing Foreign Ministry")
_ORGAN_WORDS = frozenset({"ministry", "foreign", "defense", "defence", "government", "embassy", "mission",
                          "army", "navy", "military", "forces", "parliament", "council", "cabinet", "office",
                          "administration", "regime", "command", "consulate", "presidency", "palace",
                          # ... and of people speaking for it, in a headline's title case ("White House Officials Say")
                          "official", "officials", "spokesman", "spokeswoman", "aide", "aides", "says", "said"})
