"""Appeals and demands (request26). Sentences written for these tests; the real pipeline (parse,
knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_the_foe_of_an_act_asked_of_an_unnamed_addressee_is_not_the_one_asked(pipeline):
    """ "urged Gulf states to impose sanctions against Qatar" asks the Gulf states, as "pushed for
    sanctions against Qatar" asks no one named: Qatar, whom the act would be aimed at, is asked
    nothing. A named addressee stays the target, and a threat keeps its aim."""
    urged = events_of(pipeline, "Egypt's foreign minister urged Gulf states to impose sanctions against Qatar.")
    called = events_of(pipeline, "The Kenyan president called on the world to take action against Somalia.")
    named = events_of(pipeline, "Egypt's foreign minister urged Bahrain to impose sanctions against Qatar.")
    threat = events_of(pipeline, "Egypt threatened to impose sanctions against Qatar.")
    assert not [p for p in pairs(urged, "REQUEST") if "QAT" in p], shown(urged)
    assert not [p for p in pairs(called, "REQUEST") if "SOM" in p], shown(called)
    assert ("EGY", "BHR") in pairs(named, "REQUEST"), shown(named)
    assert ("EGY", "QAT") in pairs(threat, "THREATEN"), shown(threat)


def test_a_verb_after_a_quotation_is_the_speakers_not_the_quoted_subjects(pipeline):
    """ 'X said "Y broke its promise" and urged Z to ...': the parser conjoins "urged" with the last
    verb inside the quotation, but the quotation has closed: the appeal is the speaker's, not Y's."""
    seoul = events_of(pipeline, "Seoul's envoy said “the North has broken its promise” and urged Pyongyang "
                                "to return to talks.")
    dutch = events_of(pipeline, 'The Dutch foreign minister said "Russia shot down the plane" and called on '
                                "Moscow to cooperate with the inquiry.")
    home = events_of(pipeline, 'Senator Kirk said "Iran has lied to the world" and called on President Obama '
                               "to reject the deal.")
    assert ("KOR", "PRK") in pairs(seoul, "REQUEST"), shown(seoul)
    assert ("NLD", "RUS") in pairs(dutch, "REQUEST"), shown(dutch)
    assert not [p for p in pairs(home, "REQUEST") if p[0] == "IRN"], shown(home)


def test_a_side_that_says_it_is_pleased_at_anothers_deed_backs_it(pipeline):
    """ "said it was encouraged by Y's decision", "said he was pleased that Y ...": the mirror of "said
    it was disappointed by Y's decision" (DISAPPROVE), verbal support of Y by the speaker's side;
    not a pleasure at a thing no one named did."""
    seoul = events_of(pipeline, "Seoul said it was encouraged by Tokyo's decision to lift the export curbs.")
    kerry = events_of(pipeline, "Kerry said he was pleased that Hanoi had agreed to release the activists.")
    talks = events_of(pipeline, "Kerry said he was pleased with the progress of the talks.")
    assert ("KOR", "JPN") in pairs(seoul, "SUPPORT"), shown(seoul)
    assert ("USA", "VNM") in pairs(kerry, "SUPPORT"), shown(kerry)
    assert not pairs(talks, "SUPPORT"), shown(talks)


def test_the_sides_in_a_country_are_that_country(pipeline):
    """ "called on all sides in Yemen to ...", "urged the parties in Mali to ...": the sides of a
    country's strife act for that country, as "authorities in China" do (args.HELD_IN)."""
    yemen = events_of(pipeline, "The Kuwaiti emir called on all sides in Yemen to respect the truce.")
    mali = events_of(pipeline, "The African Union urged the parties in Mali to return to the negotiating table.")
    assert ("KWT", "YEM") in pairs(yemen, "REQUEST"), shown(yemen)
    assert ("AU", "MLI") in pairs(mali, "REQUEST"), shown(mali)
