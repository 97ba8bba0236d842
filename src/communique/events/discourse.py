"""Mentions that only the article's discourse resolves, added before event arguments are read.

The knowledge base finds actors by name and title ("President Donald Trump", "Iran's foreign
minister"). News then refers back to them in ways a name matcher cannot read alone:

* **bare titles and offices**: "the president", "the foreign minister", "the Secretary", "the
  administration", "the government" name the latest actor the article introduced under that
  title or office ("President Trump ... the president said"; "the Trump administration ... the
  administration unveiled sanctions");
* **unknown persons introduced with their side**: "Gen. Mohammad Bagheri, the chief of staff of
  Iran's armed forces", "Iran's ambassador to Britain, Hamid Baeidinejad", "Barry Pollack, an
  attorney for the WikiLeaks founder": a person the base does not know acts for the one actor
  their apposition or title names, here and wherever the article repeats their name
  ("Baeidinejad denied ..."); also a person first named as the speaker right after an unnamed
  official's quote ("a spokesman for Chile's foreign ministry said ... . X said"), and persons
  the base named in full, by family name alone;
* **armed groups and bodies named by a common noun**: "IS militants", "Taliban fighters" and
  "the militants" (the armed group named last); "the Commission", "the council" (the body the
  article last named with that word, when an actor stands for it).

:func:`discourse_mentions` returns these as extra :class:`~communique.types.Mention` records (in
text order) so that every argument rule (subjects, objects, pronouns, speakers) sees them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Iterable

from ..actors.text import index_mentions
from ..types import LOCATION_BASIS, Actor, Event, Location, Mention
from .surnames import family_first, family_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: head nouns of offices whose bare definite form refers to the actor that holds them
OFFICE_WORDS = frozenset({"administration", "government", "regime", "cabinet", "ministry", "kremlin"})
#: offices named with a modifier of their own between the state and the office ("Iran's foreign
#: ministry", "the Chinese commerce ministry") whose bare form ("the ministry said") is that state's;
#: not "Turkey's elected government": on pool articles "the government" so read went on to wrong
#: sides through the pronouns that take it up more often than right ones
MODIFIED_OFFICES = frozenset({"ministry"})
#: people who speak for an office ("an administration official", "a government spokesman")
OFFICIALS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "adviser",
                       "advisor", "officer", "diplomat"})
#: verbs by which an official speaks ("a spokesman announced")
REPORTING_VERBS = frozenset({"say", "announce", "tell", "warn", "add", "state", "confirm", "claim", "declare",
                             "insist", "note", "report"})
#: nouns whose bare definite form refers to the latest state named ("the country's atomic agency")
STATE_WORDS = frozenset({"country", "nation"})
#: nouns whose bare definite form refers to the latest monarchy named ("Saudi Arabia ... the kingdom
#: blamed Iran"): a kingdom among the states the article names, not the latest state of any kind; read
#: where the noun stands as a party of its clause ("the kingdom warned", "implored the kingdom") only:
#: on pool articles "attacks on the kingdom", "the kingdom's defenses" gave attacks their target but
#: the wrong doer more often than an event right
KINGDOM_WORDS = frozenset({"kingdom"})
#: the states news calls "the kingdom"
KINGDOMS = frozenset({"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "KHM",
                      "BTN", "SWZ", "LSO", "TON"})
#: modifiers that make a bare title name someone else than the latest holder ("the former president")
OTHER_HOLDER = frozenset({"former", "late", "new", "next", "previous", "future", "then", "incoming",
                          "outgoing", "deputy", "acting", "ex", "first", "assistant", "vice"})
#: nouns of people who speak or act for someone ("a spokesman for X", "an attorney for X")
AGENT_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "attorney", "lawyer", "adviser", "advisor",
                         "envoy", "representative", "negotiator", "ambassador", "aide", "counsel"})
#: role nouns of people who speak for no state: "a Russian expert on Korea" is no Russian actor
NON_OFFICIAL = frozenset({"expert", "analyst", "specialist", "scholar", "watcher", "observer", "professor",
                          "researcher", "fellow", "journalist", "reporter", "correspondent", "columnist", "author",
                          "executive", "businessman", "businesswoman", "banker", "tycoon", "billionaire",
                          "oligarch", "ceo", "investor", "friend", "son", "daughter", "wife", "husband", "brother",
                          "sister", "bodyguard", "citizen", "national", "resident", "student", "native"})
#: prepositions through which a role noun names the actor it belongs to
ROLE_PREPS = frozenset({"of", "for", "at"})
#: dependency labels inside a role phrase that can name its side ("Iran's [armed forces] chief")
_SIDE_DEPS = frozenset({"poss", "compound", "amod", "pobj", "case"})
#: words that are titles by themselves; with ``title_roles`` these are the heads a bare title may have
TITLE_HEADS = frozenset({"president", "minister", "premier", "chancellor", "secretary", "king", "queen",
                         "emir", "leader", "prince", "ambassador", "envoy", "spokesman", "spokeswoman",
                         "spokesperson", "senator", "governor", "mayor", "general", "chief"})
#: seats of a leader's office, by the bare title of the leader who speaks from them: "the White
#: House said the president would ..." names the United States' president where the article has
#: named no president (a seat of ministries, "the Pentagon", or of a chamber, "Capitol Hill", is none)
LEADER_SEATS = {"white house": "president", "oval office": "president", "kremlin": "president",
                "elysee": "president", "élysée": "president", "elysee palace": "president",
                "élysée palace": "president", "blue house": "president", "cheong wa dae": "president",
                "downing street": "prime minister", "10 downing street": "prime minister",
                "kantei": "prime minister"}
#: words that make a title another, lesser or past one ("vice president", "deputy minister")
LESSER_TITLES = frozenset({"vice", "deputy", "former", "ex", "assistant", "under"})
#: role nouns that give a person introduced with them an office of the side they name
OFFICE_TITLES = (TITLE_HEADS | OFFICIALS | {"commander", "head", "director", "negotiator"}) - {"source"}
#: modifiers of a role noun whose holder does not act for the side now ("a former Iranian diplomat")
PAST_OR_OPPOSITION = frozenset({"former", "ex", "retired", "late", "then", "opposition", "dissident", "exiled"})


#: a continent whose union acts for it in international politics: "Europe must act", "the
#: Europeans have not done their part" (the annotation rules code these EU)
CONTINENT_ACTORS = {"europe": Actor("EU", "European Union", "organization", id="org/EU")}
CONTINENT_PEOPLES = {"europeans": "europe"}
#: armed groups of a people, by the people's adjective: "Kurdish fighters", "the Kurds" refer to
#: whichever of these groups the article has named (the SDF in Syria, the KRG's Peshmerga in Iraq)
PEOPLE_GROUPS = {"kurdish": ("SDF", "YPG", "KRG", "PKK"), "kurds": ("SDF", "YPG", "KRG", "PKK")}
#: where the article has named none of a people's groups, the group at home in a state the sentence
#: names: "Kurdish forces" in Syria are the SDF, in Iraq the Peshmerga
_SDF = Actor("SDF", "Syrian Democratic Forces", "group", country="SYR", id="org/SDF")
_KRG = Actor("KRG", "Kurdistan Regional Government", "organization", country="IRQ", id="org/KRG")
PEOPLE_HOMES = {"kurdish": {"SYR": _SDF, "IRQ": _KRG}, "kurds": {"SYR": _SDF, "IRQ": _KRG}}
#: nouns that, after a people's adjective, name its armed group ("Kurdish forces")
FORCE_NOUNS = frozenset({"force", "forces", "fighter", "fighters", "militia", "militias", "militant", "militants",
                         "allies", "ally", "troops"})
#: plural nouns for the fighters of an armed group: "IS militants" and "Taliban fighters" are the
#: group; "the militants" refers back to the armed group the article named last
ARMED_PLURALS = frozenset({"militants", "fighters", "jihadists", "insurgents", "rebels", "extremists", "gunmen",
                           "militiamen", "terrorists"})
#: bodies whose bare definite form ("the Commission", "the Council") is the last such body named
#: ("the European Commission ... the Commission", "the UN Security Council ... the council")
BODY_WORDS = frozenset({"commission", "council", "parliament", "assembly"})
#: prepositions whose object is a party ("pressure on Europe", "calls from Europe"), not a place
#: ("in Europe", "to Europe", "across Europe")
PARTY_PREPS = frozenset({"on", "against", "for", "from", "with", "by", "between", "toward", "towards"})
#: dependency labels of a noun that stands as a party of its clause
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "appos"})


class _Index:
    """Token -> mention lookups over a growing list of mentions."""

    def __init__(self, doc: "Doc", mentions: Iterable[Mention]):
        self.doc = doc
        self.at: dict[int, Mention] = {}
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        index_mentions(self.doc, [m], self.at)

    def covered(self, toks: Iterable["Token"]) -> bool:
        return any(t.i in self.at for t in toks)

    def before(self, i: int) -> list[Mention]:
        """Mentions starting before token ``i``, latest first (one per mention)."""
        seen: list[Mention] = []
        for j in range(i - 1, -1, -1):
            m = self.at.get(j)
            if m is not None and (not seen or seen[-1] is not m):
                seen.append(m)
        return seen


def _hyphen_modifier(tok: "Token") -> bool:
    """ "U.S.-backed", "Saudi-led": a state that qualifies a party, not the party."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–") or tok.text.endswith("-")


def _side_tokens(head: "Token") -> list["Token"]:
    """A role noun's own phrase: its modifiers and its of/for/at phrases, not its clauses."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _SIDE_DEPS or (c.dep_ == "prep" and c.lower_ in ROLE_PREPS):
                stack.append(c)
    return out


def _side(head: "Token", index: _Index, exclude: "Span") -> Actor | None:
    """The one actor a role phrase names ("the chief of staff of Iran's armed forces" -> Iran)."""
    found: dict[str, Actor] = {}
    for t in _side_tokens(head):
        if exclude.start <= t.i < exclude.end or _hyphen_modifier(t):
            continue
        m = index.at.get(t.i)
        if m is not None:
            found.setdefault(m.actor.code, m.actor)
    if len(found) != 1:
        return None
    code, actor = next(iter(found.items()))
    # "Putin adviser X", "the EU's foreign policy chief X": the side the named official acts for
    return actor if actor.kind != "person" else Actor(code, code, "state" if actor.country == code else "organization")


def _role_heads(name: "Span") -> list["Token"]:
    """The role nouns describing a named person: their appositions ("X, the chief of ..."), the
    noun they are in apposition to ("Iran's ambassador, X"), a title compound ("spokesman X")."""
    root = name.root
    out = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        out.append(root.head)
    elif root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.head.pos_ == "NOUN":
        out.append(root.head.head.head)  # "the Iranian envoy to Britain, X": hung on the phrase's object
    # a title compound, capitalised or not ("spokesman X", "Deputy Foreign Minister X")
    out.extend(c for c in root.children if c.dep_ == "compound" and c.i < name.start
               and (c.pos_ == "NOUN" or c.lower_ in TITLE_HEADS))
    return [h for h in out if h.lemma_.lower() not in NON_OFFICIAL]


def _person(name: "Span", side: Actor, role: str | None = None) -> Actor:
    country = side.code if side.kind == "state" else None
    return Actor(side.code, name.text, "person", role, country, id=f"discourse/{name.text.lower()}")


def _office(head: "Token") -> str | None:
    """The office a role noun gives the person it describes, as its lemma ("X, the chief of staff
    of Iran's armed forces" -> "chief", "X, the spokesman for ..." -> "spokesman"): a title or an
    official's noun, not a past or opposition one ("a former Iranian diplomat", "the opposition
    leader"), nor a noun that holds no office ("X, a member of ...")."""
    lemma = head.lemma_.lower()
    if lemma not in OFFICE_TITLES or any(c.lower_.strip("-") in PAST_OR_OPPOSITION for c in head.children):
        return None
    return lemma


@dataclass
class _People:
    """The persons an article has introduced so far."""

    known: dict[str, Actor] = field(default_factory=dict)  # names the base does not know -> the person
    families: dict[str, Actor | None] = field(default_factory=dict)  # family names of persons named in full
    #: (sentence number, role noun, side) of the latest official who spoke without a name ("a spokesman
    #: for Chile's foreign ministry said ..."): the next unknown name that speaks is that official's ("X said")
    unnamed: tuple[int, str, Actor] | None = None


def _written_family(m: Mention) -> str | None:
    """The family name of a person's mention that names them in full, as their actor's name has it:
    last in the mention ("Foreign Minister Ana Duarte"), or anywhere in it for a name that puts it
    first ("President Xi Jinping", "Kim Jong-un" of "Kim Jong Un"); None for a bare title or a name
    written otherwise."""
    words = m.text.split()
    family = family_name(m.actor.name.split(), m.actor.country)
    if len(words) < 2 or not family[:1].isupper():
        return None
    first = family_first(m.actor.name, m.actor.country)
    return family if family == words[-1] or (first and family in words) else None


def _learn_families(sent: "Span", index: _Index, families: dict[str, Actor | None]) -> None:
    """Persons the base named in full in this sentence ("Foreign Minister Ana Duarte", "Kim Yong
    Chol"): their family name alone refers to them later in the article ("Duarte said", "Kim said";
    see :mod:`.surnames`), also where the base matches them by full name only. A family name two of
    them share refers to neither (None)."""
    for tok in sent:
        m = index.at.get(tok.i)
        if m is None or m.actor.kind != "person" or index.at.get(tok.i + 1) is m:
            continue  # not a person, or not the mention's last token
        family = _written_family(m)
        if family is None:
            continue  # a bare title ("the minister") or a name written otherwise
        seen = families.get(family, m.actor)
        families[family] = m.actor if seen is not None and (seen.id or seen.name) == (m.actor.id or m.actor.name) \
            else None


def _unnamed_official(sent: "Span", index: _Index) -> tuple[str, Actor] | None:
    """The role noun and side of an official who speaks here without a name ("a spokesman for the
    Chilean navy announced", "the country's foreign ministry spokesman said"): news often names them
    only in the next sentence ("X said that ...")."""
    for tok in sent:
        if tok.lemma_.lower() not in OFFICIALS | AGENT_NOUNS or tok.dep_ != "nsubj" or tok.tag_ != "NN" \
                or tok.head.lemma_.lower() not in REPORTING_VERBS or tok.i in index.at:
            continue
        if any(t.ent_type_ == "PERSON" for t in tok.subtree):
            return None  # named here ("a spokesman, X, said")
        side = _side(tok, index, tok.doc[tok.i:tok.i])
        return (tok.lemma_.lower(), side) if side is not None else None
    return None


def _delayed_name(ent: "Span", sent_no: int, people: _People) -> Actor | None:
    """The side of the unnamed official of the last two sentences, for a person first named as one
    who speaks ("X said", "the announcement by X") with no role of their own or that official's
    role ("spokesman X said"); not "commentator X said", "X contributed to this report"."""
    if people.unnamed is None or sent_no - people.unnamed[0] > 2 or len(ent) < 2:
        return None  # a name alone ("Ahmed told ...") is someone named before, not introduced here
    root = ent.root
    speaks = (root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS) or (
        root.dep_ == "pobj" and root.head.lower_ == "by")
    # any role of their own, official or not ("analyst X", "Rep. X", "X, an expert"), but the spokesman's
    roles = {c.lemma_.lower() for c in root.children
             if (c.dep_ == "compound" and c.i < ent.start) or c.dep_ == "appos"}
    if root.dep_ == "appos":
        roles.add(root.head.lemma_.lower())
    if not speaks or not roles <= {people.unnamed[1]}:
        return None
    side = people.unnamed[2]
    people.unnamed = None
    return side


def generic_holder(actor: Actor) -> bool:
    """Whether a person actor is the base's nameless holder of a title ("Iran spokesperson" for
    "Iran's foreign ministry spokesman"): the office, not a person the text names."""
    return actor.kind == "person" and actor.id is None and actor.role is not None and actor.name.endswith(actor.role)


def _introduced(ent: "Span", index: _Index, people: _People, sent_no: int) -> Actor | None:
    """The person a name the base does not know introduces: of the side its role phrase names, or
    that of the unnamed official just quoted; where its title is one the base reads as a nameless
    office ("Iran's foreign ministry spokesman, Abbas Mousavi"), the person holding that office."""
    heads = _role_heads(ent)
    held = [m.actor for h in heads if (m := index.at.get(h.i)) is not None and m.actor.kind == "person"]
    # "Israel's National Security Adviser [Yaakov Amidror]": the nameless office written right before the name
    before = index.at.get(ent.start - 1) if ent.start > 0 else None
    if not held and before is not None and generic_holder(before.actor) and before.end <= ent.start_char:
        held = [before.actor]
    if any(not generic_holder(a) for a in held):
        return None  # "Senegal President Macky": the title names the holder the base knows
    if held:
        office = held[0]
        return Actor(office.code, ent.text, "person", office.role, office.country, id=f"discourse/{ent.text.lower()}")
    sided = next(((h, s) for h in heads if (s := _side(h, index, ent)) is not None), None)
    if sided is not None:
        return _person(ent, sided[1], _office(sided[0]))
    side = _delayed_name(ent, sent_no, people)
    return _person(ent, side) if side is not None else None


def _new_persons(ents: list["Span"], index: _Index, people: _People, sent_no: int) -> list[Mention]:
    """Persons the base does not know (``ents``: one sentence's PERSON entities), with the side their
    role phrase names or, without one, that of the unnamed official just quoted; repeats of the names
    already learnt in the article; and the family names of persons the base named in full earlier."""
    out: list[Mention] = []
    known = people.known
    for ent in ents:
        if index.covered(ent):
            continue
        actor = known.get(ent.text) or known.get(ent[-1].text) or (
            people.families.get(ent.text) if len(ent) == 1 else None)
        if actor is None:
            actor = _introduced(ent, index, people, sent_no)
            if actor is None:
                continue
            known[ent.text] = known[family_name([t.text for t in ent], actor.country)] = actor
        m = Mention(ent.start_char, ent.end_char, ent.text, actor)
        index.add(m)
        out.append(m)
    return out


def _party_position(tok: "Token") -> bool:
    """True where a noun names a party, not a place or topic: a subject or object of its clause,
    a possessor ("Europe's delay", not "Europe's largest economy"), the object of a preposition
    that takes parties, or a conjunct of one of these."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ in PARTY_DEPS:
        return True
    if tok.dep_ == "poss":
        return not any(c.tag_ == "JJS" for c in tok.head.children)
    return tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS


def _continents(sent: "Span", index: _Index) -> list[Mention]:
    """ "Europe" and "the Europeans" where they name a party (see CONTINENT_ACTORS)."""
    out: list[Mention] = []
    for tok in sent:
        low = tok.lower_
        key = CONTINENT_PEOPLES.get(low, low)
        if key not in CONTINENT_ACTORS or tok.i in index.at or not tok.text[:1].isupper():
            continue
        kids = list(tok.children)
        if any(c.dep_ in ("compound", "amod", "nummod") for c in kids) or tok.dep_ == "compound":
            continue  # "Eastern Europe", "3,000 Europeans", "Europe Day"
        if low in CONTINENT_PEOPLES and not any(c.lower_ == "the" for c in kids) and tok.dep_ != "dobj":
            continue  # "Europeans fighting for the group": people, not a party
        if not _party_position(tok):
            continue
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, CONTINENT_ACTORS[key])
        index.add(m)
        out.append(m)
    return out


#: the first half of "North and South Korea", "South and North Korean officials": the state its
#: compass word names, its "Korea" left to the second half
ELIDED_KOREAS = {"north": Actor("PRK", "North Korea", "state", id="state/PRK"),
                 "south": Actor("KOR", "South Korea", "state", id="state/KOR")}
KOREA_WORDS = frozenset({"korea", "korean", "koreans"})
#: the codes whose mention makes an article Korean news, where "the North" and "the South" are states
KOREA_CODES = frozenset(a.code for a in ELIDED_KOREAS.values())
#: places that lie "between" two states: the states there name where, no party ("the border between
#: North and South Korea")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "zone", "dmz", "line", "peninsula", "sea", "strait"})


def _elided_koreas(sent: "Span", index: _Index) -> list[Mention]:
    """ "North and South Korea agreed", "between South and North Korean officials": the first compass
    word names the other Korea, whose "Korea" the coordination leaves out (the tagger takes only
    the second half for a state)."""
    out: list[Mention] = []
    doc = sent.doc
    for tok in sent:
        low = tok.lower_
        if low not in ELIDED_KOREAS or tok.i in index.at or not tok.text[:1].isupper() or tok.i + 3 >= sent.end:
            continue
        conj, other, korea = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
        if conj.lower_ != "and" or other.lower_ not in ELIDED_KOREAS or other.lower_ == low \
                or korea.lower_ not in KOREA_WORDS or _between_border(tok):
            continue
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, ELIDED_KOREAS[low])
        index.add(m)
        out.append(m)
    return out


def _korean_compass(sent: "Span", index: _Index) -> list[Mention]:
    """ "the North", "the South" in an article that names either Korea (or Pyongyang, Seoul, a Korean
    leader): Korean news names the two states so ("Pyongyang rejected the South's offer"). Elsewhere
    the words name a region ("the South" of a US article, of Sudan's or Vietnam's history), and a
    compass word before a name is part of it ("the North Atlantic", "the South China Sea")."""
    doc = sent.doc
    if not any(m.actor.code in KOREA_CODES for m in index.at.values()):
        return []
    out: list[Mention] = []
    for tok in sent:
        if tok.text not in ("North", "South") or tok.i in index.at or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (after is not None and after.text[:1].isupper()) or tok.dep_ in ("compound", "amod") \
                or _between_border(tok):
            continue  # "the North American", "the border between the North and South"
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, ELIDED_KOREAS[tok.lower_])
        index.add(m)
        out.append(m)
    return out


def _between_border(tok: "Token") -> bool:
    """Whether ``tok`` opens the "between" phrase of a border ("the DMZ [between] North and South
    Korea", "the border between the North and South Korea")."""
    j = tok.i - 1
    if j >= 0 and tok.doc[j].lower_ == "the":
        j -= 1
    prep = tok.doc[j] if j >= 0 else None
    return prep is not None and prep.lower_ == "between" and prep.head.lemma_.lower() in BORDER_NOUNS


#: where a learnt name the tagger missed stands as a party of its clause: its subject, the object of a
#: verb or a preposition ("detained X", "charges against X"); not a passive's subject ("X can be
#: extradited"), where the act's doer is most often left unsaid and the name would be read as it
REPEAT_DEPS = frozenset({"nsubj", "dobj", "pobj"})


def _repeats(sent: "Span", index: _Index, known: dict[str, Actor | None]) -> list[Mention]:
    """Names learnt earlier in the article that the entity tagger missed this time ("Assange
    accused ..." read as no entity, or as part of an ORG): the same person by family name, where
    the name stands as a party (``REPEAT_DEPS``), not as a possessor ("X's killing") or a passive's
    subject ("X can be extradited")."""
    out: list[Mention] = []
    for tok in sent:
        actor = known.get(tok.text)
        if actor is None or tok.i in index.at or not tok.text[:1].isupper() or tok.pos_ != "PROPN" \
                or tok.dep_ not in REPEAT_DEPS:
            continue
        if any(0 <= j < len(tok.doc) and tok.doc[j].pos_ == "PROPN" and tok.doc[j].text[:1].isupper()
               and tok.doc[j].ent_type_ not in ("DATE", "TIME") for j in (tok.i - 1, tok.i + 1)):
            continue  # part of another name ("Videos Replay", "Hunter Assange")
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, actor)
        index.add(m)
        out.append(m)
    return out


def _people_groups(sent: "Span", index: _Index) -> list[Mention]:
    """ "Kurdish fighters", "the Kurds": the people's armed group the article named last, else the
    group at home in the state its sentence names ("Kurdish forces in Syria": the SDF)."""
    out: list[Mention] = []
    for tok in sent:
        codes = PEOPLE_GROUPS.get(tok.lower_)
        if codes is None or tok.i in index.at:
            continue
        # "the Kurds" stands alone (bare "Kurds" are people); "Kurdish" must modify a force noun
        head = tok if tok.pos_ in ("NOUN", "PROPN") and tok.lower_.endswith("s") else _force_noun(tok)
        if head == tok and not any(c.lower_ == "the" for c in tok.children):
            continue
        if head != tok and (tok.dep_ not in ("amod", "compound") or head.lower_ not in FORCE_NOUNS
                                or head.i in index.at):
            continue
        actor = _people_group(tok, sent, index, codes)
        if actor is None:
            continue
        if actor.kind == "person":
            actor = Actor(actor.code, actor.code, "group", id=f"org/{actor.code}")
        first, last = min(tok.i, head.i), max(tok.i, head.i)
        span = tok.doc[first:last + 1]
        m = Mention(span.start_char, span.end_char, span.text, actor)
        index.add(m)
        out.append(m)
    return out


def _force_noun(adj: "Token") -> "Token":
    """The noun a people's adjective names a force with: its head ("Kurdish fighters"), or the force
    noun compounded in front of that head ("the Kurdish [militia] presence")."""
    head = adj.head
    return next((c for c in head.children if c.dep_ == "compound" and c.i > adj.i and c.lower_ in FORCE_NOUNS),
                head)


def _people_group(tok: "Token", sent: "Span", index: _Index, codes: tuple[str, ...]) -> Actor | None:
    """The group a people's word refers to: the last of its groups the article named, else the group
    at home in a state its own sentence names ("Kurdish fighters in northern Syria": the SDF)."""
    named = next((m.actor for m in index.before(tok.i) if m.actor.code in codes), None)
    if named is not None:
        return named
    homes = PEOPLE_HOMES.get(tok.lower_, {})
    here = sorted((j for j in range(sent.start, sent.end) if j in index.at), key=lambda j: abs(j - tok.i))
    return next((homes[index.at[j].actor.code] for j in here
                 if index.at[j].actor.code in homes and index.at[j].actor.kind == "state"), None)


def _group_fighters(sent: "Span", index: _Index) -> list[Mention]:
    """ "IS militants", "Taliban fighters": the fighters of a named armed group are the group, even
    where the parser hangs the name elsewhere (it reads "IS" as the verb "is"); "the militants",
    with no modifier of its own, is the armed group the article named last."""
    out: list[Mention] = []
    for tok in sent:
        if tok.lower_ not in ARMED_PLURALS or tok.i in index.at or tok.tag_ != "NNS":
            continue
        prev = index.at.get(tok.i - 1) if tok.i > sent.start else None
        if prev is not None and prev.actor.kind == "group":
            start, actor = prev.start, prev.actor
        elif tok.lower_ != "rebels" and _bare_definite(tok):  # "the rebels" are often a group never named
            actor_or_none = next((m.actor for m in index.before(tok.i) if m.actor.kind == "group"), None)
            if actor_or_none is None:
                continue
            start, actor = tok.idx, actor_or_none
        else:
            continue
        m = Mention(start, tok.idx + len(tok.text), tok.doc.text[start:tok.idx + len(tok.text)], actor)
        index.add(m)
        out.append(m)
    return out


def _bare_definite(tok: "Token") -> bool:
    """ "the militants", "the Commission": "the" and no modifier, possessor or of-phrase of its own."""
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in kids)


def _bodies(sent: "Span", index: _Index) -> list[Mention]:
    """ "the Commission", "the council": the body the article last named with that word, when an
    actor stands for it ("the European Commission" -> EU, "the UN Security Council" -> UN); none
    when the last such body is one no actor stands for ("the city council")."""
    out: list[Mention] = []
    for tok in sent:
        if tok.lemma_.lower() not in BODY_WORDS or tok.i in index.at or not _bare_definite(tok):
            continue
        word = tok.lemma_.lower()
        earlier = next((t for t in reversed(tok.doc[:tok.i]) if t.lemma_.lower() == word), None)
        named = index.at.get(earlier.i) if earlier is not None else None
        if named is None or named.actor.kind == "person":
            continue
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, named.actor)
        index.add(m)
        out.append(m)
    return out


#: documents whose words are their issuer's: "the statement said", "the communique condemned"
DOCUMENT_WORDS = frozenset({"statement", "communique", "communiqué", "readout", "declaration"})
#: verbs by which a side issues a document ("the ministry issued a statement")
ISSUING_VERBS = frozenset({"issue", "release", "publish", "put", "post", "send", "circulate"})


def _issuer_phrase(tok: "Token") -> "Token | None":
    """The phrase that names who issued the document named at ``tok``: its possessor ("Iran's
    statement"), whom it came from ("a statement from the Kremlin", "by the ministry"), the subject
    of the verb that issued it ("the ministry issued a statement") or spoke in it ("the ministry
    said in a statement")."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in REPORTING_VERBS:
        verb = verb.head
    elif not (tok.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _documents(sent: "Span", index: _Index) -> list[Mention]:
    """ "the statement said", "the statement added": the side that issued the document named with
    that word in this sentence or the one before ("Iran's foreign ministry issued a statement. '...,'
    the statement said"); none where its issuer is no actor or not one alone. Only a document that
    speaks: one that acts ("the statement blames Belgium") is left to the verb's own reading, as on
    pool articles the pronouns after it then took it up for wrong sides."""
    out: list[Mention] = []
    for tok in sent:
        word = tok.lemma_.lower()
        if word not in DOCUMENT_WORDS or tok.i in index.at or not _bare_definite(tok):
            continue
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in REPORTING_VERBS:
            continue  # only a document that speaks: "the statement said", "the statement added"
        earlier = next((t for t in reversed(tok.doc[:tok.i]) if t.lemma_.lower() == word), None)
        if earlier is not None and earlier.sent.start < previous_sentence_start(tok):
            continue  # named too far back to be the one quoted
        phrase = _issuer_phrase(earlier) if earlier is not None else None
        issuer = _side(phrase, index, tok.doc[0:0]) if phrase is not None else None
        if issuer is None:
            continue
        m = Mention(tok.idx, tok.idx + len(tok.text), tok.text, issuer)
        index.add(m)
        out.append(m)
    return out


def previous_sentence_start(tok: "Token") -> int:
    """The first token of the sentence before ``tok``'s (its own where it is the first)."""
    start = tok.sent.start
    return tok.doc[start - 1].sent.start if start > 0 else start


def _title_phrase(tok: "Token") -> str | None:
    """ "the foreign minister" -> "foreign minister"; None unless a bare, singular, definite title."""
    # a title in lower case is a common noun, whatever the tagger says ("the Kremlin said the
    # president ...": NNP)
    if not (tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.is_lower) or _capitalised_title(tok)) or (tok.lemma_.lower() in STATE_WORDS and not tok.is_lower):
        return None  # "Face the Nation" is a name
    if tok.dep_ == "compound":
        # "a senior administration official": an office naming whom the official speaks for
        office_of_person = tok.lemma_.lower() in OFFICE_WORDS and tok.head.lemma_.lower() in OFFICIALS
        if not office_of_person or any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            return None  # "President Trump" is the matcher's
        return tok.lower_
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ in ("poss", "appos") or (c.dep_ == "prep" and c.lower_ == "of")
           or c.lower_ in OTHER_HOLDER for c in kids):
        return None
    mods = [c for c in kids if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if any(m.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for m in mods):
        return None  # "the Russian government", "the Trump administration": the matcher's own
    return " ".join([*(c.lower_ for c in sorted(mods, key=lambda c: c.i)), tok.lower_])


def _capitalised_title(tok: "Token") -> bool:
    """ "the President", "The Secretary", "the Prime Minister": a title written with a capital, as
    readouts and many outlets do, that no name follows ("the President Joe Biden" is the matcher's)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.tag_ == "NNP" and tok.is_title and tok.lemma_.lower() in TITLE_HEADS
            and (nxt is None or nxt.pos_ != "PROPN"))


def _titled(words: list[str], phrase: str) -> bool:
    """Whether a mention's words give its person the title ``phrase`` itself, not a lesser or past
    one that ends with it ("Secretary of State Mike Pompeo": "the secretary"; "Vice President Mike
    Pence" is not "the president")."""
    title = phrase.split()
    for i in range(len(words) - len(title) + 1):
        if words[i:i + len(title)] == title and (i == 0 or words[i - 1] not in LESSER_TITLES):
            return True
    return False


def _antecedent(tok: "Token", phrase: str, index: _Index, title_roles: Callable[[str], set[str]]) -> Actor | None:
    """The actor the article named with this title or office: for an office the latest ("the
    Trump administration ... the administration"); for a title the holder named most often so
    far, the latest on a tie (an article on Trump that quotes Erdogan once: "the president" is Trump)."""
    if tok.lemma_.lower() in STATE_WORDS:
        return next((m.actor for m in index.before(tok.i) if m.actor.kind == "state"), None)
    if tok.lemma_.lower() in KINGDOM_WORDS:
        if tok.dep_ not in PARTY_DEPS:
            return None
        return next((m.actor for m in index.before(tok.i) if m.actor.kind == "state" and m.actor.code in KINGDOMS),
                    None)
    office = tok.lemma_.lower() in OFFICE_WORDS
    roles = set() if office else title_roles(phrase)
    holders: dict[str, tuple[int, int, Actor]] = {}  # name -> (times named, -rank of the latest, actor)
    titled: set[str] = set()
    for rank, m in enumerate(index.before(tok.i)):
        words = m.text.lower().replace("-", " ").split()
        if office:
            span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.actor.kind != "person" and (tok.lower_ in words or _names_office(span, tok)):
                return _office_holder(tok, m.actor)
        elif m.actor.kind == "person":
            n, latest, _ = holders.get(m.actor.name, (0, -rank, m.actor))
            holders[m.actor.name] = (n + 1, latest, m.actor)
            if _titled(words, phrase):
                titled.add(m.actor.name)  # "Secretary of State Mike Pompeo ... the secretary"
    fit = [h for name, h in holders.items() if h[2].role in roles or name in titled]
    if not fit and not office:
        return _seat_holder(tok, phrase, index)
    # a named holder of the office stands for the base's nameless one ("Abbas Mousavi, Iran's spokesman")
    named = {(h[2].code, h[2].role) for h in fit if not generic_holder(h[2])}
    fit = [h for h in fit if not generic_holder(h[2]) or (h[2].code, h[2].role) not in named]
    return max(fit, key=lambda h: (h[0], h[1]))[2] if fit else None


def _names_office(span: "Span | None", office: "Token") -> bool:
    """Whether the mention ``span`` names whose office the noun phrase it modifies is, an office of
    the same word as ``office``: "the Iranian [government]"; for a ministry also past the office's
    own modifiers, "Iran's foreign [ministry]", "China's commerce [ministry]" (the phrase's head)."""
    if span is None or span.end >= len(span.doc):
        return False
    if span.doc[span.end].lower_ == office.lower_:
        return True  # the word after the mention: "the Iranian government"
    root = span.root
    return (office.lemma_.lower() in MODIFIED_OFFICES and root.dep_ in ("poss", "amod", "compound")
            and root.head.i >= span.end and root.head.lemma_.lower() == office.lemma_.lower())


def _seat_holder(tok: "Token", phrase: str, index: _Index) -> Actor | None:
    """The state whose leader's seat the sentence or the article before it names, for the bare
    title of the leader who speaks from that seat ("the Kremlin said the president ...": Russia; "the
    president will go, the White House said": the United States); None where no seat, or a seat of
    another title ("Downing Street said the president ..."), is named."""
    sent = tok.sent
    seen = [*index.before(tok.i), *(m for m in index.before(sent.end) if m.start > tok.idx)]
    for m in seen:
        seat = m.text.lower().removeprefix("the ")
        if m.how == "metonym" and m.actor.kind == "state" and LEADER_SEATS.get(seat) == phrase:
            return m.actor
    return None


def _office_holder(tok: "Token", named: Actor) -> Actor:
    """The actor a bare office refers back to, from the mention that named it: the leader it was named
    after acts as it does ("the Trump administration ... the administration imposed sanctions": Trump)
    while in office at the date; the state alone for one of its officials ("a senior administration
    official" speaks for the state) or after a past leader's ("the Bush administration" in 2018: "the
    administration" is most likely the current one)."""
    leader = named.leader
    if leader is None or (tok.dep_ != "compound" and leader.role is not None):
        return named
    return replace(named, leader=None)


def _bare_titles(sent: "Span", index: _Index, title_roles: Callable[[str], set[str]]) -> list[Mention]:
    out: list[Mention] = []
    for tok in sent:
        low = tok.lemma_.lower()
        if tok.i in index.at or (low not in TITLE_HEADS and low not in OFFICE_WORDS and low not in STATE_WORDS
                                 and low not in KINGDOM_WORDS):
            continue
        phrase = _title_phrase(tok)
        if phrase is None:
            continue
        actor = _antecedent(tok, phrase, index, title_roles)
        if actor is None:
            continue
        first = min([tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))], key=lambda t: t.i)
        m = Mention(first.idx, tok.idx + len(tok.text), tok.doc.text[first.idx:tok.idx + len(tok.text)], actor)
        index.add(m)
        out.append(m)
    return out


#: words of a trip under way, which places no one at its end yet ("Traveling to Quito, ...")
GOING_WORDS = frozenset({"travel", "traveling", "travelling", "traveled", "travelled", "travels", "head", "heading",
                         "headed", "heads", "fly", "flying", "flew", "flies", "go", "going", "goes", "went",
                         "leave", "leaving", "left", "leaves", "depart", "departing", "departed", "departs"})
#: acts that are words said by their source, said where the speaker stands that day
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "CONCEDE"})


def _stay(ev: Event) -> tuple[str, str, Location] | None:
    """(person id, day, place) of a person's meeting or visit abroad that the text places and dates
    to the day ("Trump held talks with Abe in Tokyo on Monday"); None for any other event."""
    src = ev.source
    if (ev.type != "CONSULT" or ev.status != "occurred" or src is None or src.kind != "person"
            or ev.location is None or ev.location_basis != "text" or ev.location.country in (None, src.country)
            or not ev.date or len(ev.date) < 10 or (ev.trigger or "").lower() in GOING_WORDS):
        return None
    return (src.id or src.name, ev.date, ev.location)


def said_abroad(events: list[Event]) -> list[Event]:
    """Words a person said on the day of his stay abroad, where the sentence names no place, are
    placed where he stayed: "Trump held talks with Abe in Tokyo on Monday. ... Trump said Monday
    that China would pay" was said in Japan, not at home. A stay placed by the actors only, a planned
    visit, a trip under way ("Traveling to Quito, X accused Y": on the way), another day or another
    speaker lend nothing."""
    stays: dict[tuple[str, str], Location | None] = {}
    for ev in events:
        found = _stay(ev)
        if found is not None:
            key = found[:2]
            stays[key] = found[2] if stays.get(key, found[2]) == found[2] else None  # two places: neither
    out = []
    for ev in events:
        place = stays.get((ev.source.id or ev.source.name, ev.date or "")) if (
            ev.source is not None and ev.source.kind == "person" and ev.type in SAID_TYPES
            and ev.location_basis != "text") else None
        out.append(replace(ev, location=place, extra={**ev.extra, LOCATION_BASIS: "stay"}) if place else ev)
    return out


def discourse_mentions(doc: "Doc", mentions: list[Mention],
                       title_roles: Callable[[str], set[str]]) -> list[Mention]:
    """Extra mentions for bare titles, offices and unknown persons introduced with their side.

    ``mentions`` are the knowledge base's (any order); ``title_roles`` maps a title phrase
    ("prime minister") to the roles it can name (``KnowledgeBase.title_roles``).
    """
    index = _Index(doc, mentions)
    found = _People()
    out: list[Mention] = []
    people: dict[int, list[Span]] = {}  # by sentence start (Span.ents would scan every entity per sentence)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            people.setdefault(ent.sent.start, []).append(ent)
    for sent_no, sent in enumerate(doc.sents):
        out.extend(_continents(sent, index))
        out.extend(_elided_koreas(sent, index))
        out.extend(_korean_compass(sent, index))
        out.extend(_people_groups(sent, index))
        out.extend(_bare_titles(sent, index, title_roles))  # first: "a spokesman for [the country]'s agency"
        out.extend(_group_fighters(sent, index))
        out.extend(_bodies(sent, index))
        out.extend(_documents(sent, index))  # after: "the ministry issued a statement"
        out.extend(_new_persons(people.get(sent.start, []), index, found, sent_no))
        out.extend(_repeats(sent, index, {**found.families, **found.known}))
        _learn_families(sent, index, found.families)
        official = _unnamed_official(sent, index)
        if official is not None:
            found.unnamed = (sent_no, *official)
    return out


__all__ = ["discourse_mentions", "said_abroad"]
