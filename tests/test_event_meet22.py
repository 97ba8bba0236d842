"""Meetings of the twenty-second pass: what reads as talks and is none ("speaks Greek with a British
accent": a language spoken; ``meetings.spoke_a_tongue``). Sentences written for these tests; the real
pipeline runs on each."""

from __future__ import annotations

from communique.types import RawDoc


def events(text: str, pipeline, published: str = "2019-06-17") -> list[tuple[str, str | None, str | None]]:
    evs = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published)).events
    return [(e.type, e.source and e.source.code, e.target and e.target.code) for e in evs]


def test_a_language_spoken_is_no_talk(pipeline):
    for text in ("The Greek minister speaks Greek with a British accent.",
                 "Erdogan speaks Arabic and French, his aides said."):
        found = events(text, pipeline)
        assert not any(t == "CONSULT" for t, _, _ in found), (text, found)


def test_a_language_spoken_with_a_leader_is_still_a_talk(pipeline):
    found = events("Putin spoke German with Merkel on Monday.", pipeline)
    assert ("CONSULT", "RUS", "DEU") in found, found


def test_speaking_at_an_occasion_is_no_talk(pipeline):
    for text in ("UN Secretary General Ban Ki-moon called for restraint while speaking at the 100-year anniversary "
                 "of The Hague yesterday.",
                 "Months before he became national security adviser, John Bolton spoke at the annual gathering of an "
                 "Iranian dissident group."):
        found = events(text, pipeline)
        assert not any(t == "CONSULT" for t, _, _ in found), (text, found)


def test_speaking_at_an_occasion_with_a_counterpart_or_at_a_body_is_a_talk(pipeline):
    found = events("Mattis spoke at a joint news conference in Tokyo with his Japanese counterpart, Tomomi Inada.",
                   pipeline)
    assert ("CONSULT", "USA", "JPN") in found, found
    found = events("North Korea's Foreign Minister Ri Yong-ho is due to speak at the United Nations on Sept. 29.",
                   pipeline)
    assert ("CONSULT", "PRK", "UN") in found, found


def test_an_appeal_called_a_call_is_no_phone_call(pipeline):
    for text in ("Donald Tusk issued a rallying call to the British people who want to cancel Brexit and stay in "
                 "the EU.",):
        found = events(text, pipeline, published="2019-03-27")
        assert not any(t == "CONSULT" for t, _, _ in found), (text, found)
    found = events("Trump made a call to Putin on Friday.", pipeline)
    assert ("CONSULT", "USA", "RUS") in found, found


def test_a_quoted_label_after_whom_call_names_is_no_phone_call(pipeline):
    found = events('It was U.N. Secretary-General Ban Ki-moon who called Mandela "one of our greatest teachers."',
                   pipeline, published="2013-12-06")
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_two_leaders_side_by_side_in_public_met(pipeline):
    found = events("“I think we will end up having an extraordinary relationship,” Trump said, sitting next to Putin "
                   "at the presidential palace in Helsinki.", pipeline, published="2018-07-16")
    assert ("CONSULT", "USA", "RUS") in found, found
    found = events("Clinton, speaking alongside Mr. Netanyahu on Tuesday, said the goal must be a durable outcome.",
                   pipeline, published="2012-11-20")
    assert ("CONSULT", "USA", "ISR") in found, found


def test_standing_beside_a_state_or_a_relative_is_no_meeting(pipeline):
    found = events("“We went through a torture,” the Syrian refugee said, standing next to his two daughters.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found
    found = events("Cameron said Britain stood beside France in its efforts.", pipeline)
    assert not any(t == "CONSULT" for t, _, _ in found), found
