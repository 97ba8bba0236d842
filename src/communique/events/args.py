"""Event arguments: which actors a trigger's syntactic arguments refer to.

Works on a spaCy dependency parse plus the knowledge base's mentions. An
argument token's actors are the mentions inside its *local* subtree (not
crossing into clauses of its own), its coordinated siblings included. Pronouns
and plural descriptions ("they", "the two leaders", "the group") are resolved
through the discourse state: the enclosing clauses' subjects first, then the
most recent actors of the article.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from ..types import Actor, Event, Mention
from .discourse import generic_holder, previous_sentence_start
from .gender import PRONOUN_GENDER, fits, is_known, person_genders
from .surnames import family_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: dependency labels that open a clause of their own: an argument's actors stop there
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "appos"})
#: prepositions on an argument noun whose objects still describe the argument ("leaders of India")
KEEP_PREPS = frozenset({"of", "from", "including", "like"})
#: people who speak or act for whoever their "for" phrase names ("a spokesman for the SDF", "a lawyer
#: for the publisher"); not envoys or negotiators, whose "for" names a topic ("the envoy for Syria")
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "attorney", "lawyer", "counsel",
                        "aide", "adviser", "advisor"})
#: holders of a state's power whose "in" phrase names that state ("authorities in China", "prosecutors
#: in Sweden"), and the sides of its strife ("called on all sides [in] Yemen", "the parties in Libya"); not
#: envoys or reporters, who work in a state they do not act for
HELD_IN = frozenset({"authority", "official", "prosecutor", "police", "court", "judge", "investigator",
                     "regulator", "side", "party", "faction"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs", "both"})
THING_PRONOUNS = frozenset({"it", "its"})
#: the speaker's own side in quotes and statements ("we will not remain constrained")
FIRST_PERSON = frozenset({"we", "our", "us", "ours", "i", "my", "me"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
#: words of a state's own arms after "its" ("its nuclear and missile tests", "its missile programme",
#: "its uranium enrichment"): what "its" stands for is a state or an armed group, not an organisation
#: such as the UN or a person
STATE_ARMS = frozenset({"nuclear", "missile", "ballistic", "atomic", "warhead", "icbm", "uranium", "plutonium",
                        "enrichment"})
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4}
PLURAL_DETS = frozenset({"both", "two", "three", "four", "five", "these", "those", "all"})
#: head nouns whose country modifiers are a subject matter, not a party ("the North Korea policy
#: review", "Japan-South Korea relations", "U.S. chip exports"); elsewhere a modifier names a party
#: ("an Iranian consular building", "South Korean counterparts", "Russian troops")
TOPIC_NOUNS = frozenset({
    "policy", "review", "issue", "question", "matter", "problem", "program", "programme", "strategy",
    "debate", "affair", "situation", "relation", "relationship", "tie", "crisis", "file", "dossier",
    "export", "import", "economy", "market", "stock", "currency", "election", "politics", "history",
    "expert", "analyst", "specialist", "watcher", "observer", "scholar", "study", "studies", "coverage",
    "news", "media", "press", "report", "peninsula", "border", "region", "sea", "airspace",
})
#: topic nouns that are also a side's own course of action: a country name before one is what it
#: is about ("the North Korea policy", "the Iran strategy"), but an adjective or a short form is whose
#: it is ("American policy", "the U.S. strategy in Syria"), as with the nouns of inquiry below; a
#: stance on one is a stance on its owner (``course_owners``)
COURSE_NOUNS = frozenset({"policy", "strategy", "program", "programme"})
#: nouns of inquiry: a state named before one is what is looked into, not who looks ("the Russia probe",
#: "the Trump-Russia investigation"); a possessive, an adjective, an agency or a short form still names
#: who does ("Turkey's inquiry", "a Russian investigation", "the FBI investigation", "a U.S. probe")
INQUIRY_NOUNS = frozenset({"investigation", "probe", "inquiry", "enquiry", "hoax", "scandal", "collusion"})
PERSON_PLURALS = frozenset({"leader", "president", "minister", "premier", "counterpart", "diplomat", "head"})
#: nouns that, with "the"/"both"/a number, refer back to the actors just mentioned
PLURAL_NOUNS = frozenset({
    "leader", "country", "nation", "side", "president", "government", "ally", "partner",
    "minister", "counterpart", "group", "state", "neighbor", "neighbour", "party", "power",
    "delegation", "official", "premier",
})
#: modifiers that make "the two leaders" people of a party or body at home, not the states the article
#: named together ("a meeting with the two Democratic leaders", "the three opposition parties")
HOME_MODIFIERS = frozenset({
    "democratic", "republican", "gop", "congressional", "senate", "opposition", "union", "labor", "labour",
    "conservative", "liberal", "tribal", "local", "municipal", "provincial", "party", "ruling",
})
#: people who speak or negotiate for a side: unnamed, they may be any side's
ENVOY_NOUNS = frozenset({"negotiator", "envoy", "representative", "delegate", "spokesman", "spokesperson", "aide"})
#: words that make "the ... group" an armed or militant one ("the militant group", "the Sunni insurgent group")
ARMED_WORDS = frozenset({
    "militant", "extremist", "armed", "rebel", "terrorist", "terror", "insurgent", "islamist", "jihadist", "jihadi",
    "militia", "separatist", "radical", "paramilitary", "guerrilla", "guerilla", "sunni", "shiite", "shia",
    "hacker", "hacking", "islamic", "fundamentalist", "violent", "outlawed", "banned", "proscribed", "al",
})
#: words of those who stand or take up arms against a state's government ("Syrian rebels", "Syrian rebel
#: forces", "Afghan insurgents", "Syrian opposition fighters"): a group of the state's country, not the state
REBEL_WORDS = frozenset({"rebel", "insurgent", "opposition", "separatist", "guerrilla", "guerilla"})
#: accords and meetings named after the city they were made in ("the Paris agreement", "the Minsk talks")
PLACE_NAMED = frozenset({"agreement", "accord", "treaty", "convention", "protocol", "pact", "summit", "talk",
                         "process", "format", "declaration", "communique", "conference", "charter", "consensus"})
GROUP_NOUNS = frozenset({"group", "bloc", "alliance", "grouping", "club", "coalition"})
#: nouns that make an organisation a description of the state they name: "NATO member Norway",
#: "EU member state Malta", "NATO allies Poland and Lithuania" (the state is the party)
MEMBER_NOUNS = frozenset({"member", "ally", "partner"})
#: nouns an armed group's name is set in apposition to: "the Somali militant group al-Shabaab", "the
#: Nigerian extremist movement Boko Haram" (the group is the party, its country only says where it is)
NAMED_GROUP_NOUNS = frozenset({"group", "movement", "organization", "organisation", "militia", "faction", "outfit"})


#: second halves of hyphenated modifiers that make a state a qualifier of the party, not the party:
#: "U.S.-backed forces", "Iranian-made drones" (but "Saudi-led coalition": the leader acts)
QUALIFIER_SUFFIXES = ("backed", "allied", "based", "funded", "supported", "sponsored", "aligned", "made",
                      "built", "trained", "armed", "friendly", "born", "educated")


#: qualifiers that name an ally, never the party itself, even when nothing else names it: "U.S.-allied
#: Kurdish forces" are not the United States ("Iranian-backed militia" still stands for Iran, the patron)
ALLY_SUFFIXES = ("allied", "friendly", "aligned")


def names_doer(mod: "Token") -> bool:
    """Whether ``mod``, a premodifier of a noun of action, names who acts rather than what the action
    is about: a possessive ("Turkey's inquiry"), an adjective ("a Russian investigation", "American
    policy"), an agency ("the FBI investigation") or a short form ("a U.S. probe", "the UK strategy");
    a plain country name ("the Russia probe", "the North Korea policy") is the subject matter."""
    return mod.dep_ == "poss" or not mod.tag_.startswith("NNP") or mod.ent_type_ != "GPE" \
        or mod.text.isupper() or "." in mod.text


def _qualifier_suffix(doc: "Doc", m: Mention, span: "Span") -> str | None:
    """The second half of the hyphenated modifier a mention only qualifies a noun through ("backed"
    in "U.S.-backed"), or None."""
    last = span[-1]
    # "-backed" when the tokenizer kept one token (the span's own text: doc.text would join the whole article)
    rest = span.text[m.end - span.start_char:] if span.start_char <= m.end else ""
    if not rest and last.i + 2 < len(doc) and doc[last.i + 1].text in ("-", "–"):
        rest = "-" + doc[last.i + 2].lower_
    suffix = rest[1:].lower()
    return suffix if rest[:1] in ("-", "–") and suffix in QUALIFIER_SUFFIXES else None


#: how many of the latest events the discourse keeps (an answer looks back past its own side's acts)
RECENT_EVENTS = 4
#: how many of the document's sentences back (short lines and captions too, as ``CLAIM_REACH``) the latest
#: event still is the story being told: past that the article has moved on, and a later act that names no
#: other side is most often at home ("asked the congressional leaders to authorize ..." long after the
#: strikes on ISIS), not aimed at that event's other side
STORY_REACH = 6


@dataclass
class Discourse:
    """What the article has been talking about, sentence by sentence."""

    last_person: Actor | None = None
    last_subject: Actor | None = None
    last_group: tuple[Actor, ...] = ()  # actors of the latest event with >= 2 states
    last_coord: tuple[Actor, ...] = ()  # latest set of >= 2 actors named together
    last_by_type: dict[str, Event] = field(default_factory=dict)  # latest event of each type
    last_org: Actor | None = None
    last_speaker: Actor | None = None  # subject of the latest reporting verb ("..., Pompeo said")
    #: who "we" are in a statement whose authors name themselves ("We, the leaders of Japan and Korea, ...")
    authors: tuple[Actor, ...] = ()
    #: each state the article has named (its first mention) and how often it, or one of its officials, was named
    states: dict[str, Actor] = field(default_factory=dict)
    state_mentions: dict[str, int] = field(default_factory=dict)
    events_noted: int = 0
    #: the document's number of the sentence being read (``doc.sents`` order, the extractor sets it): the
    #: unit of every reach back over sentences, as ``CLAIM_REACH``'s
    sentence: int = 0
    last_event_at: int = -1  # the number of the sentence that reported the latest event
    #: the latest group named (kind "group": "ISIS", "the Quad") and latest set of >= 3 actors named
    #: together, each with the number of the sentence that named it: what "the group" is
    last_named_group: tuple[int, Actor] | None = None
    last_bloc: tuple[int, tuple[Actor, ...]] | None = None

    def note_mentions(self, actors: list[Actor]) -> None:
        for a in actors:
            if a.kind == "person":
                self.last_person = a
            if a.kind in ("organization", "group"):
                self.last_org = a
            if a.kind == "group":
                self.last_named_group = (self.sentence, a)
            if a.kind == "state":
                self.states.setdefault(a.code, a)
            if a.kind == "state" or (a.kind == "person" and a.country == a.code):
                self.state_mentions[a.code] = self.state_mentions.get(a.code, 0) + 1

    groups: list[tuple[Actor, ...]] = field(default_factory=list)  # every set of >= 2 states, in order

    recent_events: list[Event] = field(default_factory=list)  # the last few events of earlier sentences, in order

    @property
    def last_event(self) -> Event | None:
        """The latest event of earlier sentences."""
        return self.recent_events[-1] if self.recent_events else None

    @property
    def story_event(self) -> Event | None:
        """The latest event of earlier sentences while it is still the story being told: reported
        at most ``STORY_REACH`` of the document's sentences back."""
        return self.last_event if self.sentence - self.last_event_at <= STORY_REACH else None

    #: every ACCUSE event, in order, with its number among the events noted
    accusations: list[tuple[int, Event]] = field(default_factory=list)

    #: every act named with its doers, in order, by name or by type: ("drill", "", (USA, KOR)) for
    #: "joint U.S.-South Korean drills"; ("", "MOBILIZE", (PRK,)) for "North Korea fired missiles"
    doers: list[tuple[str, str, tuple[Actor, ...]]] = field(default_factory=list)

    def note_doers(self, lemma: str, type_: str, actors: Iterable[Actor]) -> None:
        group = tuple(actors)
        if group:
            self.doers.append((lemma, type_, group))
            del self.doers[:-40]

    def doers_of(self, lemma: str | None, types: tuple[str, ...], own: set[str]) -> list[Actor] | None:
        """The doers of the latest act named ``lemma`` (with ``lemma`` None: of the latest act of one
        of ``types``), those not of ``own`` side first: "Pyongyang condemned the drills" is aimed at
        whoever held them; when that act was the speaker's own ("Pyongyang praised the launch"), only
        its own doers (no second party). None when the article named no such act."""
        entry = next((e for e in reversed(self.doers) if (e[0] == lemma if lemma else e[1] in types)), None)
        if entry is None:
            return None
        return [a for a in entry[2] if a.code not in own] or list(entry[2])

    def note_event(self, ev: Event) -> None:
        self.last_by_type[ev.type] = ev
        self.events_noted += 1
        if ev.type == "ACCUSE":
            self.accusations.append((self.events_noted, ev))
        self.recent_events.append(ev)
        del self.recent_events[:-RECENT_EVENTS]
        self.last_event_at = self.sentence
        actors = ev.actors()
        if len({a.code for a in actors}) >= 2:
            self.last_group = actors
            self.groups.append(actors)

    def main_counterpart(self, own: set[str]) -> Actor | None:
        """The state the article has named most often (itself or its officials), besides ``own``,
        when it has been named at least twice."""
        order = list(self.states)  # a tie goes to the state named first
        counts = [(n, -order.index(code), code) for code, n in self.state_mentions.items()
                  if code not in own and code in self.states]
        if not counts:
            return None
        n, _, code = max(counts)
        return self.states[code] if n >= 2 else None

    def note_coord(self, actors: tuple[Actor, ...]) -> None:
        if len({a.code for a in actors}) >= 2:
            self.last_coord = actors
            self.groups.append(actors)
        if len({a.code for a in actors}) >= 3:
            self.last_bloc = (self.sentence, actors)

    def group_with_persons(self) -> tuple[Actor, ...]:
        """The latest set naming persons of at least two states ("the leaders")."""
        for g in reversed(self.groups[-12:]):
            if len({a.code for a in g if a.kind == "person"}) >= 2:
                return g
        return self.last_group

    def group_of_size(self, n: int, persons: bool = False) -> tuple[Actor, ...]:
        """The latest set of exactly ``n`` states ("the three countries"); with ``persons``, one
        naming persons of them ("the two leaders")."""
        for g in reversed(self.groups[-12:]):
            if len({a.code for a in g}) == n and (
                    not persons or len({a.code for a in g if a.kind == "person"}) >= 2):
                return g
        return self.group_of_size(n) if persons else ()


class ArgumentResolver:
    """Maps tokens of one parsed article to the actors they refer to."""

    def __init__(self, doc: "Doc", mentions: list[Mention]):
        self.doc = doc
        self.mentions = mentions
        self.by_token: dict[int, list[int]] = {}  # a token can hold several ("U.S.-Japan")
        self.qualifiers: set[int] = set()  # mentions in "U.S.-backed", "Iranian-made"
        #: the spans that name a person: the parser's PERSON entities and the person actors' mentions
        self.person_spans: list[tuple[Span, Actor | None]] = [
            (e, None) for e in doc.ents if e.label_ == "PERSON"]
        self.renamed = _renamed(doc, mentions)
        self._named: list[tuple[int, Actor | None, str]] | None = None
        self._genders: dict[str, str] | None = None
        for mi, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            if m.actor.kind == "person":
                self.person_spans.append((span, m.actor))
            suffix = _qualifier_suffix(doc, m, span)
            if suffix in ALLY_SUFFIXES:
                continue  # "U.S.-allied": never the party, wherever it is read
            if suffix is not None:
                self.qualifiers.add(mi)
            for t in span:
                self.by_token.setdefault(t.i, []).append(mi)

    def fits(self, actor: Actor | None, pronoun: "Token", name: str | None = None) -> bool:
        """Whether "he" or "she" can stand for a person: not one the article says is of the other
        gender ("Ms. Haley" is no "he", "Mr. Maduro" no "she")."""
        return fits(actor, name, pronoun.lower_, self.genders())

    def genders(self) -> dict[str, str]:
        """The genders the article gives its persons (``gender.person_genders``), found once."""
        if self._genders is None:
            self._genders = person_genders(self.doc, self.person_spans)
        return self._genders

    # -- mentions ---------------------------------------------------------------------------
    def mention_of(self, tok: "Token") -> Mention | None:
        found = self.by_token.get(tok.i)
        return self.mentions[found[0]] if found else None

    def mentions_at(self, tok: "Token") -> list[Mention]:
        return [self.mentions[mi] for mi in self.by_token.get(tok.i, ())]

    def inside_name(self, tok: "Token") -> bool:
        """Whether ``tok`` is one word of an actor's longer proper name ("Mobilization" in "the Popular
        Mobilization Units", "Cooperation" in "the Shanghai Cooperation Organisation"): a name, no event word."""
        return any(m.how in ("name", "alias") and m.end - m.start > len(tok.text) for m in self.mentions_at(tok))

    def local_tokens(self, head: "Token") -> list["Token"]:
        """The argument's own tokens: its subtree without its clauses, most PPs, and
        country modifiers of non-agent nouns ("North Korea" in "the North Korea policy")."""
        out: list[Token] = []
        stack = [head]
        while stack:
            t = stack.pop()
            out.append(t)
            topical = t.lemma_.lower() in TOPIC_NOUNS and t.i not in self.by_token
            for c in t.children:
                if c.dep_ in CLAUSAL or self.names_no_party(c, t):
                    continue
                if c.dep_ == "prep" and c.lower_ not in KEEP_PREPS and not (
                        c.lower_ == "for" and t.lemma_.lower() in SPEAKS_FOR) and not self._held_in(c, t):
                    continue
                if c.dep_ in ("compound", "amod", "nmod") and topical and c.i in self.by_token:
                    continue
                stack.append(c)
        return sorted(out, key=lambda t: t.i)

    def course_owners(self, noun: "Token") -> list[Actor]:
        """Whose own course of action ``noun`` is, as its adjective or short form names it ("American
        policies", "the U.S. strategy in Syria", "EU trade policies"); not a plain country name, which
        is the subject matter ("the North Korea policy"), as ``local_tokens`` reads it."""
        if noun.lemma_.lower() not in COURSE_NOUNS:
            return []
        mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod") and names_doer(c)]
        return list(dict.fromkeys(m.actor for c in mods for m in self.mentions_at(c)))

    def _held_in(self, prep: "Token", noun: "Token") -> bool:
        """Whether ``prep`` is the "in" of "authorities in China" (``HELD_IN``), the state they act
        for; not when the noun names its own side before ("U.S. officials in Iraq"), nor when a word before
        it sets them against the state's government ("opposition factions in Syria", "rebel authorities in
        Ukraine": ``REBEL_WORDS``)."""
        before = [c for c in noun.children if c.i < noun.i]
        return prep.lower_ == "in" and noun.lemma_.lower() in HELD_IN and not any(
            d.i in self.by_token for c in before for d in c.subtree) and not any(
            c.lemma_.lower() in REBEL_WORDS for c in before)

    def names_no_party(self, mod: "Token", noun: "Token") -> bool:
        """Whether ``mod``, a premodifier of ``noun``, names no party to it: the state an inquiry looks
        into ("the Russia probe") or the city an accord or a meeting is named after ("the Paris climate
        agreement", "the Minsk agreements", "the Oslo accords")."""
        return self.inquiry_topic(mod, noun) or self._place_name(mod, noun)

    def _place_name(self, mod: "Token", noun: "Token") -> bool:
        if noun.lemma_.lower() not in PLACE_NAMED or mod.i >= noun.i or mod.dep_ != "compound":
            return False
        found = self.mentions_at(mod)
        return bool(found) and all(m.how == "metonym" for m in found)

    def inquiry_topic(self, mod: "Token", noun: "Token") -> bool:
        """Whether ``mod``, a premodifier of ``noun``, names the state an inquiry looks into ("Russia"
        in "the Russia probe", "Mueller's Russia investigation", "the Trump-Russia inquiry")."""
        if noun.lemma_.lower() not in INQUIRY_NOUNS or mod.i >= noun.i or names_doer(mod):
            return False
        node = mod
        while node.i != noun.i and node.dep_ in ("compound", "nmod", "npadvmod", "amod", "punct"):
            node = node.head  # "Trump-Russia": the state may hang on the other half of the pair
        return node.i == noun.i and any(m.actor.kind == "state" for m in self.mentions_at(mod))

    def actors_in(self, head: "Token") -> list[Actor]:
        """Distinct actors mentioned in the argument headed by ``head``, in text order. A state in a
        hyphenated qualifier stands for the argument only when nothing else names it: "Iranian-backed
        militia" (Iran, the best the text says), "the U.S.-backed SDF" (the SDF); one in an ally
        qualifier ("U.S.-allied forces") is never indexed, so never returned."""
        members = self._named_members(head)
        if members:
            return members
        tokens = self.local_tokens(head)
        described = {d.i for t in tokens if self._names_a_member(t) for d in t.subtree if d.i < t.i}
        described |= self._group_homes(tokens)
        found = list(dict.fromkeys(mi for t in tokens if t.i not in described for mi in self.by_token.get(t.i, ())))
        if any(mi not in self.qualifiers for mi in found):
            found = [mi for mi in found if mi not in self.qualifiers]
        return self._rebels_as_groups(head, _named_holders_first([self.mentions[mi].actor for mi in found]))

    def _rebels_as_groups(self, head: "Token", actors: list[Actor]) -> list[Actor]:
        """ "Syrian rebels", "Syrian rebel forces", "the Afghan insurgents": a state named before a noun
        of those who stand against its government (``REBEL_WORDS``) is the country they are of, not a
        side acting as the state: a group under the country's code."""
        mods = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")]
        if head.lemma_.lower() not in REBEL_WORDS and not any(c.lemma_.lower() in REBEL_WORDS for c in mods):
            return actors
        if head.lemma_.lower() == "opposition" and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
            return actors  # "Russian opposition [to] the shield": the state's objection, no opposition of it
        named = {m.actor.code for c in mods for m in self.mentions_at(c) if m.actor.kind == "state"}
        if not named:
            return actors
        name = head.doc[min(c.i for c in mods):head.i + 1].text
        return [Actor(a.code, name, "group", country=a.code) if a.kind == "state" and a.code in named else a
                for a in actors]

    def _group_homes(self, tokens: list["Token"]) -> set[int]:
        """The tokens of a state written before an armed or political group of that state ("Lebanon's
        Hezbollah", "Yemen's Houthis", "the Lebanese Hezbollah"): it says where the group is, not who
        acts with it."""
        out: set[int] = set()
        for t in tokens:
            if t.dep_ not in ("poss", "compound", "amod", "nmod") or t.head.i <= t.i:
                continue
            states = [m.actor for m in self.mentions_at(t) if m.actor.kind == "state"]
            groups = [m.actor for m in self.mentions_at(t.head) if m.actor.kind == "group"]
            if states and any(g.country == s.code for g in groups for s in states):
                out.update(d.i for d in t.subtree)
        return out

    def _names_a_member(self, tok: "Token") -> bool:
        """ "member" in "NATO member Norway", "EU member state Malta": a membership noun premodifying
        a named actor, so the organisation before it only describes that actor."""
        if tok.lemma_.lower() not in MEMBER_NOUNS or tok.dep_ != "compound":
            return False
        node = tok
        while node.dep_ == "compound" and node.head != node:
            node = node.head
        return node.i in self.by_token

    def _named_members(self, head: "Token") -> list[Actor]:
        """The states an appositive names after a membership noun ("NATO allies Poland and Lithuania"),
        and the armed group one names after a noun of a group ("the Nigerian militant group Boko Haram":
        the appositive is no part of the argument's own tokens, so the adjective alone would be the side)."""
        lemma = head.lemma_.lower()
        if lemma not in MEMBER_NOUNS and lemma not in NAMED_GROUP_NOUNS:
            return []
        found = next((found for c in head.children if c.dep_ == "appos" for found in [self.actors_in(c)]
                      if found), [])
        if lemma in MEMBER_NOUNS or all(a.kind == "group" for a in found):
            return found
        return []

    def named_doers(self, noun: "Token", places: bool = True) -> list[Actor]:
        """Who an act noun itself says did it: its premodifiers ("Iran's strikes", "the North Korean
        launch", "joint U.S.-South Korean drills") and its "by" phrase ("the raid by Israel"). Without
        ``places``, not a capital standing for its state ("the Paris accord" was signed there)."""
        found: list[int] = []
        for t in noun.subtree:
            if t.i >= noun.i:
                break
            found.extend(mi for mi in self.by_token.get(t.i, ()) if mi not in self.qualifiers
                         and (places or self.mentions[mi].how != "metonym"))
        out = [self.mentions[mi].actor for mi in dict.fromkeys(found)]
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                out.extend(a for o in p.children if o.dep_ == "pobj" for a in self.actors_in(o))
        return out

    def qualifier_codes(self, noun: "Token") -> set[str]:
        """Codes named only in a hyphenated qualifier among ``noun``'s premodifiers ("the U.S.-backed
        Ethiopian invasion": USA), a patron rather than the doer."""
        quals: set[str] = set()
        plain: set[str] = set()
        for t in noun.subtree:
            if t.i >= noun.i:
                break
            for mi in self.by_token.get(t.i, ()):
                (quals if mi in self.qualifiers else plain).add(self.mentions[mi].actor.code)
        return quals - plain

    # -- anaphora ---------------------------------------------------------------------------
    def is_anaphor(self, head: "Token") -> bool:
        low = head.lower_
        if low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in THING_PRONOUNS or low in FIRST_PERSON:
            return True
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        if low in GROUP_NOUNS and det & {"the", "this"}:
            return True
        if head.pos_ == "NUM" and low in NUMBERS and "the" in det:
            return True  # "the two had agreed"
        if head.lemma_.lower() in PLURAL_NOUNS and head.tag_ == "NNS":
            mods = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod", "compound")}
            return bool(mods & (PLURAL_DETS | {"the"})) and not mods & HOME_MODIFIERS
        return False

    def resolve_anaphor(self, head: "Token", ctx: Discourse) -> list[Actor]:
        low = head.lower_
        if low in FIRST_PERSON:
            return self.speaker(head, ctx)
        if head.dep_ in OBJECT_DEPS and low in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            # "Macron met Xi, urging him to ...": an object pronoun is not its own clause's subject
            return self.object_antecedent(head, ctx)
        if low in PERSON_PRONOUNS:
            subj = [a for a in self.clause_subject_actors(head, persons_only=True) if self.fits(a, head)]
            near = subj or self.person_before(head)
            return near[:1] if near is not None else self.latest_person(head, ctx)
        if low in THING_PRONOUNS:
            subj = [a for a in self.clause_subject_actors(head) if a.kind != "person"]
            if _arms_possessed(head) and not any(a.kind in ("state", "group") for a in subj):
                owner = self.object_state_before(head)
                if owner:
                    return owner  # "The Security Council condemned North Korea and said its missile tests ..."
            if subj:
                return subj[:1]
            return [ctx.last_subject] if ctx.last_subject and ctx.last_subject.kind != "person" else []
        if low == "alliance":
            here = self.org_before(head)
            return [here] if here else ([ctx.last_org] if ctx.last_org else [])
        if low == "group":
            return self.group_referent(head, ctx)
        if low in GROUP_NOUNS:
            return list(ctx.last_coord or ctx.last_group)
        # plural: "they", "their talks", "the two leaders", "both countries"
        count = NUMBERS.get(low) if head.pos_ == "NUM" else None
        count = count or next((NUMBERS[c.lower_] for c in head.children if c.lower_ in NUMBERS), None)
        if count:
            listed = self.coordination_before(head, count)
            return list(listed or ctx.group_of_size(count, persons=head.lemma_.lower() in PERSON_PLURALS))
        if head.lemma_.lower() in PERSON_PLURALS:
            return list(ctx.group_with_persons())
        if low in PLURAL_PRONOUNS:
            subj = self.clause_subject_actors(head)
            if len(subj) >= 2 or (subj and subj[0].kind in ("organization", "group")):
                return subj  # "Biden and Xi ... they", "G7 ministers said they ..."
            if low != "both" and (plural := self.plural_subject_before(head)) is not None:
                # "Peru and Chile signed ... They agreed"; "Hackers have shown ... They can hack": no party
                return self.coordinated_actors(plural) or self.actors_of(plural, ctx)
        return list(ctx.last_group)

    def object_state_before(self, tok: "Token") -> list[Actor]:
        """The state or armed group nearest before ``tok`` in its sentence that is a verb's object
        ("accused North Korea of ...", "urged Iran to ...", "called on Pyongyang to ...")."""
        for t in reversed(self.doc[tok.sent.start: tok.i]):
            if t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.pos_ == "VERB"):
                found = [a for a in self.actors_in(t) if a.kind in ("state", "group")]
                if found:
                    return found[:1]
        return []

    def plural_subject_before(self, tok: "Token") -> "Token | None":
        """The nearest main-clause subject before ``tok`` in its sentence or the one before, when it is
        a plural noun ("Democrats shouldn't hold funding hostage. They can't ..."): what "they" most
        likely refers to; also the subject of the clause the main verb reports ("a source said that [the
        rebels] are producing mortars. Furthermore, they stormed ..."). Not a subordinate or conjoined
        clause's ("..., as deep differences remain")."""
        for t in reversed(self.doc[previous_sentence_start(tok): tok.i]):
            if t.dep_ in SUBJECTS and _main_or_reported(t.head) and t.pos_ in ("NOUN", "PROPN") and (
                    t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)):
                # unnamed officials may be any side's: "Officials said they would meet again"
                return None if t.lemma_.lower() in PLURAL_NOUNS | ENVOY_NOUNS else t
        return None

    def group_referent(self, head: "Token", ctx: Discourse) -> list[Actor]:
        """What "the group" is: a group named earlier in its sentence ("Boko Haram ... the militant
        group"), else the later of the latest group named and the latest set of at least three actors
        named together ("Biden, Suga, Modi and Morrison - the Quad. The group met": the set); not a
        pair of states, which news does not call a group. Not a group of another kind ("the charity
        group", "the rights group"): no actor the article named."""
        kinds = [c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ != "NORP"]
        if any(c.lemma_.lower() not in ARMED_WORDS for c in kinds):
            return []
        here = self.org_before(head)
        if here is not None and here.kind == "group":
            return [here]
        named, bloc = ctx.last_named_group, ctx.last_bloc
        if bloc is not None and (named is None or bloc[0] >= named[0]):
            return list(bloc[1])
        return [named[1]] if named is not None else []

    def speaker(self, tok: "Token", ctx: Discourse) -> list[Actor]:
        """Who "we" or "I" is: the subject of the clause that reports this one ("'We will ...,'
        he said"), else the latest speaker of the article, else the authors of a statement who
        named themselves."""
        node = tok
        for _ in range(12):
            head = node.head
            if head == node:
                break
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                         and not (c.left_edge.i <= tok.i <= c.right_edge.i)), None)
            if subj is not None and not _first_person(subj):
                found = self.actors_of(subj, ctx)
                if found:
                    return found[:1]
                if subj.ent_type_ == "PERSON" or subj.lower_ in PERSON_PRONOUNS:
                    return []  # a speaker no actor stands for: a private person's "I"
            node = head
        return [ctx.last_speaker] if ctx.last_speaker else list(ctx.authors)

    def note_authors(self, sent: "Span", ctx: Discourse) -> None:
        """ "We, the foreign ministers of Japan and Korea, ...": the actors a first-person plural's
        apposition names are who "we" and "our" are in the rest of the statement."""
        for tok in sent:
            if tok.lower_ == "we":
                named = [a for c in tok.children if c.dep_ == "appos" for a in self.actors_in(c)]
                if named:
                    ctx.authors = tuple(dict.fromkeys(named))
                    return

    def person_before(self, tok: "Token") -> list[Actor] | None:
        """The nearest person named earlier in the same sentence ("after Trump's announcement,
        he threatened ..."): closer than the article's latest person. A nearer person no actor
        stands for ("a court in Athens heard Ivanov before he ...") means no one, not an earlier
        sentence's person: None only when the sentence names no person before the pronoun. Not a person
        named in a quotation when the pronoun stands outside it: "'I respect Obama,' he said" is not Obama."""
        before = tok.sent[: tok.i - tok.sent.start]
        outside = sum(map(_quote_mark, before)) % 2 == 0  # the pronoun stands outside any quotation
        quoted = False
        for t in reversed(before):
            quoted = quoted != (outside and _quote_mark(t))
            if quoted or _quote_mark(t):
                continue
            for m in self.mentions_at(t):
                if m.actor.kind == "person" and self.fits(m.actor, tok, m.text):
                    return [m.actor]
            if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and self.fits(None, tok, _ent_text(t)) \
                    and not any(m.actor.kind == "person" for m in self.mentions_at(t)):
                return []
        return None

    def latest_person(self, tok: "Token", ctx: Discourse) -> list[Actor]:
        """Who "he" or "she" with no person in its sentence is: the latest person the article named
        before it when an actor stands for that person, else no one. "Obama ... the hacker Ivanov
        was last seen in Greece. He may travel to ..." is about Ivanov, whom no actor stands for.
        Not a person the article says is of the other gender; and "she", the rarer pronoun in news,
        is first the latest person it says is a woman ("Ms. Haley met Mr. Maduro ... She")."""
        named = self._named_persons()
        if PRONOUN_GENDER.get(tok.lower_) == "f" and (woman := self._latest_woman(tok)) is not None:
            return woman
        if (subject := self._previous_subject(tok, ctx)) is not None:
            return [subject]
        for _, actor, name in reversed(named[:bisect_right(named, tok.sent.start, key=_end_key)]):
            if self.fits(actor, tok, name):
                return [actor] if actor is not None else []
        return [ctx.last_person] if ctx.last_person and self.fits(ctx.last_person, tok) else []

    def _previous_subject(self, tok: "Token", ctx: Discourse, depth: int = 0) -> Actor | None:
        """The person the sentence before names as its main clause's subject, for a subject pronoun:
        "Trump spoke on Monday, flanked by Pence. He ordered ..." is Trump, not the latest named; where
        that subject is a pronoun too, whom it stands for ("He said he had talked to Lavrov. He said
        ..." goes on about the same man), a few sentences back at most."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in PERSON_PRONOUNS and depth < 3:
            near = self.person_before(subj)
            if near is not None:
                return near[0] if near and self.fits(near[0], tok) else None
            before = self._previous_subject(subj, ctx, depth + 1)
            return before if before is not None and self.fits(before, tok) else None
        found = self.mentions_at(subj) if subj is not None else []
        person = next((m for m in found if m.actor.kind == "person"), None)
        return person.actor if person is not None and self.fits(person.actor, tok, person.text) else None

    def _named_persons(self) -> list[tuple[int, Actor | None, str]]:
        """(end, actor, text) of every span naming a person (the tagger's PERSON entities and the family
        names it tags otherwise, ``renamed``), in the order they end: made once per article."""
        if self._named is None:
            spans = [e for e in self.doc.ents if e.label_ == "PERSON"] + self.renamed
            found = []
            for ent in sorted(spans, key=lambda e: (e.end, e.start)):
                actors = [m.actor for t in ent for m in self.mentions_at(t) if m.actor.kind == "person"]
                found.append((ent.end, actors[0] if actors else None, ent.text))
            self._named = found
        return self._named

    def _latest_woman(self, tok: "Token") -> list[Actor] | None:
        """The latest person before ``tok``'s sentence the article says is a woman: her actor, or
        none when no actor stands for her; None when the article has named no woman."""
        named = sorted((p for p in self.person_spans if p[0].end <= tok.sent.start), key=lambda p: p[0].start)
        for span, actor in reversed(named):
            actor = actor or next((m.actor for t in span for m in self.mentions_at(t)
                                   if m.actor.kind == "person"), None)
            if is_known(actor, span.text, "she", self.genders()):
                return [actor] if actor is not None else []
        return None

    def org_before(self, tok: "Token") -> Actor | None:
        """The nearest organisation named earlier in the sentence, or by its official's code
        ("NATO Secretary General Jens Stoltenberg ... the alliance")."""
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            for m in self.mentions_at(t):
                a = m.actor
                if a.kind in ("organization", "group"):
                    return a
                if a.kind == "person" and a.country and a.code != a.country:
                    return Actor(a.code, a.code, "organization", id=f"org/{a.code}")
        return None

    def coordinated_actors(self, tok: "Token") -> list[Actor]:
        """The actors of a coordination headed by ``tok`` ("Japan, South Korea and China"), in
        text order, one per conjunct; empty unless ``tok`` heads one."""
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            return []
        conjuncts = [tok, *[c for c in tok.subtree if c.dep_ == "conj"]]
        return [m.actor for m in map(self.mention_of, conjuncts) if m is not None]

    def coordination_before(self, tok: "Token", n: int) -> tuple[Actor, ...]:
        """A set of exactly ``n`` states named together earlier in the same sentence."""
        best: tuple[Actor, ...] = ()
        for t in tok.sent:
            if t.i >= tok.i:
                break
            acts: list[Actor] = []
            # "Japan, Korea and China", or a hyphenated dyad: "the U.S.-Mexico agreement says both parties"
            dyad = [m.actor for m in self.mentions_at(t)] if len(self.mentions_at(t)) >= 2 else []
            for a in self.coordinated_actors(t) or dyad:
                if a.code not in {x.code for x in acts}:
                    acts.append(a)
            if len(acts) == n:
                best = tuple(acts)
        return best

    def object_antecedent(self, tok: "Token", ctx: Discourse) -> list[Actor]:
        """The actor an object pronoun refers to: the subject of an enclosing clause beyond the
        local one, else the nearest earlier mention of the right kind that is not the local subject."""
        local = self.clause_subject_actors(tok)
        local_codes = {a.code for a in local}
        person = tok.lower_ in PERSON_PRONOUNS
        # "him" is not the local subject himself, but may be a compatriot ("Pelosi accused him")
        others = {_who(a, person) for a in local}
        node = tok
        for _ in range(12):  # climb past the local subject's clause
            head = node.head
            if head == node:
                break
            subj = next((c for c in head.children if c.dep_ in SUBJECTS
                         and not (c.left_edge.i <= tok.i <= c.right_edge.i)), None)
            node = head
            if subj is not None:
                found = [a for a in self.actors_in(subj) if _who(a, person) not in others
                         and (a.kind == "person") == person and (not person or self.fits(a, tok))]
                if found:
                    return found[:1]
        if tok.lower_ in PLURAL_PRONOUNS:  # "invited them": the states named together before
            for n in range(6, 1, -1):
                group = self.coordination_before(tok, n)
                if group and not {a.code for a in group} & local_codes:
                    return list(group)
            return [a for a in ctx.last_group if a.code not in local_codes]
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            for m in self.mentions_at(t):
                if _who(m.actor, person) not in others and (m.actor.kind == "person") == person and (
                        not person or self.fits(m.actor, tok, m.text)):
                    return [m.actor]
        fallback = ctx.last_person if person else ctx.last_subject
        if person and fallback is not None and not self.fits(fallback, tok):
            return []
        return [fallback] if fallback is not None and _who(fallback, person) not in others else []

    def clause_subject_actors(self, tok: "Token", persons_only: bool = False) -> list[Actor]:
        """The actor subject(s) of the nearest enclosing clause that has one (not containing ``tok``).
        For a person, the possessor of an enclosing noun is the subject of the act the noun names:
        "Trump's failure to mention Russia in his address" is Trump's address, not that of the
        sentence's speaker. (Only for persons: the reading holds for "its" too, but there it also
        brings out events of background clauses the annotation rules leave uncoded, "Russia's
        industry, which revitalized its military to keep fighting Ukraine".)"""
        node = tok
        for _ in range(12):
            head = node.head
            if head == node:
                break
            for c in head.children:
                if (c.dep_ in SUBJECTS or (persons_only and c.dep_ == "poss" and head.pos_ == "NOUN")) \
                        and not (c.left_edge.i <= tok.i <= c.right_edge.i):
                    found = [a for a in self.actors_in(c) if not persons_only or a.kind == "person"]
                    if found:
                        return found
            node = head
        return []

    def _named_holder(self, head: "Token", found: list[Actor]) -> list[Actor]:
        """The person a role noun's apposition names, of a side the role names ("the Iranian
        ambassador, Hamid Baeidinejad," -> Baeidinejad; "Trump's deputy assistant, Sebastian Gorka,"
        -> Gorka, not Trump): the apposition must be a name ("Tusk, president of the Council" names
        no one by "president")."""
        if head.pos_ != "NOUN":
            return []  # a name with an apposition ("Mitsotakis, ... Erdogan" misparsed) is its own person
        codes = {a.code for a in found}
        return [self.mentions[mi].actor for c in _appositions(head) if c.ent_type_ == "PERSON"
                for mi in self.by_token.get(c.i, ())
                if self.mentions[mi].actor.kind == "person" and self.mentions[mi].actor.code in codes]

    def _apposed_conjuncts(self, head: "Token") -> list[Actor]:
        """The persons conjoined with a role noun's named apposition, which are the role's conjuncts
        (the parser hangs "and Z" on the name: "[the U.S. secretary of state], Mike Pompeo, and Russian
        Foreign Minister Sergei Lavrov met"), or named in an apposition of that conjunct ("and his
        Russian counterpart, Sergei Lavrov, met")."""
        named = [n for c in _appositions(head) if c.ent_type_ == "PERSON" for z in c.conjuncts
                 for n in (z, *(a for a in z.children if a.dep_ == "appos"))]  # "his counterpart, Y"
        return [m.actor for n in named if (m := self.mention_of(n)) is not None and m.actor.kind == "person"]

    def _named_leader(self, head: "Token", found: list[Actor]) -> list[Actor]:
        """The person an apposition names beside a state or body of their own side: "Palestinian
        Authority (PA) President Mahmoud Abbas, ..., criticized" (the parser hangs the name on the
        body). Only where the argument names no person itself."""
        if head.pos_ != "PROPN" or any(a.kind == "person" for a in found):
            return []
        codes = {a.code for a in found}
        return list(dict.fromkeys(
            self.mentions[mi].actor for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
            for mi in self.by_token.get(c.i, ())
            if self.mentions[mi].actor.kind == "person" and self.mentions[mi].actor.code in codes))

    def actors_of(self, head: "Token", ctx: Discourse) -> list[Actor]:
        """Actors an argument refers to: its mentions, else its antecedent."""
        found = self.actors_in(head)
        if found:
            holder = self._named_holder(head, found) or self._named_leader(head, found)
            if holder:
                holder += [a for a in self._apposed_conjuncts(head) if a not in holder]
            return holder + [a for a in found if a.kind != "person"] if holder else found
        for c in head.children:
            if c.dep_ == "appos":  # "the parliament speaker, Ali Larijani, accused ...": the same party
                found = self.actors_in(c)
                if found:
                    return found
        antecedent = _relative_antecedent(head)
        if antecedent is not None:  # "Abe, who talked with Trump": the noun the clause describes
            return self.actors_of(antecedent, ctx)
        if self.is_anaphor(head):
            return self.resolve_anaphor(head, ctx)
        # a possessive pronoun inside the argument ("his counterpart", "their talks")
        for c in head.children:
            if c.dep_ == "poss" and self.is_anaphor(c):
                return self.resolve_anaphor(c, ctx)
        return []


def _arms_possessed(pron: "Token") -> bool:
    """Whether the possessive ``pron`` ("its") owns a state's arms: a word of :data:`STATE_ARMS`
    between it and the noun it modifies, or that noun ("its nuclear and missile tests"). Not an accord
    or a name ("its nuclear deal with", "its Intermediate-Range Nuclear Forces Treaty"): a party's
    accord has another side, which the clause names."""
    noun = pron.head
    if pron.dep_ != "poss" or pron.lower_ != "its" or noun.i <= pron.i or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() in PLACE_NAMED | {"deal"}:
        return False
    return any(t.lemma_.lower() in STATE_ARMS for t in pron.doc[pron.i + 1: noun.i + 1])


def _end_key(entry: tuple[int, "Actor | None", str]) -> int:
    return entry[0]


def _renamed(doc: "Doc", mentions: Iterable[Mention] = ()) -> list["Span"]:
    """Family names of persons the article names in full, where the entity tagger does not tag them a
    person again ("Julian Assange ... the extradition of Assange", "Assange" read as an ORG; "Xi
    Jinping ... Xi", see :mod:`.surnames`): still the latest person named, for a "he" that follows.
    ``mentions``: the actors' mentions, whose persons' countries tell how their names are written."""
    persons = [m for m in mentions if m.actor.kind == "person"]
    family = {family_name([t.text for t in e], _country_of(e, persons))
              for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    return [doc[t.i:t.i + 1] for t in doc if t.text in family and t.ent_type_ != "PERSON" and t.pos_ == "PROPN"]


def _country_of(ent: "Span", persons: list[Mention]) -> str | None:
    """The country of the person actor a mention of which overlaps ``ent``, if any."""
    return next((m.actor.country for m in persons if m.start < ent.end_char and ent.start_char < m.end), None)


def _main_or_reported(verb: "Token") -> bool:
    """The main verb of a sentence, or the verb of the clause it reports ("a source said [that the
    rebels are producing] mortars")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i > verb.head.i)


def _who(actor: Actor, person: bool) -> str:
    """What tells an object pronoun's antecedent from its clause's subject: for "him" or "her", the person
    (a compatriot may be meant: "Pelosi accused him" of Trump); else the side ("Iran asked it")."""
    return (actor.id or actor.name) if person and actor.kind == "person" else actor.code


def _named_holders_first(actors: list[Actor]) -> list[Actor]:
    """Without the base's nameless holder of an office ("Israel national security adviser") where the
    phrase also names a person of that side ("Israel's National Security Adviser Yaakov Amidror")."""
    named = {a.code for a in actors if a.kind == "person" and not generic_holder(a)}
    return [a for a in actors if not (generic_holder(a) and a.code in named)]


def _appositions(head: "Token") -> list["Token"]:
    """The appositions of a noun, also one the parser hangs on the object of its phrase ("the
    Iranian ambassador to the UK, [Hamid Baeidinejad]," under "UK")."""
    out = [c for c in head.children if c.dep_ == "appos"]
    return out + [a for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for a in o.children if a.dep_ == "appos"]


def _quote_mark(tok: "Token") -> bool:
    """Whether ``tok`` opens or closes a quotation: a quote character, not a plural's possessive
    apostrophe ("the ministers' talks")."""
    return tok.is_quote and tok.tag_ != "POS"


def _ent_text(tok: "Token") -> str:
    """The text of the entity ``tok`` opens."""
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[tok.i: end].text


def _first_person(tok: "Token") -> bool:
    """ "we", or a noun that "our"/"my" owns ("our hope"): it names no one but the speaker, so it
    cannot say who the speaker is (and "our hope and our prayer" would send each to the other)."""
    return tok.lower_ in FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children)


def _relative_antecedent(head: "Token") -> "Token | None":
    """The person a relative "who" stands for: "Abe, [who] talked with Trump" -> Abe, and the noun
    a relative object stands for (``_relative_object``). Not a subject "which" or "that", which the
    parser as often hangs on the nearest name as on the thing they describe ("the campaign against
    ISIS, which has killed ...")."""
    if not (head.lower_ == "who" and head.dep_ in SUBJECTS) and not relative_object(head):
        return None
    clause = head.head
    return clause.head if clause.dep_ == "relcl" and clause.head != clause else None


#: copulas: verbs whose object a relative pronoun cannot be read as ("the test [that Egypt has
#: become]" is no thing acted on), and that link a participle to the subject it was done to
COPULAS = frozenset({"be", "become", "remain", "seem", "stay"})
#: verbs whose relative "object" is the subject of a clause they report ("ISIS, [which] he admitted
#: was stronger"), however the parser hangs that clause
_REPORTING = frozenset({"say", "admit", "acknowledge", "believe", "think", "claim", "argue", "insist", "suggest",
                        "know", "feel", "fear", "hope", "expect", "assume", "suspect", "report", "predict",
                        "estimate", "allege", "concede", "assert", "contend", "maintain", "worry", "guess"})


def copular_participle(verb: "Token") -> bool:
    """Whether ``verb`` is a past participle a copula links to its subject ("Iran's banks will remain
    [sanctioned] by the US", "the border stayed [blocked]"): passive in sense, whatever the parser's
    labels (no passive subject or auxiliary), so the subject is the one it is done to."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acomp", "xcomp") and verb.head.lemma_.lower() in COPULAS


def relative_object(head: "Token") -> bool:
    """Whether ``head`` is the relative pronoun object of its clause, standing for the noun the
    clause is about: "Russia, [which] Britain blames for the attack", "the man [whom] Ankara
    accuses". Not where the clause goes on into a clause of its own, whose subject the parser often
    takes for the object ("ISIS, [which] he admitted was more powerful"), nor where a preposition
    is left without its object (``_stranded``)."""
    clause = head.head
    return (head.lower_ in ("which", "that", "whom") and head.dep_ == "dobj" and clause.dep_ == "relcl"
            and clause.head.pos_ in ("NOUN", "PROPN") and clause.lemma_.lower() not in COPULAS | _REPORTING
            and not any(c.dep_ in ("ccomp", "xcomp") for c in clause.children)
            and not any(_stranded(p) for c in clause.children for p in (c, *c.children)))


#: object heads that measure an amount of something: the thing measured names the act
#: ("target $200 billion in Chinese imports", "a $34 billion list of goods", "a set of sanctions",
#: "a new round of sanctions")
QUANTITY_WORDS = frozenset({"$", "billion", "million", "trillion", "percent", "%", "worth", "list", "range",
                            "number", "lot", "host", "raft", "slew", "batch", "package", "array", "basket",
                            "set", "series", "suite", "round"})
#: the prepositions by which an amount names what it measures
AMOUNT_PREPS = frozenset({"of", "in", "on", "worth"})


def amount_of(tok: "Token") -> "Token | None":
    """The amount ``tok`` is the measured thing of: "$200 million" in "$200 million [in] aid",
    "a new round" in "a new round [of] sanctions"; None when it measures nothing."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in AMOUNT_PREPS:
        return None
    host = prep.head
    return host if host.lemma_.lower() in QUANTITY_WORDS or host.ent_type_ == "MONEY" else None


def carrying_verb(tok: "Token") -> "Token | None":
    """The word whose direct object ``tok`` is, itself or as what the object measures ("[announced]
    sanctions", "[announced] $200 million in aid"); None when it is no direct object."""
    node = tok
    for _ in range(3):
        host = amount_of(node)
        if host is None:
            break
        node = host
    return node.head if node.dep_ == "dobj" else None


def carried_object(tok: "Token") -> bool:
    """Whether ``tok`` is its verb's direct object, itself or as what the object measures
    ("announced [sanctions]", "announced $200 million in [aid]")."""
    return carrying_verb(tok) is not None


def object_noun(obj: "Token") -> "Token":
    """The noun a verb's object ``obj`` stands for: itself, or for a relative pronoun object
    (``relative_object``) the noun its clause is about ("the deal [that X struck]": the deal)."""
    return obj.head.head if relative_object(obj) else obj


def _stranded(prep: "Token") -> bool:
    """A preposition with no object of its own (the verb's, or one hung on its particle): the
    relative pronoun is its object, not the verb's ("the accord, [which] Trump pulled out [of]")."""
    return prep.dep_ in ("prep", "prt") and prep.lower_ in ("of", "from", "with", "to", "for", "on", "about", "into") \
        and not any(o.dep_ in ("pobj", "pcomp") for o in prep.children)
