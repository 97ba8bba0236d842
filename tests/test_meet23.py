"""Meetings of the twenty-third pass: talks named by the accord they work toward ("negotiations on a
trade pact between X and Y": the pact's parties are the talks', and no pact is made;
``meetings.sought_accord``), talks a side is disposed to ("his openness to talks with Y": that side
would take part, the talks still open; ``meetings.disposed_side``, ``status.disposed_toward``), and a
channel between two states' officials ("a channel of communication between A and B diplomats";
``channels.contact_reading``), and a meeting whose sides a clause within it names ("a phone call in which
X asked Y to ..."; ``meetings.within_parties``).
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from probe import events_of, shown


def sides(events: list, type_: str) -> list[tuple[str | None, str | None, list[str], str]]:
    """(source, target, sorted participant codes, status) of the events of ``type_``."""
    return [(e.source and e.source.code, e.target and e.target.code, sorted(a.code for a in e.participants), e.status)
            for e in events if e.type == type_]


def codes(found: list[tuple[str | None, str | None, list[str], str]]) -> list[set[str]]:
    """The actor codes of each event :func:`sides` lists."""
    return [{c for c in (s, t, *p) if c} for s, t, p, _ in found]


def test_talks_toward_an_accord_between_two_states_are_theirs(pipeline):
    evs = events_of(pipeline, "Negotiations over a trade pact between Canada and Japan resumed in Ottawa on Monday.",
                    "2019-06-17")
    assert {"CAN", "JPN"} in codes(sides(evs, "CONSULT")), shown(evs)
    assert not sides(evs, "AGREE"), shown(evs)  # a pact sought, none made


def test_talks_toward_an_accord_with_a_state_have_it_for_the_other_side(pipeline):
    evs = events_of(pipeline, "The Australian government said talks on a free trade agreement with India would "
                    "resume next month.", "2019-06-17")
    assert ("AUS", "IND") in [(s, t) for s, t, _, _ in sides(evs, "CONSULT")], shown(evs)


def test_openness_to_talks_has_its_holder_for_a_side_and_leaves_them_open(pipeline):
    evs = events_of(pipeline, "Trump has expressed his openness to talks with Kim Jong Un.", "2018-05-01")
    assert ("USA", "PRK", [], "hypothetical") in sides(evs, "CONSULT"), shown(evs)
    evs = events_of(pipeline, "Putin's willingness for a meeting with Abe was welcomed in Tokyo.", "2018-05-01")
    assert ("RUS", "JPN") in [(s, t) for s, t, _, _ in sides(evs, "CONSULT")], shown(evs)


def test_openness_voiced_by_a_participle_has_its_clause_subject_for_a_side(pipeline):
    evs = events_of(pipeline, "Trump is striking a softer tone, expressing an openness to talks with Kim Jong Un.",
                    "2018-05-01")
    assert ("USA", "PRK") in [(s, t) for s, t, _, _ in sides(evs, "CONSULT")], shown(evs)


def test_a_channel_between_two_states_officials_is_a_consult(pipeline):
    evs = events_of(pipeline, "The call restored a channel of communication between the Indian and Chinese militaries.",
                    "2019-06-17")
    assert {"IND", "CHN"} in codes(sides(evs, "CONSULT")), shown(evs)


def test_a_call_in_which_one_leader_asks_another_is_their_call(pipeline):
    for text in ("The dispute centres on a June 2 phone call in which Macron asked Erdogan to release the journalists.",
                 "Critics pointed to a phone call in which Macron urged Erdogan to release the journalists."):
        evs = events_of(pipeline, text, "2019-06-17")
        assert ("FRA", "TUR", [], "occurred") in sides(evs, "CONSULT"), (text, shown(evs))
