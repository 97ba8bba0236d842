"""Names as the article writes them, and names learnt in an article read again where the entity tagger
misses them. Sentences written for these tests; the real pipeline (parse, knowledge base) runs on each."""

from __future__ import annotations

import pytest

from communique.actors.kb import as_written
from communique.actors.text import unaccented
from communique.types import Actor, RawDoc

from discourse_repeats import repeats_of


def events_of(pipeline, text: str, published: str = "2019-10-09"):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events


def test_unaccented_keeps_case_and_plain_letters():
    assert unaccented("Recep Tayyip Erdoğan") == "Recep Tayyip Erdogan"
    assert unaccented("Mevlüt Çavuşoğlu") == "Mevlut Cavusoglu"
    assert unaccented("Radosław Sikorski") == "Radoslaw Sikorski"
    assert unaccented("Sikorski") == "Sikorski"


def test_a_person_is_named_as_the_text_spells_them():
    base = Actor("TUR", "Recep Tayyip Erdoğan", "person", "head of state", "TUR", id="person/erdogan")
    written = as_written(base, "Recep Tayyip Erdogan")
    assert written.name == "Recep Tayyip Erdogan" and written.id == base.id
    assert as_written(base, "Erdoğan") is base  # written with the diacritics: the base's own spelling
    assert as_written(base, "the Turkish president") is base  # a title does not spell the name


def test_a_known_leader_written_without_diacritics_keeps_the_articles_spelling(pipeline):
    evs = events_of(pipeline, "Turkish President Recep Tayyip Erdogan criticised Greece over its border policy on Monday.")
    names = {a.name for e in evs for a in e.actors() if a.kind == "person"}
    assert "Recep Tayyip Erdogan" in names, names


@pytest.mark.parametrize("second", [
    "Israeli police detained Haddad at a checkpoint.",  # an object
    "The Justice Department filed charges against Haddad.",  # the object of "against"
])
def test_a_learnt_name_the_tagger_misses_is_read_as_a_party(pipeline, second):
    text = "Hamas negotiator Karim Haddad met Egyptian officials in Cairo on Monday. " + second
    assert [a.code for a in repeats_of(pipeline, text, "Haddad")] == ["HAMAS"]


@pytest.mark.parametrize("second", [
    "Haddad's car was stopped at a checkpoint.",  # a possessor
    "The army said Haddad could be extradited to Egypt.",  # a passive's subject: the doer is unsaid
])
def test_a_learnt_name_the_tagger_misses_stays_unread_where_it_is_no_party(pipeline, second):
    text = "Hamas negotiator Karim Haddad met Egyptian officials in Cairo on Monday. " + second
    assert [a.code for a in repeats_of(pipeline, text, "Haddad")] == []


def test_two_spellings_of_one_person_are_one_speaker_to_fusion():
    from communique.fuse._score import node_of
    from communique.types import Event, Evidence

    def ev(name: str) -> Event:
        return Event(doc_id="d", type="THREATEN", evidence=Evidence("x", 0, 1), status="occurred",
                     source=Actor("TUR", name, "person", "head of state", "TUR"), target=Actor("EU", "EU", "organization"),
                     date="2019-10-10")
    a, b = node_of(ev("Recep Tayyip Erdoğan"), 0, "2019-10-10"), node_of(ev("Recep Tayyip Erdogan"), 0, "2019-10-10")
    assert a.persons == b.persons


def test_a_family_name_the_tagger_tags_otherwise_still_names_the_person(pipeline):
    from communique.events.args import _renamed
    doc = pipeline.nlp("Senator Jane Holt said Marek Dvorsky should be punished. Austria may extradite Dvorsky soon.")
    second = [t.i for t in doc if t.text == "Dvorsky"][-1]
    doc.ents = [e for e in doc.ents if not (e.start <= second < e.end)]  # the tagger's miss
    assert [s.start for s in _renamed(doc)] == [second]


def test_one_person_keeps_one_spelling_in_an_article(pipeline):
    evs = events_of(pipeline, "President Recep Tayyip Erdoğan met Angela Merkel in Berlin on Monday. Erdogan later "
                              "criticised Greece over its border policy.")
    names = {a.name for e in evs for a in e.actors() if a.kind == "person" and a.code == "TUR"}
    assert names == {"Recep Tayyip Erdogan"}, names
