"""A state's or organisation's name, alias or metonym that only ends a longer proper name names
another body or person ("the General National Congress" is Libya's parliament, not the US
Congress); the same words after a country, a known person, a title word or a qualifier keep it."""

from __future__ import annotations

from typing import Any

import pytest

from communique.actors import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _found(kb: KnowledgeBase, nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in kb.find_mentions(nlp(text), "2016-06-01")]


OTHER_BODIES = [
    ("Delegates of the General National Congress met in Tripoli on Monday.", "Congress"),
    ("The Supreme Security Council ordered the militias out of the city.", "Security Council"),
    ("She was taken to Beth Israel Deaconess Medical Center after the blast.", "Israel"),
    ("Representative Jim Jordan accused the agency of hiding documents.", "Jordan"),
    ("Fighters of Kataeb Hezbollah fired rockets at the base.", "Hezbollah"),
    ("A study by the New America Foundation counted the strikes.", "America"),
    ("Reporters from Breitbart London asked the minister about it.", "London"),
]


@pytest.mark.parametrize("text,inner", OTHER_BODIES)
def test_a_name_ending_a_longer_name_is_no_mention(kb: KnowledgeBase, nlp: Any, text: str, inner: str) -> None:
    assert all(inner not in found for found, _ in _found(kb, nlp, text)), _found(kb, nlp, text)


SAME_BODY = [
    ("Lawmakers in the U.S. Congress passed the sanctions bill on Tuesday.", "Congress", "USA"),
    ("A senior official in the Trump White House denied the report.", "White House", "USA"),
    ("Staff of the Reagan White House kept few records of the talks.", "White House", "USA"),
    ("Acting White House press secretary Bill Smith said the talks would go on.", "White House", "USA"),
    ("Fighters of the Shiite Hezbollah crossed the border at night.", "Hezbollah", "HEZBOLLAH"),
    ("Kurdish YPG fighters took the town on Sunday.", "YPG", "YPG"),
    ("Clashes broke out again in East Jerusalem overnight.", "Jerusalem", "ISR"),
    ("Senior Hamas official Ali Nasser said the truce would hold.", "Hamas", "HAMAS"),
    ("Diplomats said in November Security Council members were split over the text.", "Security Council", "UN"),
]


@pytest.mark.parametrize("text,inner,code", SAME_BODY)
def test_a_known_or_qualifying_word_keeps_the_actor(kb: KnowledgeBase, nlp: Any, text: str, inner: str,
                                                    code: str) -> None:
    found = _found(kb, nlp, text)
    assert any(inner in t and c == code for t, c in found), found


def test_a_headline_in_title_case_keeps_its_actors(kb: KnowledgeBase, nlp: Any) -> None:
    found = _found(kb, nlp, "Kerry Warns North Korea, But Holds Out Hope For Talks")
    assert ("North Korea", "PRK") in found, found


def test_the_first_word_of_a_sentence_alone_is_no_longer_name(kb: KnowledgeBase, nlp: Any) -> None:
    found = _found(kb, nlp, "Quoting Russia's foreign ministry, the agency said talks had failed.")
    assert ("Russia", "RUS") in found, found


def test_plain_text_resolution(kb: KnowledgeBase) -> None:
    assert kb.resolve("the General National Congress", "2014-03-01") is None
    actor = kb.resolve("the US Congress", "2014-03-01")
    assert actor is not None and actor.code == "USA"
    assert [m.actor.code for m in kb.mentions_in_text("He met Lisa Monaco on Friday.", "2016-06-01")] == []


PARTICLE_NAMES = [
    ("Syrian Opposition Coalition president Hadi al-Bahra accused the government of war crimes.", "YEM"),
    ("The American-born cleric Anwar al-Awlaki was killed in a drone strike in Yemen.", "MYS"),
    ("Gaza health official Ashraf al-Kidra said 16 people were killed.", "PAK"),
]


@pytest.mark.parametrize("text,wrong", PARTICLE_NAMES)
def test_a_known_name_before_a_particle_name_is_another_person(kb: KnowledgeBase, nlp: Any, text: str,
                                                                wrong: str) -> None:
    """A known first or family name followed by "al-", "bin", "von" ... and a capitalised word begins
    a longer name: another person's, not the known one's ("Hadi al-Bahra" is not Yemen's Hadi)."""
    assert all(c != wrong for _, c in _found(kb, nlp, text)), _found(kb, nlp, text)


def test_a_known_name_before_an_english_word_still_matches(kb: KnowledgeBase, nlp: Any) -> None:
    found = _found(kb, nlp, "Hadi met Saudi officials in Riyadh, and Obama at the White House called him.")
    assert ("Hadi", "YEM") in found and ("Obama", "USA") in found, found


EARLIER_LEADERS = [
    ("Former President Jimmy Carter visited Pyongyang. Carter met officials there.", "2016-03-01",
     [("President Jimmy Carter", "Jimmy Carter"), ("Carter", "Jimmy Carter")]),
    ("In 1965 Lyndon Johnson sent the Marines to Vietnam.", "2016-03-01", [("Lyndon Johnson", "Lyndon B. Johnson")]),
    ("President George H.W. Bush sent troops to Somalia in 1992.", "2016-03-01",
     [("President George H.W. Bush", "George H. W. Bush")]),
    ("Soviet leader Mikhail Gorbachev signed the treaty with Reagan.", "2019-02-01",
     [("leader Mikhail Gorbachev", "Mikhail Gorbachev")]),
]


@pytest.mark.parametrize("text,date,want", EARLIER_LEADERS)
def test_earlier_heads_of_state_are_not_their_namesakes(kb: KnowledgeBase, nlp: Any, text: str, date: str,
                                                        want: list[tuple[str, str]]) -> None:
    """Former presidents the news names as history are in the base: Jimmy Carter is not Ash Carter,
    Lyndon Johnson not Boris Johnson, George H. W. Bush not his son."""
    found = [(m.text, m.actor.name) for m in kb.find_mentions(nlp(text), date)]
    for w in want:
        assert w in found, found


def test_an_earlier_leaders_family_name_alone_needs_the_full_name_first(kb: KnowledgeBase, nlp: Any) -> None:
    found = [(m.text, m.actor.name) for m in kb.find_mentions(nlp("Kennedy said on CBS that the tariffs were bad."),
                                                                "2018-03-01")]
    assert not any(name == "John F. Kennedy" for _, name in found), found


NAMED_AFTER = [
    "A fire at the John F. Kennedy Presidential Library was reported on Monday.",
    "Reporters visited the Nelson Mandela Foundation in Johannesburg.",
    "He spoke at the Ronald Reagan Presidential Library in California.",
]


@pytest.mark.parametrize("text", NAMED_AFTER)
def test_a_name_before_an_institution_word_is_no_person(kb: KnowledgeBase, nlp: Any, text: str) -> None:
    """A person's name before "Library", "Foundation", "Airport" ... names the place or institution."""
    assert [m for m in kb.find_mentions(nlp(text), "2018-03-01") if m.actor.kind == "person"] == []


@pytest.mark.parametrize("text,name", [
    ("Jets from the USS Harry S. Truman struck targets in Syria on Tuesday.", "USS Harry S. Truman"),
    ("The USS George H.W. Bush sailed into the Mediterranean.", "USS George H.W. Bush"),
    ("The USS Ronald Reagan sailed into the South China Sea.", "USS Ronald Reagan"),
])
def test_a_persons_name_after_a_ship_prefix_is_the_navys_state(kb: KnowledgeBase, nlp: Any, text: str,
                                                                name: str) -> None:
    """ "the USS Harry S. Truman" is a ship of the US Navy: a mention of the United States, no person."""
    found = [(m.text, m.actor.code, m.actor.kind) for m in kb.find_mentions(nlp(text), "2016-06-01")]
    assert (name, "USA", "state") in found and not any(kind == "person" for *_, kind in found), found
