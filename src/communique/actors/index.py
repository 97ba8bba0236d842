"""The in-memory index of the knowledge base: phrase table, role table, gazetteer.

Built once from the compiled JSON (plus user records) by :func:`build_index`.
Every lookup is a dict access on phrase keys (see :mod:`communique.actors.text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

from communique.actors.text import is_acronym, phrase_key, tokenize
from communique.types import Actor

#: Order in which a person's simultaneous roles are reported.
ROLE_RANK: tuple[str, ...] = (
    "head of state", "head of government", "acting head of state", "acting head of government",
    "secretary general", "director general", "commission president", "council president",
    "managing director", "vice president", "crown prince", "foreign minister", "acting foreign minister",
    "defence minister", "national security adviser", "high representative", "deputy prime minister",
    "chief cabinet secretary", "deputy foreign minister", "top diplomat",
)

#: Phrases that must not yield an actor although they contain one.
BLOCKS: tuple[str, ...] = (
    "Korean Peninsula", "Korean War", "Korean Air", "New Mexico", "New York", "New Jersey",
    "New South Wales", "New England", "New Guinea", "Lake Victoria", "Victoria Falls", "Queen Victoria",
    "Victoria, Australia", "Victoria state", "state of Victoria", "Georgetown University", "Washington Post", "USA Today", "Washington state",
    "Washington State", "Atlanta, Georgia", "Georgia state", "state of Georgia", "Georgia Tech",
    "Jordan River", "Turkey Point", "Chad Wolf", "Indian Ocean",
    "Japanese encephalitis", "Chinese New Year", "Russian roulette", "Mexican wave", "French fries",
    "Moon landing", "New Delhi Television", "China Sea", "South China Sea", "East China Sea",
    "Sea of Japan", "American Samoa", "Latin America", "Latin American", "Central America",
    "South America", "North America", "Central American", "South American", "North American",
    "Arab Spring", "Red Crescent",
    # waters named after a state or people are places, no party ("warships in the Persian Gulf")
    "Persian Gulf", "Gulf of Mexico", "Gulf of Oman", "Sea of Okhotsk", "Arabian Gulf", "Arabian Sea",
    "Gulf of Thailand", "Philippine Sea", "Irish Sea", "Gulf of Finland", "Bay of Bengal",
    # other congresses than the US Congress (a metonym of the USA)
    "Indian National Congress", "African National Congress", "Congress party", "Congress Party",
    "Library of Congress", "Congress of Deputies", "World Uyghur Congress", "World Jewish Congress",
    # parts of Europe are regions, not the European Union ("Eastern European countries")
    "Eastern Europe", "Western Europe", "Central Europe", "Southern Europe", "Northern Europe",
    "Eastern European", "Western European", "Central European", "East European", "West European",
    "Southern European", "Northern European", "Southeast European", "South East European",
    "non-European", "non-EU", "pan-European",
    # news outlets that carry a state's name: they report, they are no party ("Agence France-Presse reports")
    "Agence France-Presse", "Agence France-Press", "Agence France Presse", "Times of Israel",
    "South China Morning Post", "Japan Times", "Korea Times", "Korea Herald", "Korea JoongAng Daily",
    "Irish Times", "Voice of America", "France 24", "Israel Radio", "Israel Army Radio",
)

#: Names of bodies that many states (or the UN) have: after a state's name or adjective they are
#: that state's ("Russia's Security Council", "Israel's National Security Council"), whatever the
#: body alone resolves to (the UN's Security Council, the US National Security Council).
GENERIC_BODIES: tuple[str, ...] = (
    "Security Council", "National Security Council", "Supreme National Security Council",
    "Joint Chiefs of Staff",  # "South Korea's Joint Chiefs of Staff" (alone: the US's)
)

HONORIFICS: tuple[str, ...] = (
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Madam", "Mister",
    "Secretary", "Minister", "Senator", "Sen.", "Ambassador", "Envoy", "General", "Gen.", "Admiral",
    "Chairman", "Chairwoman", "Governor", "Lord", "Lady", "Prince", "Princess", "Sheikh", "Ayatollah",
    "Comrade", "Marshal", "Field Marshal", "Premier", "President-elect",
)

LEADER = "LEADER"

#: Plural nouns that turn an organisation's regional adjective ("collectives" in
#: organizations.yaml: "Southeast Asian") into the organisation ("Southeast Asian leaders" -> ASEAN).
COLLECTIVE_NOUNS: tuple[str, ...] = (
    "leaders", "nations", "countries", "states", "member states", "members", "bloc", "grouping",
    "governments", "heads of state", "heads of government", "ministers", "foreign ministers",
    "defence ministers", "defense ministers", "finance ministers", "neighbours", "neighbors",
    "powers", "partners", "signatories",
)

#: Phrases starting with these words are not indexed (noise in derived data).
_NO_FIRST = frozenset("in of and for on at to a an by with from as or".split())


class Entry(NamedTuple):
    """One phrase-table entry: category E(ntity) T(itle) S(urname) H(onorific) B(lock)."""

    cat: str
    ref: Any  # entity index, title key, list of entity indexes, or None
    case: str  # A exact acronym, P capitalised, I any case
    how: str
    length: int
    pieces: tuple[str, ...]  # original token texts, for case checks


class Title(NamedTuple):
    generic: str | None
    by_country: dict[str, str]
    by_org: dict[str, str]
    implies: str | None


@dataclass
class Index:
    """Everything the matcher and the resolver look up."""

    ents: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    by_code: dict[str, int] = field(default_factory=dict)  # state/organisation code -> entity
    phrases: dict[str, list[Entry]] = field(default_factory=dict)
    maxlen: dict[str, int] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[str, str | None, int]]] = field(default_factory=dict)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)
    leader_words: set[str] = field(default_factory=set)
    bodies: frozenset[str] = frozenset(phrase_key(b) for b in GENERIC_BODIES)  # phrase keys

    # -- building -----------------------------------------------------------------
    def add_phrase(self, text: str, cat: str, ref: Any, case: str, how: str) -> None:
        toks = tokenize(text)
        if toks and toks[0].norm == "the" and len(toks) > 1 and cat != "B":
            toks = toks[1:]  # "the Taliban": the matcher skips articles anyway
        if not toks or (toks[0].norm in _NO_FIRST and cat == "E"):
            return
        self.add_phrase_tokens(toks, cat, ref, case, how)

    def add_phrase_tokens(self, toks: list[Any], cat: str, ref: Any, case: str, how: str) -> None:
        key = " ".join(t.norm for t in toks)
        entry = Entry(cat, ref, case, how, len(toks), tuple(t.text for t in toks))
        bucket = self.phrases.setdefault(key, [])
        if cat == "S":
            for e in bucket:
                if e.cat == "S":
                    e.ref.append(ref)
                    return
            entry = entry._replace(ref=[ref])
        elif any(e.cat == cat and e.ref == ref for e in bucket):
            return
        bucket.append(entry)
        first = toks[0].norm
        if self.maxlen.get(first, 0) < len(toks):
            self.maxlen[first] = len(toks)

    def add_entity(self, rec: dict[str, Any]) -> None:
        """Add (or, for a known id, extend) one entity record."""
        old = self.by_id.get(rec["id"])
        if old is not None:
            base = self.ents[old]
            base["aliases"] = list(dict.fromkeys(base["aliases"] + rec["aliases"]))
            base["roles"] = base["roles"] + [r for r in rec["roles"] if r not in base["roles"]]
            idx = old
        else:
            idx = len(self.ents)
            rec = dict(rec)
            self.ents.append(rec)
            self.by_id[rec["id"]] = idx
            if rec["kind"] in ("state", "organization", "group") and rec["code"] not in self.by_code:
                if rec["id"] in (f"state/{rec['code']}", f"org/{rec['code']}"):
                    self.by_code[rec["code"]] = idx
        ent = self.ents[idx]
        kind = ent["kind"]
        self.add_phrase(rec["name"], "E", idx, "A" if is_acronym(rec["name"]) else "P", "name")
        for a in rec["aliases"]:
            self.add_phrase(a, "E", idx, "A" if is_acronym(a) else "P", "acronym" if is_acronym(a) else "alias")
        for a in rec.get("acronyms", []):
            self.add_phrase(a, "E", idx, "A", "acronym")
        for a in rec.get("adjectives", []):
            self.add_phrase(a, "E", idx, "P", "adjective")
        for a in rec.get("metonyms", []):
            self.add_phrase(a, "E", idx, "P", "metonym")
        for a in rec.get("collectives", []):
            for noun in COLLECTIVE_NOUNS:
                self.add_phrase(f"{a} {noun}", "E", idx, "P", "alias")
        if kind == "person":
            if rec.get("family") and not rec.get("full_names_only"):
                self.add_phrase(rec["family"], "S", idx, "P", "alias")
            for role, lo, hi, scope in rec["roles"]:
                self.holders.setdefault((scope, role), []).append((lo or "", hi, idx))

    def add_titles(self, spec: dict[str, Any]) -> None:
        """Title phrases from ``titles.yaml`` and the organisations' own titles."""
        raw: dict[str, dict[str, Any]] = {}

        def slot(phrase: str) -> dict[str, Any]:
            return raw.setdefault(phrase_key(phrase), {"generic": None, "country": {}, "org": {}, "implies": None,
                                                       "text": phrase})

        for phrase, role in (spec.get("generic") or {}).items():
            slot(phrase)["generic"] = role
        for code, table in (spec.get("by_country") or {}).items():
            for phrase, role in table.items():
                slot(phrase)["country"][code] = role
        for phrase, code in (spec.get("implies") or {}).items():
            slot(phrase)["implies"] = code
        for ent in self.ents:
            for phrase, role in (ent.get("titles") or {}).items():
                slot(phrase)["org"][ent["code"]] = role
        for word in spec.get("leader_words") or ["leader"]:
            slot(word)["generic"] = LEADER
            self.leader_words.add(phrase_key(word))
        for key, v in raw.items():
            self.titles[key] = Title(v["generic"], v["country"], v["org"], v["implies"])
            self.add_phrase(v["text"], "T", key, "I", "title")

    # -- lookups --------------------------------------------------------------------
    def title_role(self, key: str, scope: str | None) -> str | None:
        """The role a title names for a scope (state or organisation code), or None."""
        t = self.titles.get(key)
        if t is None:
            return None
        if scope is None:
            return t.generic if t.generic != LEADER else None
        ent = self.ents[self.by_code[scope]] if scope in self.by_code else None
        if ent is not None and ent["kind"] != "state":
            return t.by_org.get(scope)
        role = t.by_country.get(scope) or t.generic
        if role == LEADER:
            leader = (ent or {}).get("leader") or "hos"
            role = "head of government" if leader == "hog" else "head of state"
        return role

    def title_roles(self, key: str) -> set[str]:
        """Every role a title can name, whatever the state."""
        t = self.titles.get(key)
        if t is None:
            return set()
        out = set(t.by_country.values()) | set(t.by_org.values())
        if t.generic == LEADER:
            out |= {"head of state", "head of government"}
        elif t.generic:
            out.add(t.generic)
        return out

    def holder(self, scope: str, role: str, date: str | None) -> tuple[int, tuple[str, str | None]] | None:
        """Who held ``role`` for ``scope`` on ``date`` (None: the present holder)."""
        for r in (role, "acting " + role):
            lst = self.holders.get((scope, r))
            if not lst:
                continue
            if date is None:
                open_ = [x for x in lst if x[1] is None]
                if open_:
                    lo, hi, idx = open_[-1]
                    return idx, (lo, hi)
                continue
            for lo, hi, idx in reversed(lst):
                if lo <= date and (hi is None or date < hi):
                    return idx, (lo, hi)
        return None

    def active_roles(self, idx: int, date: str | None) -> list[list[Any]]:
        roles = self.ents[idx]["roles"]
        if date is None:
            return [r for r in roles if r[2] is None]
        return [r for r in roles if (r[1] or "") <= date and (r[2] is None or date < r[2])]

    def person_actor(self, idx: int, date: str | None, prefer: Iterable[str] = ()) -> Actor:
        """The actor of a person at a date, with the role they held then."""
        ent = self.ents[idx]
        prefer = set(prefer)
        roles = self.active_roles(idx, date)
        if date is None and not roles and ent["roles"]:
            roles = sorted(ent["roles"], key=lambda r: r[1] or "")[-1:]
        if date is None and prefer:
            pref = [r for r in ent["roles"] if r[0] in prefer]
            if pref:
                roles = sorted(pref, key=lambda r: r[1] or "")[-1:]

        def rank(r: list[Any]) -> tuple[int, int]:
            return (0 if r[0] in prefer else 1,
                    ROLE_RANK.index(r[0]) if r[0] in ROLE_RANK else len(ROLE_RANK))

        chosen = min(roles, key=rank) if roles else None
        country = ent.get("country")
        if chosen is None:
            code = country or (ent["roles"][0][3] if ent["roles"] else None) or "UNK"
            return Actor(code=code, name=ent["name"], kind="person", role=None, country=country, id=ent["id"])
        return Actor(code=chosen[3] or country or "UNK", name=ent["name"], kind="person", role=chosen[0],
                     country=country, valid_from=chosen[1], valid_to=chosen[2], id=ent["id"])

    def entity_actor(self, idx: int) -> Actor:
        ent = self.ents[idx]
        return Actor(code=ent["code"], name=ent["name"], kind=ent["kind"], role=None,
                     country=ent["code"] if ent["kind"] == "state" else ent.get("country"), id=ent["id"])

    def scope_name(self, code: str) -> str:
        idx = self.by_code.get(code)
        return self.ents[idx]["name"] if idx is not None else code


def build_index(compiled: dict[str, Any], extra: Iterable[dict[str, Any]] = ()) -> Index:
    """The runtime index of a compiled knowledge base plus user records."""
    ix = Index()
    for rec in compiled["entities"]:
        ix.add_entity(rec)
    for rec in extra:
        ix.add_entity(rec)
    for key, lst in ix.holders.items():
        ix.holders[key] = sorted(set(lst), key=lambda x: (x[0], x[1] or "9999", x[2]))
    ix.add_titles(compiled.get("titles") or {})
    for h in HONORIFICS:
        ix.add_phrase(h, "H", None, "P", "alias")
    for b in BLOCKS:
        ix.add_phrase(b, "B", None, "P", "block")
    for name, country, aliases in compiled.get("places") or []:
        for n in [name, *aliases]:
            ix.places.setdefault(phrase_key(n), (n, country))
    for ent in ix.ents:
        if ent["kind"] == "state":
            for n in [ent["name"], *ent["aliases"]]:
                ix.places.setdefault(phrase_key(n), (ent["name"], ent["code"]))
            cap = ent.get("capital")
            if cap:
                ix.places[phrase_key(cap)] = (cap, ent["code"])
    return ix
