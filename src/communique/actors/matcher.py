"""Find actor mentions in a token sequence: longest match, left to right.

At each token the matcher tries, and keeps the longest of:

* scope + title (+ person): ``US President Joe Biden``, ``Japan's foreign minister``,
  ``NATO Secretary General Jens Stoltenberg``, ``North Korean leader``;
* title + person: ``Prime Minister Yoshihide Suga``, ``President Xi``;
  title + ``of`` + scope: ``the president of South Korea``;
* honorific + person: ``Mr Biden``;
* a person's full name or alias, optionally followed by ``administration``/``government``
  (then the mention is the person's state, how="metonym");
* a bare family name (``Kishida``), resolved at the date with the document's context;
* a state, organisation or group by name, alias, acronym, adjective or metonym.

Blocked phrases (``Korean Peninsula``, ``New Mexico``) are consumed without a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from communique.actors.index import ROLE_RANK, Entry, Index
from communique.actors.text import Tok, bare, norm_piece, phrase_key
from communique.types import Actor

_STOP_BEFORE = frozenset(
    "the in since until till from by of early late mid last next this on during through before after a an "
    "full new half blue harvest".split()
)
#: Surnames in the base that are also common English words; not read as a name at the start
#: of a sentence unless spaCy tags them as proper nouns.
_WORDLIKE_SURNAMES = frozenset(
    "ban burns gates store song park hague bush turk carter powell rice brown may fox moon young long "
    "king bishop cook mason miller baker ward hill wood green white black rose price hunter stone "
    "michel costa castro blair payne hammond gabriel sharon harris li lee kim wang han ri yu su wei".split()
)
_SCOPE_KINDS = ("state", "organization", "group")
#: offices whose holder news names by family name alone only while in them: a foreign ministry's
#: spokesperson is news as the office's voice, not before or after ("Mao" in a 2015 article is not Mao
#: Ning, spokesperson from 2022), where a head of government is named so years before or after office
_VOICE_ROLES = frozenset({"spokesperson"})
#: words after a full name that make it another person's, a son's or a father's ("Donald Trump Jr.",
#: "George Bush Sr."); a name the base knows with one (Martin Luther King Jr.) takes it in its match
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "junior"})
#: capitalised words after a person's name that make it the name of a place or an institution named after
#: them ("the John F. Kennedy Presidential Library", "JFK Airport", "the Carter Center"): no mention of
#: the person
_NAMED_AFTER = frozenset(
    "library airport center centre foundation institute school university college museum memorial "
    "presidential international hospital stadium plaza bridge avenue boulevard street highway".split())
#: prefixes of a warship's name and the state whose navy it serves: a person's name after one names the
#: ship ("the USS Harry S. Truman", "the USS Ronald Reagan"), a mention of that state, not of the person
_SHIP_STATES = {"uss": "USA", "hms": "GBR", "hmcs": "CAN", "hmas": "AUS"}
#: lower-case particles inside a longer personal name ("Hadi al-Bahra", "Hamad bin Jassim",
#: "Ursula von der Leyen"): after a name the base knows, one of these and a capitalised word make
#: the whole a longer name, another person's
_NAME_PARTICLES = frozenset("al el ad ar az ash bin ibn bint van von de del der da di".split())
#: words a sentence may open with that a parse may tag as proper nouns before a name ("Tuesday Trump
#: said", "Though Trump affirmed"): days, months, conjunctions and adverbs, none a first name
_OPENING_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december though although while when whereas if unless once as after "
    "before since because but and or so yet then still now also meanwhile today yesterday tonight later "
    "earlier instead indeed even here there where why how what who whom whether like unlike".split())
#: the titles and numerals of a monarch's name ("King Abdullah II", "Queen Elizabeth II")
_MONARCHS = frozenset({"king", "queen", "emperor", "empress", "sultan", "emir", "pope"})
_REGNAL = re.compile(r"[IVX]+")
#: An appositive naming an office after a bare name: "Kim, the South Korean defense minister, said":
#: its article, the words that may stand before the state, and the words of an office after it.
_APPOSITIVE_DETS = frozenset({"the", "a", "an"})
_OFFICE_QUALIFIERS = frozenset("former then current acting top senior chief deputy veteran longtime".split())
_OFFICE_WORDS = frozenset(
    "envoy ambassador diplomat official spokesman spokeswoman spokesperson minister president premier "
    "chancellor leader general commander admiral foreign defense defence prime deputy vice secretary "
    "representative negotiator counterpart intelligence military army navy opposition".split()
)
_GOV_WORDS = frozenset({"administration", "government", "cabinet", "regime"})
#: the roles of persons the base knows only by their sector (Phoenix's GOV, MIL, ...), not by an office
_SECTOR_ROLES = frozenset({"government", "military", "elite", "opposition", "legislature", "judiciary"})
#: the government words that name a leader's own government, which acts as its leader does ("the
#: Trump administration", "the Abe cabinet"): the leader is its person; a "regime" is the state's
_LEADER_GOV_WORDS = frozenset({"administration", "government", "cabinet"})
#: How a state's or organisation's name may be matched as the last words of a longer proper name
#: ("the General National Congress", "Beth Israel", "Jim Jordan"); adjectives are left alone.
_HEAD_HOWS = frozenset({"name", "alias", "acronym", "metonym"})
#: Capitalised words before such a name that leave it the same body: a qualifier of the office,
#: era or party ("Acting White House ...", "Senior Hamas official", "the Republican Congress"), a
#: creed, people or doctrine it is described by ("the Shiite Hezbollah", "Kurdish YPG fighters",
#: "the Marxist FARC") or a part of the place ("East Jerusalem").
_SAME_BODY_WORDS = frozenset(
    "acting deputy assistant junior former then senior top republican democratic democrat north south east "
    "west northern southern eastern western central northeast northwest southeast southwest international royal rebel "
    "militant armed radical shiite shia sunni alawite druze christian muslim catholic jewish islamic "
    "islamist jihadist marxist maoist communist socialist soviet nazi imperial kurdish arab".split()
)
#: Capitalised words that are no part of a name before it: dates, and the words of photo captions
#: and page furniture ("AP Photo White House ...", "Related Coverage Russia says").
_NOT_NAME_WORDS = frozenset(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday photo photos images image getty caption credit "
    "file related coverage highlights story video videos replay watch watched more read also see show "
    "hide facebook twitter pinterest".split()
)
#: Small words that only a headline in title case capitalises inside a sentence ("Kerry Warns North
#: Korea, But Holds ...", "Assad Visits Moscow To Discuss ..."): there every word is capitalised.
_TITLE_CASE_WORDS = frozenset(
    "a an and as at but by for from in into is it of on or over the to was we what who why will with".split()
)
#: On equal length: blocks first, then titled and role matches, then names.
_PRIORITY = {"block": 0, "title": 1, "role": 2, "name": 3, "alias": 4, "metonym": 5}


class Match(NamedTuple):
    start: int  # token index
    end: int  # token index, exclusive
    actor: Actor | None  # None for a blocked phrase
    how: str
    person: int | None = None  # entity index of a matched person


@dataclass
class Context:
    """What the document has said so far: persons seen and states named."""

    seen: dict[int, int] = field(default_factory=dict)  # person entity -> last token index
    countries: set[str] = field(default_factory=set)
    cache: dict[int, list[tuple[int, Entry]]] = field(default_factory=dict)  # token -> phrase entries
    #: family names the text gave a person the base does not know ("Sen. Sherrod Brown")
    namesakes: set[str] = field(default_factory=set)


def _case_ok(entry: Entry, toks: list[Tok], i: int) -> bool:
    if entry.case == "I":
        return True
    if entry.case == "A":
        return all(bare(toks[i + k].text) == bare(p) for k, p in enumerate(entry.pieces))
    first = toks[i].text
    # a name the data writes with a lower-case particle ("al Qaeda", "al-Shabaab") matches as written
    return first[:1].isupper() or first[:1].isdigit() or (entry.pieces[0][:1].islower() and first == entry.pieces[0])


def _best(cands: list[Match]) -> Match:
    """The longest of ``cands``; between equally long ones, the first of the best ``_PRIORITY``."""
    best = cands[0]
    for c in cands[1:]:
        if c.end > best.end or (c.end == best.end and _PRIORITY.get(c.how, 9) < _PRIORITY.get(best.how, 9)):
            best = c
    return best


def _lookup(ix: Index, toks: list[Tok], i: int, cats: str, cache: dict[int, list[tuple[int, Entry]]]) -> list[tuple[int, Entry]]:
    """Entries of the given categories starting at token i, longest first (cached per document)."""
    found = cache.get(i)
    if found is None:
        found = []
        n = len(toks)
        if i < n:
            longest = ix.maxlen.get(toks[i].norm, 0)
            key = ""
            keys = []
            for length in range(1, min(longest, n - i) + 1):
                key = toks[i].norm if length == 1 else key + " " + toks[i + length - 1].norm
                keys.append(key)
            for length in range(len(keys), 0, -1):
                for e in ix.phrases.get(keys[length - 1], ()):
                    if _case_ok(e, toks, i):
                        found.append((i + length, e))
        cache[i] = found
    if len(cats) == 5:
        return found
    return [x for x in found if x[1].cat in cats]


def _capitalised_name(t: Tok) -> bool:
    """A capitalised word that may be part of a name: a proper noun in a parse, any capitalised
    word in plain text."""
    if not t.text[:1].isupper() or not t.text.isalpha():
        return False
    return t.pos == "PROPN" if t.pos is not None else True


def _title_case(toks: list[Tok], start: int, end: int) -> bool:
    """Whether the words around ``start:end`` are a headline in title case: a small word of
    :data:`_TITLE_CASE_WORDS` within six words of it is capitalised, not first in its sentence."""
    for t in toks[max(0, start - 6):end + 6]:
        if t.norm in _TITLE_CASE_WORDS and t.text[:1].isupper() and not t.sent_start:
            return True
    return False


class Matcher:
    """The grammar over an :class:`Index`; one instance serves any number of documents."""

    def __init__(self, ix: Index):
        self.ix = ix
        #: the last words of the base's persons' names ("Reagan"), known even where a family name
        #: alone does not match the person: "the Reagan White House" is still the White House
        self._last_names = frozenset(ent["name"].split()[-1].lower() for ent in ix.ents
                                     if ent["kind"] == "person" and ent["name"].split())
        #: monarchs by their title and name without the numeral ("king abdullah" -> King Abdullah II)
        self._regnal: dict[str, list[int]] = {}
        for idx, ent in enumerate(ix.ents):
            for name in [ent["name"], *ent.get("aliases", ())] if ent["kind"] == "person" else ():
                words = name.split()
                if len(words) >= 3 and _REGNAL.fullmatch(words[-1]) and words[0].lower() in _MONARCHS:
                    self._regnal.setdefault(" ".join(norm_piece(w) for w in words[:-1]), []).append(idx)

    # -- people ---------------------------------------------------------------------
    def _pick(self, cands: list[int], date: str | None, ctx: Context, prefer: set[str] | None,
              scope: str | None, ambiguous_ok: bool, strict: bool = False) -> int | None:
        ix = self.ix
        if scope is not None:
            cands = [c for c in cands if ix.ents[c].get("country") == scope
                     or any(r[3] == scope for r in ix.ents[c]["roles"])]
        if prefer:
            cands = [c for c in cands if any(r[0] in prefer for r in ix.ents[c]["roles"])]
        if not cands:
            return None
        seen = [c for c in cands if c in ctx.seen]
        if seen:
            return max(seen, key=lambda c: ctx.seen[c])
        active = [c for c in cands if ix.active_roles(c, date)]
        if prefer:
            act_pref = [c for c in active if any(r[0] in prefer for r in ix.active_roles(c, date))]
            active = act_pref or active
        if ctx.countries:
            local = [c for c in active if ix.ents[c].get("country") in ctx.countries
                     or any(r[3] in ctx.countries for r in ix.active_roles(c, date))]
            active = local or active
        if not ambiguous_ok:
            active = [c for c in active if not ix.ents[c].get("ambiguous")
                      or ix.ents[c].get("country") in ctx.countries]
        if active:
            def rank(c: int) -> int:
                rs = [ROLE_RANK.index(r[0]) if r[0] in ROLE_RANK else len(ROLE_RANK)
                      for r in ix.active_roles(c, date)]
                return min(rs) if rs else len(ROLE_RANK) + 1

            return min(active, key=rank)
        if len(cands) == 1 and (prefer or ambiguous_ok or not ix.ents[cands[0]].get("ambiguous")):
            if not strict or date is None or any(r[0] in ("head of state", "head of government")
                                                 for r in ix.ents[cands[0]]["roles"]):
                return cands[0]
            return None
        if prefer and date is not None:
            # the holder of the title closest in time
            def dist(c: int) -> str:
                ends = [r[2] or "9999" for r in ix.ents[c]["roles"] if r[0] in prefer]
                return max(ends)
            return max(cands, key=dist)
        return None

    def _person_at(self, toks: list[Tok], i: int, date: str | None, ctx: Context,
                   prefer: set[str] | None, scope: str | None, titled: bool,
                   strict: bool = False) -> tuple[int, int] | None:
        """A person named at token i: (end, entity index) by full name/alias or family name."""
        ix = self.ix
        for end, e in _lookup(ix, toks, i, "E", ctx.cache):
            if ix.ents[e.ref]["kind"] == "person":
                return end, e.ref
        for end, e in _lookup(ix, toks, i, "S", ctx.cache):
            if end < len(toks) and self._longer_name(toks, end):
                continue
            idx = self._pick(self._not_namesakes(list(e.ref), toks[i].norm, date, ctx), date, ctx, prefer, scope,
                             ambiguous_ok=titled, strict=strict)
            if idx is not None:
                return end, idx
        return None

    def _not_namesakes(self, cands: list[int], family: str, date: str | None, ctx: Context) -> list[int]:
        """Those of ``cands`` a bare family name may stand for: when the text has named someone the
        base does not know by that family name ("Sen. Sherrod Brown ... Mr. Brown"), not a person out
        of office at the date (Gordon Brown in 2015) whom the text has not named."""
        if family not in ctx.namesakes:
            return cands
        return [c for c in cands if c in ctx.seen or self.ix.active_roles(c, date)]

    @staticmethod
    def _name_continues(toks: list[Tok], j: int) -> bool:
        """True when token j looks like more of a personal name (``Kim`` + ``Jong Nam``)."""
        return _capitalised_name(toks[j])

    @classmethod
    def _longer_name(cls, toks: list[Tok], j: int) -> bool:
        """True when the name that ends before token j goes on: a capitalised word (:meth:`_name_continues`)
        or a lower-case particle and a capitalised word ("Hadi" + "al-Bahra", "Hamad" + "bin Jassim"):
        the name is another person's than the one its first words name."""
        if cls._name_continues(toks, j):
            return True
        return (toks[j].norm in _NAME_PARTICLES and toks[j].text.islower() and j + 1 < len(toks)
                and toks[j + 1].start - toks[j].end <= 1 and cls._name_continues(toks, j + 1))

    def _unknown_name(self, toks: list[Tok], i: int) -> int:
        """End of a run of 2-4 capitalised name tokens at i, a lower-case particle joined to the name word
        after it among them ("Abdullah al-Thinni", "Hamad bin Jassim": else the title alone would read as
        the office's holder at the date); 0 when there is none."""
        j = i
        while j < len(toks) and j - i < 4:
            step = 1 if self._name_continues(toks, j) else 2 if j > i and self._longer_name(toks, j) else 0
            if not step or self._titles_word(toks[j + step - 1]):
                break
            j += step
        return j if j - i >= 2 else 0

    def _titles_word(self, tok: Tok) -> bool:
        """Whether ``tok`` begins a title or an honorific ("President", "Mr"): no part of a name."""
        return any(e.cat in "TH" for e in self.ix.phrases.get(tok.norm, ()))

    # -- the grammar ------------------------------------------------------------------
    def _scope_at(self, toks: list[Tok], i: int, ctx: Context) -> list[tuple[int, int, str]]:
        """(end, entity index, how) of states/organisations usable as a title's scope."""
        out = []
        for end, e in _lookup(self.ix, toks, i, "E", ctx.cache):
            if self.ix.ents[e.ref]["kind"] in _SCOPE_KINDS and e.how != "metonym":
                out.append((end, e.ref, e.how))
        return out

    def _titled(self, toks: list[Tok], i: int, j: int, scope: str | None, date: str | None,
                ctx: Context, allow_unknown: bool) -> Match | None:
        """Title (+ person) starting at token j; the mention starts at i."""
        ix = self.ix
        best: Match | None = None
        for tend, te in _lookup(ix, toks, j, "T", ctx.cache):
            role = ix.title_role(te.ref, scope)
            implied = ix.titles[te.ref].implies if scope is None else None
            eff_scope = scope or implied
            if implied is not None:
                role = ix.title_role(te.ref, implied)
            if scope is not None and role is None:
                continue
            prefer = {role} if role else ix.title_roles(te.ref)
            found = self._person_at(toks, tend, date, ctx, prefer, eff_scope, titled=True)
            if found is not None:
                end, idx = found
                m = Match(i, end, ix.person_actor(idx, date, prefer), "title", idx)
            elif (scope is None and implied is None and tend + 1 < len(toks) and toks[tend].norm == "of"):
                k = tend + 1 + (toks[tend + 1].norm == "the")
                sc = self._scope_at(toks, k, ctx)
                if not sc:
                    continue
                send, sidx, _ = sc[0]
                code = ix.ents[sidx]["code"]
                m2 = self._role_match(i, send, code, ix.title_role(te.ref, code), date)
                if m2 is None:
                    continue
                m = m2
            elif eff_scope is not None and allow_unknown and self._unknown_name(toks, tend):
                end = self._unknown_name(toks, tend)
                name = " ".join(t.text for t in toks[tend:end])
                m = self._holder_respelt(i, end, toks, eff_scope, role, date) or Match(i, end, Actor(code=eff_scope, name=name, kind="person", role=role,
                                        country=eff_scope if eff_scope in ix.by_code
                                        and ix.ents[ix.by_code[eff_scope]]["kind"] == "state" else None), "title")
            elif eff_scope is not None and role is not None:
                m2 = self._role_match(i, tend, eff_scope, role, date)
                if m2 is None:
                    continue
                m = m2
            else:
                continue
            if best is None or m.end > best.end:
                best = m
        return best

    def _holder_respelt(self, i: int, end: int, toks: list[Tok], scope: str, role: str | None,
                        date: str | None) -> Match | None:
        """The office's holder at the date where the name after the title the base does not know ends with
        the holder's family name: the same person, spelt otherwise ("Saudi Foreign Minister Abdel al Jubeir"
        for Adel al-Jubeir), not a namesake."""
        held = self.ix.holder(scope, role, date) if role is not None else None
        if held is None or phrase_key(self.ix.ents[held[0]]["name"]).split()[-1:] != [toks[end - 1].norm]:
            return None
        return self._role_match(i, end, scope, role, date)

    def _role_match(self, i: int, end: int, scope: str, role: str | None, date: str | None) -> Match | None:
        if role is None:
            return None
        ix = self.ix
        held = ix.holder(scope, role, date)
        if held is not None:
            idx, _ = held
            return Match(i, end, ix.person_actor(idx, date, {role, "acting " + role}), "role", idx)
        if scope not in ix.by_code:
            return None
        name = f"{ix.scope_name(scope)} {role}"
        return Match(i, end, Actor(code=scope, name=name, kind="person", role=role,
                                   country=scope if ix.ents[ix.by_code[scope]]["kind"] == "state" else None), "role")

    def match_at(self, toks: list[Tok], i: int, date: str | None, ctx: Context) -> Match | None:
        """The longest mention starting at token i, or None."""
        ix = self.ix
        if not _lookup(ix, toks, i, "ETSHB", ctx.cache) and toks[i].norm not in _GOV_WORDS:
            return None
        cands = self._body_candidates(toks, i, date, ctx)
        cands += self._person_candidates(toks, i, date, ctx, cands)
        cands += self._government_of(toks, i, date, ctx)
        cands += [Match(i, end, None, "block") for end, _ in _lookup(ix, toks, i, "B", ctx.cache)]
        if not cands:
            # an unresolved title is consumed whole, so that "Prime Minister Tanaka"
            # does not become the honorific match "Minister Tanaka"
            titles = _lookup(ix, toks, i, "T", ctx.cache)
            return Match(i, titles[0][0], None, "block") if titles else None
        return _best(cands)

    def _body_candidates(self, toks: list[Tok], i: int, date: str | None, ctx: Context) -> list[Match]:
        """The states and organisations (metonyms included), scope (+ 's) + title (+ person), a
        state's own bodies, and title (+ person) starting at token i."""
        ix = self.ix
        cands: list[Match] = []
        for end, e in _lookup(ix, toks, i, "E", ctx.cache):
            if ix.ents[e.ref]["kind"] in _SCOPE_KINDS:
                cands.append(Match(i, end, ix.entity_actor(e.ref), e.how))
        for send, sidx, how in self._scope_at(toks, i, ctx):
            code = ix.ents[sidx]["code"]
            j = send + 1 if send < len(toks) and toks[send].norm == "'s" else send
            m = self._titled(toks, i, j, code, date, ctx, allow_unknown=(j == send))
            if m is not None:
                cands.append(m)
        cands.extend(self._owned_bodies(toks, i, ctx))
        m = self._titled(toks, i, i, None, date, ctx, allow_unknown=True)
        if m is not None:
            cands.append(m)
        return cands

    def _person_candidates(self, toks: list[Tok], i: int, date: str | None, ctx: Context,
                           before: list[Match]) -> list[Match]:
        """Honorific + person, a person by name, alias or family name, and a bare family name
        when nothing found so far (``before`` and these) is longer than one token."""
        ix = self.ix
        cands: list[Match] = []
        for hend, _ in _lookup(ix, toks, i, "H", ctx.cache):
            found = self._person_at(toks, hend, date, ctx, None, None, titled=True, strict=True)
            if found is not None:
                end, idx = found
                cands.append(Match(i, end, ix.person_actor(idx, date), "alias", idx))
        for end, e in _lookup(ix, toks, i, "E", ctx.cache):
            if ix.ents[e.ref]["kind"] == "person" and not (end < len(toks) and toks[end].norm in _GENERATIONS) \
                    and not self._names_a_place(toks, end):
                idx = self._reigning(" ".join(t.norm for t in toks[i:end]), e.ref, date, ctx)
                cands.append(self._with_government(toks, Match(i, end, ix.person_actor(idx, date), e.how, idx)))
        so_far = before + cands
        if not so_far or max(c.end for c in so_far) == i + 1:
            bare_m = self._bare_family(toks, i, date, ctx)
            if bare_m is not None:
                cands.append(bare_m)
        ship = _SHIP_STATES.get(toks[i - 1].norm) if i > 0 else None
        if ship is not None and ship in self.ix.by_code:  # "the USS Harry S. Truman": the US Navy's ship
            return [Match(i - 1, c.end, self._metonym(ship), c.how) for c in cands if c.actor is not None]
        return cands

    def _reigning(self, phrase: str, idx: int, date: str | None, ctx: Context) -> int:
        """Who a monarch's name without its numeral names: "King Abdullah" is Jordan's King Abdullah
        II (who reigned beside Saudi Arabia's King Abdullah until 2015) where the article has named him
        or only his state so far, or where he alone reigns at the date; else person ``idx``, the
        base's bearer of the name itself."""
        others = [c for c in self._regnal.get(phrase, ()) if c != idx]
        if not others:
            return idx
        cands = [idx, *others]
        seen = [c for c in cands if c in ctx.seen]
        if seen:
            return max(seen, key=lambda c: ctx.seen[c])
        for keep in (lambda c: self.ix.ents[c].get("country") in ctx.countries,
                     lambda c: bool(self.ix.active_roles(c, date))):
            found = [c for c in cands if keep(c)]
            if len(found) == 1:
                return found[0]
        return idx

    def _government_of(self, toks: list[Tok], i: int, date: str | None, ctx: Context) -> list[Match]:
        """"administration of X" (a government word, "of", a person): X's state."""
        ix = self.ix
        if not (toks[i].norm in _GOV_WORDS and i + 1 < len(toks) and toks[i + 1].norm == "of"):
            return []
        found = self._person_at(toks, i + 2, date, ctx, None, None, titled=True)
        if found is None:
            return []
        end, idx = found
        person = ix.person_actor(idx, date)
        code = person.country
        if code not in ix.by_code:
            return []
        return [Match(i, end, self._leader_of(person, code, toks[i].norm), "metonym", idx)]

    def _owned_bodies(self, toks: list[Tok], i: int, ctx: Context) -> list[Match]:
        """State (+ 's) + a body many states have: the state's own ("Russia's Security Council",
        "the Israeli National Security Council"), not what the body's name alone resolves to."""
        out = []
        for send, sidx, _ in self._scope_at(toks, i, ctx):
            if self.ix.ents[sidx]["kind"] != "state":
                continue
            j = send + 1 if send < len(toks) and toks[send].norm == "'s" else send
            for end, _e in _lookup(self.ix, toks, j, "E", ctx.cache):
                if " ".join(t.norm for t in toks[j:end]) in self.ix.bodies:
                    out.append(Match(i, end, self.ix.entity_actor(sidx), "name"))
        return out

    def _metonym(self, code: str) -> Actor:
        return self.ix.entity_actor(self.ix.by_code[code])

    def _with_government(self, toks: list[Tok], m: Match) -> Match:
        """``Biden administration`` -> the person's state (how="metonym"), with the person as the leader
        who acts for it (:meth:`_leader_of`)."""
        if m.end < len(toks) and toks[m.end].norm in _GOV_WORDS and m.actor is not None:
            code = m.actor.country or m.actor.code
            if code in self.ix.by_code and self.ix.ents[self.ix.by_code[code]]["kind"] == "state":
                return Match(m.start, m.end + 1, self._leader_of(m.actor, code, toks[m.end].norm), "metonym", m.person)
        return m

    def _leader_of(self, person: Actor, code: str, word: str) -> Actor:
        """The state a leader's administration, government or cabinet stands for, with the leader under
        that state's code as its ``leader`` (also out of office at the date: "the Obama administration"
        in 2018 is Obama's); a regime is the state alone ("the Assad regime forces")."""
        state = self._metonym(code)
        if word not in _LEADER_GOV_WORDS:
            return state
        leader = person if person.code == code else Actor(code=code, name=person.name, kind="person", role=None,
                                                          country=person.country or code, id=person.id)
        return replace(state, leader=leader)

    def _bare_family(self, toks: list[Tok], i: int, date: str | None, ctx: Context) -> Match | None:
        ix = self.ix
        t = toks[i]
        if not t.text[:1].isupper():
            return None
        # spaCy's small model often tags a sentence-initial surname as ADJ/NOUN/VERB ("Trump and
        # Kim met"): there, only an unambiguous surname of someone in office at the date counts,
        # and never one that is also an ordinary English word ("Ban on exports", "Gates were shut").
        weak_start = t.sent_start and t.pos is not None and t.pos != "PROPN"
        if weak_start and (date is None or t.norm in _WORDLIKE_SURNAMES):
            return None
        if i > 0 and toks[i - 1].norm == "the" and any(
                ix.ents[e.ref]["kind"] in _SCOPE_KINDS for _, e in _lookup(ix, toks, i, "E", ctx.cache)):
            return None  # "the Hague" is the place, not William Hague
        ambiguous_prev = i > 0 and toks[i - 1].norm in _STOP_BEFORE
        if i > 0 and self._first_name_before(toks, i):
            ctx.namesakes.add(t.norm)
            return None  # "Hunter Biden": another person of that family
        for end, e in _lookup(ix, toks, i, "S", ctx.cache):
            if end < len(toks) and (self._longer_name(toks, end) or toks[end].text[:1].isdigit()):
                continue
            if self._generation_alone(toks, i, end) or self._names_a_place(toks, end):
                continue  # "Trump Jr.": the son, named apart from the father the bare family name is
            if end < len(toks) and toks[end].norm == "," and t.norm in ix.places:
                continue  # "Austin, Texas"
            cands = [c for c in self._not_namesakes(list(e.ref), t.norm, date, ctx) if self._named_then(c, date, ctx)]
            if weak_start:
                cands = [c for c in cands if not ix.ents[c].get("ambiguous") and ix.active_roles(c, date)]
            if ambiguous_prev:
                cands = [c for c in cands if not ix.ents[c].get("ambiguous")]
            after_title = i > 0 and any(x.cat in "TH" for x in ix.phrases.get(toks[i - 1].norm, ()))
            idx = self._pick(cands, date, ctx, None, None, ambiguous_ok=False, strict=after_title)
            if idx is not None and self._appositive_denies(toks, end, idx, ctx):
                ctx.namesakes.add(t.norm)
                # "Kim, the South Korean defense minister": not Kim Jong Un (the discourse reads the
                # appositive's state); "Hu, the foreign ministry spokesman": not Hu Jintao, a namesake
                return self._namesake(toks, i, end, idx)
            if idx is not None:
                return self._with_government(toks, Match(i, end, ix.person_actor(idx, date), "alias", idx))
        return None

    def _named_then(self, idx: int, date: str | None, ctx: Context) -> bool:
        """Whether person ``idx`` goes by family name alone at ``date``: not one known only as an office's
        voice (``_VOICE_ROLES``) out of it then, unless the article has named them."""
        roles = self.ix.ents[idx]["roles"]
        if date is None or idx in ctx.seen or not roles or any(r[0] not in _VOICE_ROLES for r in roles):
            return True
        return bool(self.ix.active_roles(idx, date))

    @staticmethod
    def _names_a_place(toks: list[Tok], end: int) -> bool:
        """Whether the person's name ending before token ``end`` names a place or an institution
        (:data:`_NAMED_AFTER`: "Kennedy Center", "Reagan National Airport" through one more name word)."""
        for k in (end, end + 1):
            if k >= len(toks) or not toks[k].text[:1].isupper():
                return False
            if toks[k].norm in _NAMED_AFTER:
                return True
        return False

    def _generation_alone(self, toks: list[Tok], i: int, end: int) -> bool:
        """Whether the family name at ``i:end`` has a generation after it and no first name before it
        ("Trump Jr.", "Flynn Jr."): news names a son so apart from the father the bare family name
        stands for; an official who is himself a "Jr." goes by his bare family name, and his full name
        keeps its first name ("James R. Clapper Jr.", "Keith Kellogg Jr.")."""
        if end >= len(toks) or toks[end].norm not in _GENERATIONS:
            return False
        return i == 0 or not (self._name_continues(toks, i - 1) or toks[i - 1].text[:1].isupper())

    def _first_name_before(self, toks: list[Tok], i: int) -> bool:
        """Whether the word before the family name at token ``i`` is a first name the base does not
        know ("Hunter Biden", "Eric Trump"): another bearer of that family name. A sentence's first
        word counts only when a parse tags it a proper noun, and not a day or a conjunction ("Eric Trump
        has denied", not "Tuesday Trump" nor "Though Trump"): in plain text any first word is
        capitalised."""
        prev = toks[i - 1]
        if not self._name_continues(toks, i - 1) or prev.norm in self.ix.places or self.ix.phrases.get(prev.norm):
            return False
        return not prev.sent_start or (prev.pos == "PROPN" and prev.norm not in _OPENING_WORDS)

    def _appositive_denies(self, toks: list[Tok], end: int, idx: int, ctx: Context) -> bool:
        """Whether the appositive right after a bare family name makes its bearer an official of another
        state than person ``idx``'s: "Kim, the South Korean defense minister" is not Kim Jong Un, "Jaafari,
        the Syrian envoy" not Iraq's Ibrahim al-Jaafari. Only an office held for a state ("the [former]
        STATE envoy / official / minister ..."), not any state the appositive names ("Hagel, a decorated
        Vietnam veteran"; "Putin, the White House said"); or an office ``idx`` never held, of their own
        state or none (:meth:`_office_never_held`)."""
        if end + 2 >= len(toks) or toks[end].norm != "," or toks[end + 1].norm not in _APPOSITIVE_DETS:
            return False
        j = end + 2
        while j < len(toks) and toks[j].norm in _OFFICE_QUALIFIERS:
            j += 1
        for stop, e in _lookup(self.ix, toks, j, "E", ctx.cache):
            named = self.ix.ents[e.ref]
            if named["kind"] == "state" and stop < len(toks) and toks[stop].norm in _OFFICE_WORDS:
                code = named["code"]
                ent = self.ix.ents[idx]
                if code != ent.get("country") and all(r[3] != code for r in ent["roles"]):
                    return True
                break  # "Hu, the Chinese foreign ministry spokesman": the office still tells
        return self._office_never_held(toks, j, idx, ctx)

    def _namesake(self, toks: list[Tok], i: int, end: int, idx: int) -> Match | None:
        """A person the base does not know who bears person ``idx``'s family name, given an office of
        ``idx``'s own state or of none ("Hu, the [Chinese] foreign ministry spokesman"): of that state,
        named as the text writes them; None where the appositive names another state (its office
        is that state's: the discourse reads it)."""
        country = self.ix.ents[idx].get("country")
        named = {self.ix.ents[e.ref]["code"] for k in range(end + 2, min(end + 5, len(toks)))
                 for _, e in _lookup(self.ix, toks, k, "E", {}) if self.ix.ents[e.ref]["kind"] == "state"}
        if not country or country not in self.ix.by_code or named - {country}:
            return None
        name = " ".join(t.text for t in toks[i:end])
        return Match(i, end, Actor(code=country, name=name, kind="person", role=None, country=country), "alias")

    def _office_never_held(self, toks: list[Tok], j: int, idx: int, ctx: Context) -> bool:
        """Whether the office an appositive names without a state, in its first words from token ``j``
        ("Hu, the foreign ministry spokesman"; "Wei, a former vice commerce minister"), is one person
        ``idx`` never held: then the name is a namesake's (not Hu Jintao, not Wei Fenghe). A person the
        base knows only by a sector ("government") may hold any office; an appositive with no title
        ("a senior official") says nothing."""
        held = {r[0] for r in self.ix.ents[idx]["roles"]}
        if not held or held & _SECTOR_ROLES:
            return False
        for k in range(j, min(j + 4, len(toks))):
            if toks[k].norm in (",", ".", ";") or toks[k].text[:1] in "\"“”":
                return False
            titles = _lookup(self.ix, toks, k, "T", ctx.cache)
            if titles:
                roles = self.ix.title_roles(titles[0][1].ref)
                return bool(roles) and not roles & held
        return False

    # -- documents ----------------------------------------------------------------------
    def mentions(self, toks: list[Tok], date: str | None) -> list[Match]:
        """Non-overlapping longest matches over a token sequence."""
        ctx = Context()
        out: list[Match] = []
        i, n = 0, len(toks)
        floor = 0  # end of the last match consumed
        while i < n:
            norm = toks[i].norm
            m = self.match_at(toks, i, date, ctx) if (norm in self.ix.maxlen or norm in _GOV_WORDS) else None
            if m is None:
                i += 1
                continue
            if m.actor is not None and not self._inside_other_name(toks, m, floor):
                out.append(m)
                if m.person is not None:
                    ctx.seen[m.person] = i
                a = m.actor
                for code in (a.code, a.country):
                    if code and len(code) == 3:
                        ctx.countries.add(code)
            i = floor = max(m.end, i + 1)
        return out

    def _inside_other_name(self, toks: list[Tok], m: Match, floor: int) -> bool:
        """Whether the state or organisation matched by ``m`` only ends a longer proper name that
        is another body or person: "the General National Congress" (Libya's parliament, not the US
        Congress), "the Supreme Security Council", "Jim Jordan". The name words right before it (back
        to ``floor``, on the same line) must each be a word the base knows (:meth:`_known_word`:
        "the Trump White House"; "U.S. Congress" is two matches) for the match to stand. The first
        word of a sentence alone, or a headline in title case, is no evidence of a longer name."""
        if m.how not in _HEAD_HOWS or m.person is not None or m.actor is None or m.actor.kind == "person":
            return False
        j = m.start
        while j > floor and toks[j].start - toks[j - 1].end <= 1 and (
                self._name_word(toks[j - 1]) or (m.how == "alias" and self._name_joint(toks, j - 1, floor))):
            j -= 1  # (more than a space between them: a line break, a headline above the sentence)
        if j == m.start or (j == m.start - 1 and toks[j].sent_start) or _title_case(toks, j, m.end):
            return False  # a capital that the sentence's first word or a headline has anyway
        return any(not self._known_word(t.norm) for t in toks[j:m.start] if t.norm != "and")

    def _name_joint(self, toks: list[Tok], k: int, floor: int) -> bool:
        """Whether token ``k`` is an "and" between two words of one name: "the Peace [and] Security
        Council" (the African Union's), "the National Defense [and] Security Council" (Ukraine's). Only
        before a body's alias, which other bodies' names end with: a full name after "and" is a second
        body ("the Federal Reserve and International Monetary Fund")."""
        return toks[k].norm == "and" and k - 1 >= floor and self._name_word(toks[k - 1]) \
            and toks[k].start - toks[k - 1].end <= 1

    @staticmethod
    def _name_word(t: Tok) -> bool:
        """A capitalised word of a proper name: a proper noun in a parse; in plain text, not the
        first word of a sentence. All-capital words (acronyms, datelines, "WATCH") end the name."""
        if t.text.isupper() or t.norm in _NOT_NAME_WORDS or not _capitalised_name(t):
            return False
        return t.pos is not None or not t.sent_start

    def _known_word(self, norm: str) -> bool:
        """A word of :data:`_SAME_BODY_WORDS`, a place of the gazetteer ("Tampa FBI office"), the
        last word of a person's name, or a one-word name, surname, title or honorific of the base."""
        if norm in _SAME_BODY_WORDS or norm in self.ix.places or norm in self._last_names:
            return True
        return any(e.cat in "ESTH" for e in self.ix.phrases.get(norm, ()))
