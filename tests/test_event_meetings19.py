"""Meetings, agreements and cooperation read off the verb's surroundings (events/meetings.py): joint
work, a thing that is called, an accord the parser takes for a subject, where a trip set out from, a
party called on a weekday. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

from communique.events.meetings import calls_a_thing
from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2019-04-11") -> list[tuple[str, set[str]]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, {a.code for a in e.actors()}) for e in evs]


def test_two_states_working_together_cooperate(pipeline):
    found = events("Japan and Australia are working together to build a new radar network.", pipeline)
    assert ("COOPERATE", {"JPN", "AUS"}) in found, found


def test_working_closely_with_a_bloc_is_cooperation(pipeline):
    assert ("COOPERATE", {"UKR", "NATO"}) in events("Ukraine is working closely with NATO on air defence.", pipeline)


def test_working_with_no_joint_adverb_is_no_cooperation(pipeline):
    found = events("Japan will work on a new radar network.", pipeline)
    assert not any(t == "COOPERATE" for t, _ in found), found


class _NoMentions:
    """A resolver that knows no mentions: the named entity types alone tell a party."""

    def mention_of(self, tok):  # type: ignore[no-untyped-def]
        return None


def _called(nlp, text: str) -> bool:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "call")
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return calls_a_thing(verb, obj, _NoMentions())  # type: ignore[arg-type]


def test_calling_a_thing_absurd_is_calling_a_thing(nlp):
    assert _called(nlp, "The Colombian government called Maduro’s charges “absurd.”")


def test_calling_a_person_or_a_counterpart_is_no_thing_called(nlp):
    assert not _called(nlp, "Merkel called Putin on Friday.")
    assert not _called(nlp, "Merkel called her Russian counterpart on Tuesday.")


def test_calling_an_accord_historic_reports_neither_a_call_nor_an_agreement(pipeline):
    found = events("Obama has called the Cuban accord a historic step.", pipeline)
    assert not any(t in ("CONSULT", "AGREE") for t, _ in found), found


def test_calling_a_counterpart_is_still_a_phone_call(pipeline):
    assert ("CONSULT", {"DEU", "RUS"}) in events("Merkel called her Russian counterpart on Tuesday.", pipeline)


def test_calling_a_leader_on_a_weekday_is_a_phone_call_not_an_appeal(pipeline):
    found = events("Merkel called Putin on Friday.", pipeline)
    assert ("CONSULT", {"DEU", "RUS"}) in found and not any(t == "REQUEST" for t, _ in found), found


def test_calling_on_a_leader_to_act_stays_an_appeal(pipeline):
    found = events("Merkel called on Putin to withdraw his troops from the border.", pipeline)
    assert any(t == "REQUEST" for t, _ in found) and not any(t == "CONSULT" for t, _ in found), found


def test_a_deal_struck_between_two_leaders_is_an_agreement_not_an_attack(pipeline):
    found = events("The deal struck between Obama and Raul Castro ended decades of hostility.", pipeline)
    assert ("AGREE", {"USA", "CUB"}) in found and not any(t == "ASSAULT" for t, _ in found), found


def test_an_agreement_a_state_brokered_with_another_is_an_agreement(pipeline):
    found = events("Moscow never enforced the 2015 agreement it brokered with Damascus.", pipeline)
    assert ("AGREE", {"RUS", "SYR"}) in found and not any(t == "CONSULT" for t, _ in found), found


def test_where_a_trip_set_out_from_is_no_party_to_it(pipeline):
    found = events("The senator made the trip from Turkey into Syria last week.", pipeline)
    assert not any("TUR" in actors for _, actors in found), found


def test_a_trip_to_a_state_is_still_a_visit(pipeline):
    assert ("CONSULT", {"USA", "CUB"}) in events("Obama made a trip to Cuba in March 2016.", pipeline)


def test_working_together_only_wished_is_no_cooperation(pipeline):
    found = events("Japan and Australia could work together on a new radar network.", pipeline)
    assert not any(t == "COOPERATE" for t, _ in found), found


def test_an_accord_named_by_a_label_is_no_agreement(pipeline):
    found = events("Obama has called the Pacific pact with Japan the most progressive trade deal in history.", pipeline)
    assert not any(t in ("AGREE", "CONSULT") for t, _ in found), found


def test_meetings_with_two_leaders_are_one_meeting_with_each(pipeline):
    found = events("Trump has set up meetings with Canadian Prime Minister Justin Trudeau and Mexican President "
                   "Enrique Pena Nieto.", pipeline, published="2017-01-24")
    assert ("CONSULT", {"USA", "CAN"}) in found and ("CONSULT", {"USA", "MEX"}) in found, found


def test_a_meeting_with_two_leaders_stays_one_meeting(pipeline):
    found = events("Trump held a meeting with Canadian Prime Minister Justin Trudeau and Mexican President "
                   "Enrique Pena Nieto.", pipeline, published="2017-01-24")
    assert ("CONSULT", {"USA", "CAN", "MEX"}) in found, found


def test_a_deal_struck_between_two_leaders_as_a_prepositional_object_is_an_agreement(pipeline):
    found = events("Havana agreed to it as part of the deal struck between President Obama and Cuban President "
                   "Raul Castro a year ago.", pipeline, published="2016-12-17")
    assert any(t == "AGREE" and {"USA", "CUB"} <= a for t, a in found), found
    assert not any(t == "ASSAULT" for t, _ in found), found


def test_work_together_recommended_under_must_is_no_cooperation(pipeline):
    found = events("The U.S. must strengthen its intelligence and work together with Britain.", pipeline)
    assert not any(t == "COOPERATE" for t, _ in found), found


def test_two_people_working_together_named_by_a_pronoun_are_no_states(pipeline):
    text = ("Russia and the United States traded accusations on Monday. "
            "The two aides exchanged texts while they were working together.")
    found = events(text, pipeline)
    assert not any(t == "COOPERATE" for t, _ in found), found


def test_a_deal_brokered_by_a_third_state_keeps_the_two_sides_agreement(pipeline):
    found = events("Iran and Saudi Arabia agreed on Friday to restore relations, in a deal brokered by China "
                   "after four days of talks in Beijing.", pipeline, published="2023-03-10")
    assert not any(t == "AGREE" and "CHN" in a for t, a in found), found
    assert any(t == "AGREE" and {"IRN", "SAU"} <= a for t, a in found), found


def test_preserving_an_existing_treaty_reports_no_agreement(pipeline):
    found = events("Preserving the Egyptian peace treaty with Israel is a pretty thing to do.", pipeline)
    assert not any(t == "AGREE" for t, _ in found), found


def test_withdrawing_from_a_trade_agreement_reports_no_agreement(pipeline):
    found = events("Trump has withdrawn from the Trans-Pacific Partnership trade agreement and demanded changes "
                   "to NAFTA.", pipeline, published="2018-05-01")
    assert not any(t == "AGREE" for t, _ in found), found


def test_announcing_a_trade_agreement_is_still_an_agreement(pipeline):
    found = events("Beijing announced a free-trade agreement with South Korea on Monday.", pipeline)
    assert any(t == "AGREE" and {"CHN", "KOR"} <= a for t, a in found), found


def test_leaders_joining_a_signing_are_its_parties(pipeline):
    found = events("Trump signed the USMCA joined by Trudeau and Pena Nieto.", pipeline, published="2018-11-30")
    assert any(t == "AGREE" and {"USA", "CAN", "MEX"} <= a for t, a in found), found


def test_leaders_flanking_a_signer_are_its_parties(pipeline):
    found = events("Trump, flanked by Trudeau and Pena Nieto, signed the new trade pact during a ceremony in "
                   "Buenos Aires.", pipeline, published="2018-11-30")
    assert any(t == "AGREE" and {"USA", "CAN", "MEX"} <= a for t, a in found), found


def test_what_continued_talks_are_about_is_no_party(pipeline):
    found = events("The United States will continue its conversations with Russia about Syria.", pipeline)
    assert ("CONSULT", {"USA", "RUS"}) in found, found


def test_meetings_split_per_side_keep_the_candidates_other_fields(nlp):
    from communique.events.candidate import Candidate
    from communique.events.lexicon import Trigger
    from communique.events.meetings import separate_meetings
    from communique.types import Actor

    doc = nlp("Washington did not condemn Putin's meetings with Erdogan and Rouhani.")
    meetings = next(t for t in doc if t.lower_ == "meetings")
    cand = Candidate(meetings, Trigger("CONSULT", None, None, 0.8, "rule", "test"),
                     [Actor("RUS", "Russia", "state")], [Actor("TUR", "Turkey", "state"), Actor("IRN", "Iran", "state")],
                     reported=True)  # another's act named under a stance on it
    split = separate_meetings(cand)
    assert [c.target[0].code for c in split] == ["TUR", "IRN"] and all(c.reported for c in split)
