"""Family names that come first (Chinese, Korean, Vietnamese names in their own order) and last (most
others), as the discourse and the pronoun resolver read a person's name alone later in an article.
Names and sentences invented for these tests."""

from __future__ import annotations

import pytest

from communique.events.surnames import family_first, family_name

from discourse_repeats import repeats_of


@pytest.mark.parametrize("name, family", [
    ("Park Min-jun", "Park"),  # Korean, hyphenated given name
    ("Choe Myong Sik", "Choe"),  # Korean, spaced given name
    ("Zhao Wenhai", "Zhao"),  # pinyin, one-word given name
    ("Tran Van Hoa", "Tran"),  # Vietnamese
    ("Ana Duarte", "Duarte"),
    ("Hiroshi Tanaka", "Tanaka"),  # Japanese names in English news: given name first
    ("Lee Rowland", "Rowland"),  # a Western name beginning with a Korean family name
    ("Kim Darnell", "Darnell"),
    ("Lee Barton Hale", "Hale"),
])
def test_the_family_name_of_a_full_name(name, family):
    assert family_name(name.split()) == family


def test_tokens_of_a_hyphenated_given_name_still_read_family_first():
    assert family_name(["Moon", "Hae", "-", "rin"]) == "Moon"
    assert family_name(["Sara", "Ocasio", "-", "Lyle"]) == "Lyle"


def test_a_family_first_country_reads_a_one_syllable_first_word_as_the_family():
    assert family_name(["Tong", "Hae-won"], "KOR") == "Tong"  # no listed family name, but a Korean person
    assert family_name(["Tong", "Hae-won"]) == "Hae-won"  # unknown nationality: the last word
    assert family_name(["Martin", "Lin"], "TWN") == "Lin"  # an English given name first
    assert family_name(["Haruki", "Tanaka"], "JPN") == "Tanaka"


def test_a_state_that_writes_the_given_name_first_keeps_the_last_word():
    assert family_name(["Jung", "Pak"], "USA") == "Pak"  # "Jung" is a Korean family name too
    assert family_name(["Jung", "Pak"]) == "Jung"  # with no state known, the list decides


def test_a_one_word_name_is_its_own_family():
    assert not family_first("Zhao")
    assert family_name(["Zhao"]) == "Zhao"


def test_a_korean_minister_is_named_again_by_the_family_name_that_comes_first(pipeline):
    text = ("South Korea's trade minister, Park Min-jun, met Chinese officials in Beijing on Monday. "
            "The Chinese delegation later criticised Park.")
    assert [a.code for a in repeats_of(pipeline, text, "Park")] == ["KOR"]


def test_a_person_the_base_knows_by_full_name_only_is_named_again_by_the_family_name(pipeline):
    """The base matches "Bo Xilai" only in full; the article's later "Bo" is still him."""
    text = "Commerce Minister Bo Xilai met Japanese officials in Beijing on Monday. Japan later criticised Bo."
    assert [a.name for a in repeats_of(pipeline, text, "Bo", "2006-03-02")] == ["Bo Xilai"]


def test_the_given_name_of_a_korean_minister_names_no_one(pipeline):
    text = ("South Korea's trade minister, Park Min-jun, met Chinese officials in Beijing on Monday. "
            "The Chinese delegation later criticised Min.")
    assert [a.code for a in repeats_of(pipeline, text, "Min")] == []


def test_a_western_name_keeps_its_last_word_as_the_family(pipeline):
    text = ("Britain's trade envoy, Lee Rowland, met Chinese officials in Beijing on Monday. "
            "The Chinese delegation later criticised Rowland.")
    assert [a.code for a in repeats_of(pipeline, text, "Rowland")] == ["GBR"]
    text = text.replace("criticised Rowland", "criticised Lee")
    assert [a.code for a in repeats_of(pipeline, text, "Lee")] == []


def test_a_chinese_family_name_the_tagger_tags_otherwise_still_names_the_person(pipeline):
    from communique.events.args import _renamed
    doc = pipeline.nlp("Chinese envoy Zhao Wenhai said Seoul should be punished. Japan may invite Zhao soon.")
    second = [t.i for t in doc if t.text == "Zhao"][-1]
    doc.ents = [e for e in doc.ents if not (e.start <= second < e.end)]  # the tagger's miss
    assert [s.start for s in _renamed(doc)] == [second]
