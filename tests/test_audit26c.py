"""Precision fixes from the round-26 audit of CONSULT, AGREE, COOPERATE and SUPPORT on unseen pool news.

The verb "deal" is harm done ("dealt a setback", "deal a defeat") or handling ("dealing with Beijing"), never
backing: CAMEO's BARGAIN default read it as SUPPORT (verbs.tsv row ``deal`` NONE); agreeing is the noun "a deal".
A bare "exchange" is words, blows or handshakes ("heated exchanges", "exchange of rockets"), no
cooperation (nouns.tsv row ``exchange`` NONE; prisoner swaps keep their modifier rows).
Offering words or a view ("offered a tougher approach", "offering advice", "offered few details") commits to
nothing: no AGREE, the verb default (verbs.tsv rows ``offer`` + approach, advice, detail, explanation, ... NONE).
Arming anyone is AID, as the GUIDE says of arms, whatever the object ("arm them", "arm the Kurds"); CAMEO's ARM
default read generic cooperation (verbs.tsv row ``arm`` AID).
Sentences written for these tests (published Tuesday 2021-03-02); the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed


def test_dealing_a_setback_to_an_offensive_is_no_support(pipeline):
    found = said(pipeline, "Taliban fighters launched a fierce assault Tuesday to capture the town of Kunduz, "
                           "dealing a setback to a new Afghan army campaign in the north.")
    assert not typed(found, "SUPPORT"), found


def test_dealing_a_defeat_to_a_militia_is_no_support(pipeline):
    found = said(pipeline, "France must work with Chad to deal a lasting defeat to Boko Haram, the minister said.")
    assert not typed(found, "SUPPORT"), found


def test_dealing_with_a_rival_state_is_no_support(pipeline):
    found = said(pipeline, "We are dealing with Russia with great caution, the French president told reporters.")
    assert not typed(found, "SUPPORT"), found


def test_arming_a_group_named_by_no_force_word_is_aid(pipeline):
    found = said(pipeline, "Washington armed the Kurds last year to fight the Islamic State in Syria.")
    assert typed(found, "AID") and not typed(found, "COOPERATE"), found


def test_a_heated_exchange_between_leaders_is_no_cooperation(pipeline):
    found = said(pipeline, "Oil prices rose after a heated exchange between the Iranian president and the Saudi crown prince.")
    assert not typed(found, "COOPERATE"), found


def test_a_bargain_introduced_by_in_exchange_is_no_cooperation_of_its_own(pipeline):
    found = said(pipeline, "In exchange, Japan and South Korea would buy more American beef, the trade official said.")
    assert ("JPN", None) not in typed(found, "COOPERATE"), found


def test_offering_an_approach_commits_to_nothing(pipeline):
    found = said(pipeline, "At their meeting in Rome, the German chancellor offered a tougher approach to Turkey "
                           "than the Italian premier.")
    assert not typed(found, "AGREE"), found


def test_offering_advice_is_no_agreement(pipeline):
    found = said(pipeline, "Japanese diplomats have been offering advice to Philippine officials on the maritime dispute.")
    assert not typed(found, "AGREE"), found
