"""Actor resolution in context: "the North" and "the South" of Korean news (``discourse._korean_compass``),
and a person pronoun inside a possessed act ("X's decision to ... his talks", ``args.clause_subject_actors``).
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import said, typed

KOREAS = ("PRK", "KOR")


def test_the_south_in_an_article_naming_pyongyang_is_south_korea_and_elsewhere_a_region(pipeline):
    found = said(pipeline, "Pyongyang on Tuesday rejected the South's proposal for military talks.")
    assert ("PRK", "KOR") in typed(found, "REJECT"), found
    region = said(pipeline, "The senator criticized the South for its voting laws. The governor of Texas "
                            "condemned the North.")
    assert not any(s in KOREAS or t in KOREAS for _, s, t, _ in region), region


def test_the_north_after_seoul_is_named_is_north_korea_but_not_before_a_name(pipeline):
    found = said(pipeline, "Seoul announced new drills near the border. The North condemned the South on "
                           "Wednesday.")
    assert ("PRK", "KOR") in typed(found, "ACCUSE"), found
    named = said(pipeline, "Seoul announced new drills near the border. The North Atlantic allies condemned the "
                           "South China Sea claims.")
    assert not typed(named, "ACCUSE"), named


def test_a_pronoun_inside_a_possessed_act_is_the_possessors(pipeline):
    # "Modi's decision to raise the dispute in his talks": Modi's talks, not the speaker's (Peskov)
    found = said(pipeline, "Peskov said the Kremlin welcomed Modi's decision to raise the dispute in his talks "
                           "with Xi Jinping.")
    assert ("IND", "CHN") in typed(found, "CONSULT"), found
    assert ("RUS", "CHN") not in typed(found, "CONSULT"), found
