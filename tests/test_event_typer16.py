"""When the learned reader or a weak CAMEO pattern overrides the lexicon (typer16): a side that
suspends, ends or renounces a treaty leaves it (SANCTION withdraw), and a curated verb + object row
decides the type against the model. Sentences invented for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from communique.events.lexicon import Trigger
from communique.events.model import CLASSES
from communique.events.typers import CombinedTyper
from communique.types import RawDoc


def events_of(pipeline, text: str) -> list[tuple[str, frozenset[str]]]:
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return [(e.type, frozenset(a.code for a in e.actors())) for e in result.events]


@pytest.mark.parametrize("verb, obj", [
    ("suspend", "treaty"), ("suspend", "agreement"), ("suspend", "obligation"), ("suspend", "commitment"),
    ("end", "pact"), ("halt", "deal"), ("terminate", "accord"), ("abandon", "commitment"),
    ("renounce", "treaty"), ("discontinue", "agreement"),
])
def test_stopping_ones_part_in_a_deal_is_a_withdrawal(pipeline, verb, obj):
    # CAMEO's FINISH block reads "<verb> + agreement" as signing one (its "conclude" sense)
    best = max(pipeline.lexicon.verb(verb, obj_lemma=obj), key=lambda t: t.weight)
    assert (best.type, best.mode, best.source) == ("SANCTION", "withdraw", "curated")


def test_the_concluding_verbs_of_the_block_still_sign(pipeline):
    for verb in ("conclude", "finalize", "complete"):
        types = {t.type for t in pipeline.lexicon.verb(verb, obj_lemma="agreement")}
        assert types and types <= {"AGREE", "SUPPORT"}, (verb, types)
    assert {t.type for t in pipeline.lexicon.verb("stop", obj_lemma="accord")} == {"REJECT"}


@pytest.mark.parametrize("text, actors", [
    ("Moscow suspended the arms control treaty with Washington on Tuesday.", {"RUS", "USA"}),
    ("The United States is suspending the missile treaty with Russia.", {"USA", "RUS"}),
    ("Japan ended its fisheries agreement with South Korea on Monday.", {"JPN", "KOR"}),
])
def test_a_suspended_treaty_is_no_agreement(pipeline, text, actors):
    evs = events_of(pipeline, text)
    assert ("SANCTION", frozenset(actors)) in evs, evs
    assert not any(t in ("AGREE", "SUPPORT") for t, _ in evs), evs


class SureOf(CombinedTyper):
    """A combined typer whose model reads every token as ``typ`` with probability 0.95."""

    def __init__(self, lexicon, typ: str):
        super().__init__(lexicon, model=object())  # type: ignore[arg-type]
        self.p = np.zeros(len(CLASSES))
        self.p[CLASSES.index(typ)] = 0.95

    def proba(self, tok):
        return self.p


def _decided(pipeline, text: str, word: str, typ: str, proposal: Trigger) -> str | None:
    doc = pipeline.nlp(text)
    typer = SureOf(pipeline.lexicon, typ)
    typer.start(doc, [])
    tok = next(t for t in doc if t.text == word)
    decided = typer.decide(tok, proposal)
    return decided.type if decided is not None else None


RETREAT = Trigger("RETREAT", "withdraw", None, 0.6, "curated")


def test_the_model_cannot_retype_against_the_objects_row(pipeline):
    # "withdraw" + "troops" is RETREAT in the lexicon: a sure SANCTION does not override it
    assert _decided(pipeline, "Canada withdrew its troops from Mali on Monday.", "withdrew", "SANCTION",
                    RETREAT) == "RETREAT"
    lifted = Trigger("RETREAT", None, None, 0.75, "curated")
    assert _decided(pipeline, "Britain lifted the sanctions on Belarus.", "lifted", "SANCTION", lifted) == "RETREAT"


def test_the_model_may_retype_to_the_objects_row_or_where_there_is_none(pipeline):
    # "withdraw" + "support" is SANCTION: the "withdraw ... from X" row's RETREAT yields to it
    assert _decided(pipeline, "Canada withdrew its support from the mission in Mali.", "withdrew", "SANCTION",
                    RETREAT) == "SANCTION"
    # no curated row for the object: the model retypes as before
    assert _decided(pipeline, "Canada withdrew its pledge from the fund.", "withdrew", "SANCTION",
                    RETREAT) == "SANCTION"
    assert _decided(pipeline, "Canada withdrew from Mali on Monday.", "withdrew", "SANCTION",
                    RETREAT) == "SANCTION"


def test_the_party_of_a_treaty_named_in_its_appositive_is_the_one_left(pipeline):
    # "the X Treaty, a key pact with Y": Y is the other side, and the appositive names no new agreement
    evs = events_of(pipeline, "Canada is suspending the Arctic Fisheries Treaty, a key pact with Norway, "
                              "the Canadian foreign minister said on Monday.")
    assert ("SANCTION", frozenset({"CAN", "NOR"})) in evs, evs
    assert not any(t in ("AGREE", "SUPPORT") for t, _ in evs), evs


def test_ending_up_out_of_a_deal_is_no_act(pipeline):
    assert pipeline.lexicon.verb("end", particle="up", obj_lemma="deal") == []
    assert not any(t == "SANCTION" for t, _ in events_of(
        pipeline, "Japan may end up out of the trade deal with Australia, Japanese officials said."))
