"""Tests for the event lexicon (communique.events.lexicon) and its build script."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from communique.events.build_lexicon import build
from communique.events.lexicon import PLOVER_TYPES, STATUSES, Lexicon, Trigger, data_dir, load_lexicon

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


VERB_CASES = [
    # (lemma, kwargs, type, mode or ... for "any")
    ("meet", {}, "CONSULT", None),
    ("meet", {"prep": "with"}, "CONSULT", None),
    ("hold", {"obj_lemma": "talks"}, "CONSULT", None),
    ("hold", {"obj_lemma": "summit"}, "CONSULT", None),
    ("hold", {"obj_lemma": "meeting"}, "CONSULT", None),
    ("hold", {"obj_lemma": "drills"}, "MOBILIZE", ...),
    ("visit", {}, "CONSULT", "visit"),
    ("host", {}, "CONSULT", "visit"),
    ("pay", {"obj_lemma": "visit"}, "CONSULT", "visit"),
    ("phone", {}, "CONSULT", "phone"),
    ("speak", {"prep": "with"}, "CONSULT", None),
    ("speak", {"prep": "to"}, "CONSULT", None),
    ("call", {"prep": "on"}, "REQUEST", ...),
    ("call", {"particle": "for"}, "REQUEST", ...),
    ("negotiate", {}, "CONSULT", None),
    ("agree", {}, "AGREE", None),
    ("sign", {"obj_lemma": "agreement"}, "AGREE", None),
    ("reach", {"obj_lemma": "deal"}, "AGREE", None),
    ("strike", {"obj_lemma": "deal"}, "AGREE", None),
    ("pledge", {}, "AGREE", None),
    ("invite", {}, "REQUEST", None),
    ("sanction", {}, "SANCTION", "discontinue"),
    ("impose", {"obj_lemma": "sanctions"}, "SANCTION", "discontinue"),
    ("impose", {"obj_lemma": "tariffs"}, "SANCTION", "discontinue"),
    ("impose", {"obj_lemma": "export controls"}, "SANCTION", "discontinue"),
    ("impose", {"obj_lemma": "curfew"}, "COERCE", "curfew"),
    ("expel", {}, "SANCTION", "expel"),
    ("expel", {"obj_lemma": "diplomats"}, "SANCTION", "expel"),  # not CAMEO's reduced relations
    ("recall", {"obj_lemma": "ambassador"}, "SANCTION", "withdraw"),
    ("condemn", {}, "ACCUSE", "disapprove"),
    ("criticise", {}, "ACCUSE", "disapprove"),
    ("criticize", {}, "ACCUSE", "disapprove"),
    ("accuse", {}, "ACCUSE", "allege"),
    ("express", {"obj_lemma": "concern"}, "ACCUSE", "disapprove"),
    ("summon", {}, "ACCUSE", "disapprove"),
    ("warn", {}, "THREATEN", ...),
    ("threaten", {}, "THREATEN", ...),
    ("urge", {}, "REQUEST", ...),
    ("ask", {}, "REQUEST", ...),
    ("seek", {"obj_lemma": "support"}, "REQUEST", "assist"),
    ("reject", {}, "REJECT", ...),
    ("deny", {"obj_lemma": "request"}, "REJECT", ...),
    ("refuse", {}, "REJECT", ...),
    ("test-fire", {}, "MOBILIZE", "weapons"),
    ("test fire", {}, "MOBILIZE", "weapons"),
    ("fire", {"obj_lemma": "missile"}, "MOBILIZE", "weapons"),
    ("fire", {"obj_lemma": "missile", "prep": "at"}, "ASSAULT", ...),
    ("launch", {"obj_lemma": "missiles"}, "MOBILIZE", "weapons"),
    ("launch", {"obj_lemma": "invasion"}, "ASSAULT", ...),
    ("launch", {"obj_lemma": "investigation"}, "ACCUSE", "investigate"),
    ("conduct", {"obj_lemma": "test"}, "MOBILIZE", "weapons"),
    ("conduct", {"obj_lemma": "test", "obj_compound": "missile"}, "MOBILIZE", "weapons"),
    ("conduct", {"obj_lemma": "exercise", "obj_compound": "military"}, "MOBILIZE", ...),
    ("carry", {"particle": "out", "obj_lemma": "airstrike"}, "ASSAULT", "aerial"),
    ("stage", {"obj_lemma": "drills"}, "MOBILIZE", ...),
    ("deploy", {}, "MOBILIZE", "troops"),
    ("deploy", {"obj_lemma": "warships"}, "MOBILIZE", "weapons"),
    ("send", {"obj_lemma": "troops"}, "MOBILIZE", "troops"),
    ("send", {"obj_lemma": "warplanes"}, "MOBILIZE", "weapons"),
    ("send", {"obj_lemma": "aid"}, "AID", None),
    ("invade", {}, "ASSAULT", ...),
    ("attack", {}, "ASSAULT", ...),
    ("strike", {}, "ASSAULT", ...),
    ("shell", {}, "ASSAULT", "heavy-weapons"),
    ("kill", {}, "ASSAULT", ...),
    ("support", {}, "SUPPORT", None),
    ("back", {}, "SUPPORT", None),
    ("provide", {"obj_lemma": "aid"}, "AID", None),
    ("provide", {"obj_lemma": "assistance"}, "AID", None),
    ("cooperate", {}, "COOPERATE", None),
    ("strengthen", {"obj_lemma": "cooperation"}, "COOPERATE", None),
    ("withdraw", {"obj_lemma": "troops"}, "RETREAT", "withdraw"),
    ("release", {}, "RETREAT", "release"),
    ("apologize", {}, "CONCEDE", None),
    ("arrest", {}, "COERCE", "arrest"),
    ("lodge", {"obj_lemma": "protest"}, "ACCUSE", "disapprove"),
    ("give", {"obj_lemma": "ultimatum"}, "THREATEN", ...),
]


@pytest.mark.parametrize(("lemma", "kwargs", "etype", "mode"), VERB_CASES)
def test_verb(lex: Lexicon, lemma: str, kwargs: dict, etype: str, mode: object) -> None:
    got = lex.verb(lemma, **kwargs)
    assert got, f"no trigger for {lemma} {kwargs}"
    assert got[0].type == etype, got
    if mode is not ...:
        assert got[0].mode == mode, got


@pytest.mark.parametrize(
    ("lemma", "kwargs"),
    [("say", {}), ("tell", {}), ("add", {}), ("hold", {}), ("face", {}), ("release", {"obj_lemma": "statement"}),
     ("make", {"obj_lemma": "statement"}), ("express", {"obj_lemma": "hope"}), ("send", {"obj_lemma": "message"})],
)
def test_verb_not_event(lex: Lexicon, lemma: str, kwargs: dict) -> None:
    assert lex.verb(lemma, **kwargs) == []


NOUN_CASES = [
    ("summit", {}, "CONSULT", None), ("summit", {"adj": "virtual"}, "CONSULT", "virtual"),
    ("talks", {}, "CONSULT", None), ("meeting", {}, "CONSULT", None), ("visit", {}, "CONSULT", "visit"),
    ("call", {}, "CONSULT", "phone"), ("call", {"compound": "phone"}, "CONSULT", "phone"),
    ("call", {"compound": "video"}, "CONSULT", "virtual"), ("talks", {"adj": "trilateral"}, "CONSULT", "multilateral"),
    ("sanctions", {}, "SANCTION", "discontinue"), ("controls", {"compound": "export"}, "SANCTION", "discontinue"),
    ("tariffs", {}, "SANCTION", "discontinue"), ("deal", {}, "AGREE", None), ("agreement", {}, "AGREE", None),
    ("accord", {}, "AGREE", None), ("pact", {}, "AGREE", None), ("test", {"compound": "missile"}, "MOBILIZE", "weapons"),
    ("launch", {}, "MOBILIZE", "weapons"), ("drills", {}, "MOBILIZE", "troops"), ("drills", {"adj": "joint"}, "COOPERATE", None),
    ("exercises", {"adj": "military"}, "MOBILIZE", "troops"), ("deployment", {}, "MOBILIZE", "troops"),
    ("buildup", {}, "MOBILIZE", "troops"), ("invasion", {}, "ASSAULT", None), ("airstrike", {}, "ASSAULT", "aerial"),
    ("aid", {}, "AID", None), ("assistance", {}, "AID", None), ("condemnation", {}, "ACCUSE", "disapprove"),
    ("warning", {}, "THREATEN", None), ("ultimatum", {}, "THREATEN", "relations"), ("protest", {}, "PROTEST", "demo"),
    ("protest", {"adj": "diplomatic"}, "ACCUSE", "disapprove"), ("expulsion", {}, "SANCTION", "expel"),
    ("retaliation", {}, "SANCTION", None),  # no mode: the kind of measure is not named
    ("war games", {}, "MOBILIZE", "troops"), ("show of force", {}, "MOBILIZE", None),
]


@pytest.mark.parametrize(("lemma", "kwargs", "etype", "mode"), NOUN_CASES)
def test_noun(lex: Lexicon, lemma: str, kwargs: dict, etype: str, mode: str | None) -> None:
    got = lex.noun(lemma, **kwargs)
    assert got and got[0].type == etype and got[0].mode == mode, got


def test_noun_not_event(lex: Lexicon) -> None:
    assert lex.noun("test", compound="covid") == []
    assert lex.noun("war", compound="trade") == []
    assert lex.noun("phone") == []


def test_trigger_fields_are_valid(lex: Lexicon) -> None:
    seen = [t for v in ("meet", "condemn", "encourage", "abandon") for t in lex.verb(v)]
    seen += [t for n in ("summit", "sanction", "aid") for t in lex.noun(n)]
    assert all(isinstance(t, Trigger) and t.type in PLOVER_TYPES and 0 <= t.weight <= 1 for t in seen)
    assert {t.source for t in seen} == {"curated", "cameo"}
    assert lex.verb("discuss")[0].weight < 0.5  # vague verb


def test_cameo_fallback(lex: Lexicon) -> None:
    """Verbs not curated still come from CAMEO patterns mapped through CAMEO2PLOVER."""
    got = lex.verb("abduct")  # curated
    assert got[0].source == "curated"
    got = lex.verb("bludgeon")
    assert got and got[0].type == "ASSAULT" and got[0].source == "cameo" and got[0].cameo
    assert lex.verb("tighten", obj_lemma="curfew")[0].type == "COERCE"


def test_word_classes(lex: Lexicon) -> None:
    for v in ("say", "tell", "add", "report", "announce", "according to"):
        assert lex.is_reporting_verb(v), v
    assert not lex.is_reporting_verb("meet")
    assert lex.is_light_verb("hold") and lex.is_light_verb("conduct") and not lex.is_light_verb("invade")
    assert lex.is_vague_verb("discuss") and not lex.is_vague_verb("condemn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired two ballistic missiles into the sea on Thursday, Seoul said.", {"north_korea_nuclear"}),
        ("Pyongyang test-launched a new ICBM, the Hwasong-17.", {"north_korea_nuclear"}),
        ("The leaders reaffirmed the importance of peace and stability across the Taiwan Strait.", {"taiwan"}),
        ("Beijing protested the patrol in the South China Sea near the Spratly Islands.", {"south_china_sea"}),
        ("Washington tightened export controls on advanced semiconductors to China.", {"sanctions", "technology", "trade"}),
        ("They pledged cooperation on climate change and the COVID-19 pandemic.", {"climate", "covid"}),
        ("Russian forces shelled Kharkiv as the war in Ukraine entered its second year.", {"ukraine_war"}),
        ("Ministers discussed human rights in Xinjiang.", {"human_rights"}),
        ("The talks covered 5G networks and artificial intelligence.", {"technology"}),
    ],
)
def test_topics(lex: Lexicon, text: str, expected: set[str]) -> None:
    assert expected <= set(lex.topics(text)), lex.topics(text)


def test_topics_need_both_groups(lex: Lexicon) -> None:
    assert "north_korea_nuclear" not in lex.topics("Iran expanded its nuclear programme.")
    assert "north_korea_nuclear" not in lex.topics("North Korea's leader visited a farm.")
    assert "energy" not in lex.topics("She cooked with olive oil.")  # Phoenix ignore phrase
    assert lex.topics("") == ()


@pytest.mark.parametrize(
    ("text", "discard"),
    [
        ("Manchester United beat Chelsea in the Champions League.", True),
        ("The batsman scored a century on the second day of the Test series.", True),
        ("He won the gold medal in badminton.", True),
        ("Biden met Suga at the White House on Friday.", False),
        ("The two countries signed a trade pact in 2005.", False),
        ("China condemned the sanctions two years ago.", False),
        # political sentences that name history or a sport are news, not furniture
        ("Japan's prime minister expressed deep remorse for World War II in Seoul.", False),
        ("China suspended NBA broadcasts after the Houston Rockets manager backed the Hong Kong protests.", False),
        ("North Korea hosted a basketball delegation from the United States in Pyongyang.", False),
        ("Beijing protested the Nobel Prize awarded to the jailed dissident.", False),
        ("She won the gold medal in weightlifting.", True),
    ],
)
def test_discard(lex: Lexicon, text: str, discard: bool) -> None:
    assert lex.discard(text) is discard


def test_status_cues(lex: Lexicon) -> None:
    cues = lex.status_cues
    assert set(cues.values()) <= set(STATUSES)
    for cue, status in [("expected to", "expected"), ("likely to", "expected"), ("poised to", "expected"),
                        ("plans to", "planned"), ("will", "planned"), ("scheduled", "planned"),
                        ("slated", "planned"), ("arrangements for", "planned"), ("if", "hypothetical"),
                        ("could", "hypothetical"), ("might", "hypothetical"), ("threatens to", "hypothetical"),
                        ("not", "negated"), ("never", "negated"), ("refused to", "negated"), ("denied", "negated")]:
        assert cues[cue] == status, cue
    assert lex.status_cue("Expected  To") == ("expected", "prediction")


def test_load_builds_and_caches() -> None:
    fresh = Lexicon(data_dir())
    assert fresh.verb("meet")[0].type == "CONSULT"
    assert load_lexicon() is load_lexicon()


@pytest.mark.skipif(not (SHARED / "data" / "phoenix").is_dir(), reason="shared data not available")
def test_build_reproduces_committed_files(tmp_path: Path) -> None:
    counts = build(SHARED, tmp_path)
    committed = Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / "events" / "cameo"
    assert counts["cameo_patterns.tsv"] > 1000 and counts["issues.tsv"] > 1000
    for name in counts:
        assert filecmp.cmp(tmp_path / name, committed / name, shallow=False), name



# --- families added from the short-document bench (bench/data/sentences): one case per family
FAMILY_VERB_CASES = [
    # expulsions and orders: "ordered the expulsion of diplomats", "ordered the ambassador to leave"
    ("order", {"obj_lemma": "expulsion"}, "SANCTION", "expel"),
    ("order", {"obj_lemma": "diplomats"}, "SANCTION", "expel"),
    ("order", {"obj_lemma": "ambassador"}, "SANCTION", "expel"),
    ("order", {"obj_lemma": "tariffs"}, "SANCTION", "discontinue"),
    ("order", {"obj_lemma": "troops"}, "MOBILIZE", "troops"),
    ("order", {}, "REQUEST", None),
    ("exclude", {}, "SANCTION", "expel"),
    # export controls, price caps, import bans
    ("tighten", {"obj_lemma": "controls"}, "SANCTION", "discontinue"),
    ("tighten", {"obj_lemma": "sanctions"}, "SANCTION", "discontinue"),
    ("impose", {"obj_lemma": "controls"}, "SANCTION", "discontinue"),
    ("impose", {"obj_lemma": "cap"}, "SANCTION", "discontinue"),
    ("introduce", {"obj_lemma": "tariffs"}, "SANCTION", "discontinue"),
    ("suspend", {"obj_lemma": "imports"}, "SANCTION", "discontinue"),
    ("block", {"obj_lemma": "exports"}, "SANCTION", "discontinue"),
    ("suspend", {"obj_lemma": "tariffs"}, "RETREAT", None),
    # leaving organisations and deals (manual: SANCTION withdraw); troops leaving (RETREAT)
    ("leave", {"obj_lemma": "community"}, "SANCTION", "withdraw"),
    ("leave", {"obj_lemma": "deal"}, "SANCTION", "withdraw"),
    ("quit", {"obj_lemma": "treaty"}, "SANCTION", "withdraw"),
    ("exit", {}, "SANCTION", "withdraw"),
    ("withdraw", {"prep": "from", "obj_lemma": "treaty"}, "SANCTION", "withdraw"),
    ("pull", {"particle": "out", "obj_lemma": "deal"}, "SANCTION", "withdraw"),
    ("freeze", {"obj_lemma": "participation"}, "SANCTION", "withdraw"),
    ("end", {"obj_lemma": "mission"}, "SANCTION", "withdraw"),
    ("withdraw", {"obj_lemma": "peacekeepers"}, "SANCTION", "withdraw"),
    ("leave", {}, "RETREAT", "withdraw"),
    ("leave", {"obj_lemma": "office"}, "RETREAT", "resign"),
    ("leave", {"prep": "for"}, "CONSULT", "visit"),
    # releases and swaps (manual: actual release or exchange of prisoners is RETREAT)
    ("free", {}, "RETREAT", "release"),
    ("hand", {"particle": "back"}, "RETREAT", "release"),
    ("return", {"obj_lemma": "prisoners"}, "RETREAT", "release"),
    ("swap", {"obj_lemma": "prisoners"}, "RETREAT", "release"),
    ("repatriate", {}, "RETREAT", "release"),
    ("pardon", {}, "CONCEDE", None),
    ("drop", {"obj_lemma": "objection"}, "CONCEDE", None),
    # threats and retaliation
    ("vow", {"obj_lemma": "countermeasures"}, "THREATEN", None),
    ("retaliate", {}, "SANCTION", None),  # the kind of measure is not named: no mode
    ("retaliate", {"prep": "with", "obj_lemma": "expulsions"}, "SANCTION", "expel"),
    ("retaliate", {"prep": "with", "obj_lemma": "strikes"}, "ASSAULT", None),
    # rejections, denials, vetoes, barring entry
    ("deny", {"obj_lemma": "involvement"}, "REJECT", None),
    ("veto", {"obj_lemma": "resolution"}, "REJECT", None),
    ("block", {"obj_lemma": "bid"}, "REJECT", None),
    ("turn", {"particle": "back"}, "REJECT", None),
    ("bar", {}, "REJECT", None),
    # aid: bailouts, rescue and relief
    ("approve", {"obj_lemma": "bailout"}, "AID", None),
    ("approve", {"obj_lemma": "loan"}, "AID", None),
    ("approve", {}, "SUPPORT", None),
    ("send", {"obj_lemma": "rescuers"}, "AID", None),
    ("release", {"obj_lemma": "funds"}, "AID", None),
    ("disburse", {}, "AID", None),
    # force
    ("pound", {}, "ASSAULT", "heavy-weapons"),
    ("push", {"prep": "into"}, "ASSAULT", None),
    ("use", {"obj_lemma": "force"}, "ASSAULT", None),
    ("deploy", {"obj_lemma": "troops"}, "MOBILIZE", "troops"),
    # meetings, support, requests, accusations
    ("wrap", {"particle": "up", "obj_lemma": "summit"}, "CONSULT", None),
    ("wrap", {"particle": "up", "obj_lemma": "visit"}, "CONSULT", "visit"),
    ("meet", {"prep": "in"}, "CONSULT", None),
    ("lead", {"obj_lemma": "delegation"}, "CONSULT", None),
    ("conclude", {"obj_lemma": "negotiations"}, "AGREE", None),
    ("stand", {"prep": "with"}, "SUPPORT", None),
    ("upgrade", {"obj_lemma": "relations"}, "SUPPORT", None),
    ("grant", {"obj_lemma": "status"}, "SUPPORT", None),
    ("readmit", {}, "SUPPORT", None),
    ("become", {"obj_lemma": "member"}, "COOPERATE", None),
    ("sign", {"obj_lemma": "application"}, "REQUEST", None),
    ("apply", {"prep": "for"}, "REQUEST", None),
    ("accuse", {"prep": "of"}, "ACCUSE", "allege"),
    ("call", {"obj_lemma": "decision"}, "ACCUSE", "disapprove"),
    ("regret", {"obj_lemma": "decision"}, "ACCUSE", "disapprove"),
    ("concern", {"prep": "by"}, "ACCUSE", "disapprove"),
]


@pytest.mark.parametrize(("lemma", "kwargs", "etype", "mode"), FAMILY_VERB_CASES)
def test_family_verb(lex: Lexicon, lemma: str, kwargs: dict, etype: str, mode: object) -> None:
    got = lex.verb(lemma, **kwargs)
    assert got, f"no trigger for {lemma} {kwargs}"
    assert got[0].type == etype and got[0].source == "curated", got
    if mode is not ...:
        assert got[0].mode == mode, got


@pytest.mark.parametrize(
    ("lemma", "kwargs"),
    [("deliver", {"obj_lemma": "response"}), ("hand", {"particle": "over", "obj_lemma": "letter"}),
     ("tighten", {})],
)
def test_family_not_event(lex: Lexicon, lemma: str, kwargs: dict) -> None:
    assert lex.verb(lemma, **kwargs) == []


FAMILY_NOUN_CASES = [
    ("bailout", {}, "AID", None), ("package", {"compound": "rescue"}, "AID", None),
    ("team", {"compound": "rescue"}, "AID", None), ("supplies", {"compound": "relief"}, "AID", None),
    ("cap", {"compound": "price"}, "SANCTION", "discontinue"), ("swap", {"compound": "prisoner"}, "RETREAT", "release"),
    ("solidarity", {}, "SUPPORT", None), ("application", {"compound": "membership"}, "REQUEST", None),
    ("withdrawal", {"compound": "treaty"}, "SANCTION", "withdraw"), ("group", {"compound": "carrier"}, "MOBILIZE", "weapons"),
    ("partnership", {"compound": "security"}, "COOPERATE", None),
    # a NONE modifier yields to another modifier's reading: "live-fire military drills"
    ("drills", {"compound": "fire", "adj": "military"}, "MOBILIZE", "troops"),
]


@pytest.mark.parametrize(("lemma", "kwargs", "etype", "mode"), FAMILY_NOUN_CASES)
def test_family_noun(lex: Lexicon, lemma: str, kwargs: dict, etype: str, mode: str | None) -> None:
    got = lex.noun(lemma, **kwargs)
    assert got and got[0].type == etype and got[0].mode == mode, got


def test_noun_none_modifier_alone_still_blocks(lex: Lexicon) -> None:
    assert lex.noun("drill", compound="fire") == []
    assert lex.noun("test", compound="covid", adj="new") == []


@pytest.mark.parametrize(
    ("verb", "xcomp", "xcomp_obj", "etype"),
    [("vow", "retaliate", None, "THREATEN"), ("vow", "take", "countermeasures", "THREATEN"),
     ("vow", "hit back", None, "THREATEN"), ("promise", "retaliate", None, "THREATEN"),
     ("warn", "retaliate", None, "THREATEN"), ("pledge", "take", "countermeasure", "THREATEN")],
)
def test_complement(lex: Lexicon, verb: str, xcomp: str, xcomp_obj: str | None, etype: str) -> None:
    got = lex.complement(verb, xcomp, xcomp_obj=xcomp_obj)
    assert got and got[0].type == etype, got


def test_complement_without_row_is_empty(lex: Lexicon) -> None:
    assert lex.complement("vow", "support") == []  # the verb's own reading (AGREE) stands
    assert lex.verb("vow")[0].type == "AGREE"


def test_an_object_row_denies_a_verb_without_a_row_of_its_own(lex: Lexicon) -> None:
    # "the army dropped its weapons and fled": no attack, whatever CAMEO's PLUNGE block or the
    # learned reader make of a weapon object; weapons dropped *to* a side are aid
    assert lex.denies("drop", obj_lemma="weapons")
    assert not lex.denies("drop", obj_lemma="bomb")
    assert [t.type for t in lex.verb("drop", prep="to", obj_lemma="weapon")] == ["AID"]
    # a verb with a curated reading of its own keeps it: "hosts refugees" is no visit, and the
    # learned reader may still read aid in it
    assert not lex.denies("host", obj_lemma="refugee")
