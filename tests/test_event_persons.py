"""The people through whom a state acts (session 11, persons14): the official who reports their own
side's act is that act's source ("X said Moscow will ..."), also by a pronoun or a bare title in a
later sentence; a named holder of an office the knowledge base knows only as a nameless title
("Iran's foreign ministry spokesman, X") is that person. Sentences written for these tests; the
real pipeline runs on each."""

from __future__ import annotations

import pytest

from communique.types import GOVERNMENT_NAMED, RawDoc


def _events(pipeline, text: str):
    return pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02")).events


def _sources(pipeline, text: str, typ: str) -> list[tuple[str, str, str]]:
    return [(e.source.code, e.source.kind, e.source.name) for e in _events(pipeline, text)
            if e.type == typ and e.source is not None]


@pytest.mark.parametrize("text, typ, code, name", [
    ("Foreign Minister Sergei Lavrov said Moscow will expel 20 British diplomats.", "SANCTION", "RUS",
     "Sergei Lavrov"),
    ("Britain will impose new sanctions on Russia, Prime Minister Boris Johnson told parliament on Monday.",
     "SANCTION", "GBR", "Boris Johnson"),
])
def test_the_official_who_reports_his_states_act_is_its_source(pipeline, text, typ, code, name):
    assert (code, "person", name) in _sources(pipeline, text, typ), _events(pipeline, text)


def test_the_speaker_of_another_sides_act_is_not_its_source(pipeline):
    text = "Foreign Minister Sergei Lavrov said Britain will expel 20 Russian diplomats."
    sources = _sources(pipeline, text, "SANCTION")
    assert sources and all(kind != "person" for _, kind, _ in sources), _events(pipeline, text)


def test_two_speakers_lend_no_one(pipeline):
    text = "Sergei Lavrov and Boris Johnson said Russia will expel 20 British diplomats."
    assert ("RUS", "state", "Russia") in _sources(pipeline, text, "SANCTION"), _events(pipeline, text)


def test_a_pronoun_speaker_in_the_next_sentence_is_the_person_named_before(pipeline):
    text = ("Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Monday. "
            "Russia will expel 20 British diplomats, he said.")
    assert ("RUS", "person", "Sergei Lavrov") in _sources(pipeline, text, "SANCTION"), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry spokesman, Hamid Rezaei, said Iran will impose sanctions on Britain.",
    ("Hamid Rezaei, the spokesman of Iran's foreign ministry, spoke to reporters on Monday. "
     "Iran will impose sanctions on Britain, the spokesman said."),
])
def test_the_named_holder_of_a_nameless_office_is_the_person(pipeline, text):
    assert ("IRN", "person", "Hamid Rezaei") in _sources(pipeline, text, "SANCTION"), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Putin's spokesperson said Russia will expel 20 British diplomats.",
    "Friends of Putin told reporters that Russia will expel 20 British diplomats.",
])
def test_a_speaker_a_person_only_qualifies_is_not_that_person(pipeline, text):
    sources = _sources(pipeline, text, "SANCTION")
    assert sources and ("RUS", "person", "Vladimir Putin") not in sources, _events(pipeline, text)


def test_a_name_after_a_nameless_office_holds_it(pipeline):
    text = "Israel's National Security Adviser Yaakov Levin consulted with his U.S. counterpart on Monday."
    events = _events(pipeline, text)
    persons = {a.name for e in events for a in e.actors() if a.kind == "person"}
    assert "Yaakov Levin" in persons and not any(p.startswith("Israel ") for p in persons), events


def test_a_quotation_going_on_keeps_its_speaker(pipeline):
    text = ('Foreign Minister Sergei Lavrov told reporters: "We will not be blackmailed." '
            '"Russia will expel 20 British diplomats."')
    assert ("RUS", "person", "Sergei Lavrov") in _sources(pipeline, text, "SANCTION"), _events(pipeline, text)


def test_a_quotation_after_no_quoted_speaker_lends_no_one(pipeline):
    text = 'Foreign Minister Sergei Lavrov arrived in London on Monday. "Russia will expel 20 British diplomats."'
    sources = _sources(pipeline, text, "SANCTION")
    assert sources and ("RUS", "person", "Sergei Lavrov") not in sources, _events(pipeline, text)


def test_a_quotation_going_on_from_a_speaker_no_actor_stands_for_lends_no_one(pipeline):
    text = ('Foreign Minister Sergei Lavrov said on Monday that the talks had failed. "This is a crisis," said '
            'Anna Petrova, an analyst in Moscow. "Russia will expel 20 British diplomats."')
    sources = _sources(pipeline, text, "SANCTION")
    assert sources and ("RUS", "person", "Sergei Lavrov") not in sources, _events(pipeline, text)


def test_a_leader_named_beside_his_own_body_is_the_party(pipeline):
    text = ("Palestinian Authority (PA) President Mahmoud Abbas, with whom the envoy met on Monday, "
            "condemned the Israeli raid.")
    assert ("PSE", "person", "Mahmoud Abbas") in _sources(pipeline, text, "ACCUSE"), _events(pipeline, text)


@pytest.mark.parametrize("text, code", [
    ("Russian opposition leader Alexei Navalny said Russia will expel 20 British diplomats.", "RUS"),
    ("Former President Barack Obama said the United States will impose sanctions on Russia.", "USA"),
])
def test_a_speaker_holding_no_office_of_the_side_lends_no_one(pipeline, text, code):
    sources = _sources(pipeline, text, "SANCTION")
    assert sources and all(kind != "person" for c, kind, _ in sources if c == code), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Hamid Rezaei, the chief of staff of Iran's armed forces, said Iran will impose sanctions on Britain.",
    ("Hamid Rezaei, the chief of staff of Iran's armed forces, spoke to reporters on Monday. "
     "Iran will impose sanctions on Britain, Rezaei said."),
])
def test_a_person_the_base_does_not_know_introduced_with_his_sides_office_lends_himself(pipeline, text):
    assert ("IRN", "person", "Hamid Rezaei") in _sources(pipeline, text, "SANCTION"), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Hamid Rezaei, a former Iranian diplomat, said Iran will impose sanctions on Britain.",
    "Hamid Rezaei, a member of Iran's parliament, said Iran will impose sanctions on Britain.",
])
def test_a_person_introduced_without_an_office_of_the_side_lends_no_one(pipeline, text):
    sources = _sources(pipeline, text, "SANCTION")
    assert sources and all(kind != "person" for c, kind, _ in sources if c == "IRN"), _events(pipeline, text)


def _sources_at(pipeline, text: str, typ: str, published: str) -> list[tuple[str, str, str]]:
    doc = RawDoc(id="t", origin="test", text=text, published=published)
    return [(e.source.code, e.source.kind, e.source.name) for e in pipeline.process(doc).events
            if e.type == typ and e.source is not None]


@pytest.mark.parametrize("text, typ, published, name", [
    ("The Trump administration imposed sanctions on Russian oligarchs on Friday.", "SANCTION", "2018-04-07",
     "Donald Trump"),
    ("The Abe government protested to China over the ships on Monday.", "ACCUSE", "2018-04-07", "Shinzo Abe"),
    # out of office at the date, still the leader of that administration's act
    ("The Obama administration imposed sanctions on Russia in 2014.", "SANCTION", "2018-04-07", "Barack Obama"),
    # "the administration" later in the article is the same leader's
    ("The Trump administration has long criticised Moscow. On Friday the administration imposed sanctions on "
     "Russian oligarchs.", "SANCTION", "2018-04-07", "Donald Trump"),
])
def test_a_leaders_government_acts_as_the_leader(pipeline, text, typ, published, name):
    assert any(
        kind == "person" and who == name for _, kind, who in _sources_at(pipeline, text, typ, published))


@pytest.mark.parametrize("text, typ", [
    # one of its officials speaks for the state, not for the leader
    ("The Trump administration criticised Russia on Monday. A senior administration official said the United "
     "States would expel 60 Russian diplomats.", "SANCTION"),
    # after a past leader's administration, "the administration" is no longer that leader's
    ("The Obama administration criticised Moscow in 2014. On Friday the administration imposed sanctions on "
     "Russian oligarchs.", "SANCTION"),
    # a regime is its state
    ("The Assad regime bombed Turkish troops on Monday.", "ASSAULT"),
])
def test_a_leaders_name_lends_no_one_else(pipeline, text, typ):
    sources = _sources_at(pipeline, text, typ, "2018-04-07")
    assert sources and all(kind != "person" for _, kind, _ in sources), sources


def test_a_leader_named_through_a_government_tells_no_report_apart(pipeline):
    """ "The Trump administration imposed sanctions" names Trump only through the state's government:
    for fusion, the same side as "Pompeo announced the sanctions" (the state), not another person."""
    from communique.fuse._within import persons_conflict

    text = "The Trump administration imposed sanctions on Russian oligarchs on Friday."
    event = next(e for e in _events(pipeline, text) if e.type == "SANCTION")
    assert event.source is not None and event.source.name == "Donald Trump"
    assert event.extra.get(GOVERNMENT_NAMED) == ["Donald Trump"]
    other = "Secretary of State Mike Pompeo imposed sanctions on Russian oligarchs on Friday."
    pompeo = next(e for e in _events(pipeline, other) if e.type == "SANCTION")
    assert pompeo.source is not None and pompeo.source.name == "Mike Pompeo"
    assert not persons_conflict(event, pompeo)


def test_a_leader_named_through_a_government_is_so_read_back_from_the_store(pipeline, tmp_path):
    """The store keeps the mark (``extra[GOVERNMENT_NAMED]``): a mention read back for fusion in a later
    run is the node it was when its article came in, not a report by the person Trump."""
    from communique.fuse import node_of
    from communique.store._rows import row_to_event, to_tables

    text = "The Trump administration imposed sanctions on Russian oligarchs on Friday."
    result = pipeline.process(RawDoc(id="gov1", origin="test", text=text, published="2018-04-06"))
    events = to_tables([result])[2].to_pylist()
    back = [row_to_event(row) for row in events]
    sanction = next(e for e in back if e.type == "SANCTION")
    assert sanction.source is not None and sanction.source.name == "Donald Trump"
    assert not node_of(sanction, 0, "2018-04-06").persons


def test_a_bare_title_is_not_the_holder_of_a_lesser_title_ending_with_it(pipeline):
    text = ("President Donald Trump spoke at the White House on Monday, flanked by Vice President Mike Pence. "
            "The president also threatened to impose tariffs on China.")
    sources = _sources(pipeline, text, "THREATEN")
    assert ("USA", "person", "Donald Trump") in sources and ("USA", "person", "Mike Pence") not in sources, \
        _events(pipeline, text)


def test_a_subject_pronoun_is_the_person_the_sentence_before_has_as_its_subject(pipeline):
    text = ("President Donald Trump spoke at the White House on Monday, flanked by Vice President Mike Pence. "
            "He ordered the expulsion of 60 Russian diplomats.")
    sources = _sources(pipeline, text, "SANCTION")
    assert ("USA", "person", "Donald Trump") in sources and ("USA", "person", "Mike Pence") not in sources, \
        _events(pipeline, text)


def test_a_subject_pronoun_goes_on_about_the_person_a_pronoun_before_stood_for(pipeline):
    text = ("Secretary of State Antony Blinken spoke in Washington on Monday. "
            "He said he had talked to Russian Foreign Minister Sergei Lavrov about Syria. "
            "He said the United States would impose new sanctions on Russia.")
    assert ("USA", "person", "Antony Blinken") in _sources(pipeline, text, "SANCTION"), _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The U.S. secretary of state, Mike Pompeo, and Russian Foreign Minister Sergei Lavrov met in Sochi on Tuesday.",
    "The U.S. secretary of state, Mike Pompeo, and his Russian counterpart, Sergei Lavrov, met in Sochi on Tuesday.",
])
def test_a_person_the_parser_conjoins_with_an_officials_name_is_the_officials_conjunct(pipeline, text):
    meetings = [e for e in _events(pipeline, text) if e.type == "CONSULT"]
    persons = {a.name for e in meetings for a in (e.source, e.target, *e.participants) if a is not None}
    assert {"Mike Pompeo", "Sergei Lavrov"} <= persons, meetings
