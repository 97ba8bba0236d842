"""Precision fixes from the session-27 audit of ACCUSE, THREATEN, REJECT and PROTEST events on a fresh
sample of pool articles. Sentences written for these tests (not from an eval set); the real pipeline
runs on each. Each test pairs the false event removed with a true one of the same words that stays."""

from __future__ import annotations

from tests.probe import events_of, pairs, shown


def _types(pipeline, text: str) -> list[str]:
    return [e.type for e in events_of(pipeline, text)]


def test_plague_is_no_protest(pipeline):
    # "plague" describes a trouble (the CAMEO DISTURB block read PROTEST)
    evs = events_of(pipeline, "Iran and its missile program have plagued Israel for a decade, the minister said.")
    assert "PROTEST" not in [e.type for e in evs], shown(evs)


def test_demonstrate_with_what_is_shown_is_no_protest(pipeline):
    # "demonstrate" with an object or a clause is "show"; a demonstration takes none
    shown_texts = [
        "Trump threatened North Korea with fire and fury on Tuesday. Throughout his life, Trump has relied on "
        "his gut. His four bankruptcies demonstrate the limits of that gut.",
        "Russia warned Ukraine against joining NATO on Monday. Analysts said the Russian drills demonstrated "
        "that Moscow wants a buffer.",
    ]
    for text in shown_texts:
        assert "PROTEST" not in _types(pipeline, text), text
    evs = events_of(pipeline, "Thousands of Iranians demonstrated outside the British embassy in Tehran on Sunday.")
    assert ("IRN", "GBR") in pairs(evs, "PROTEST"), shown(evs)


def test_override_and_prevent_are_no_refusal(pipeline):
    # a legislature overriding a veto overrules at home; "prevent X from doing Y" names a goal or a
    # capability: neither refuses a party's request or proposal
    for text in ["Congress would override a presidential veto of the Russia sanctions bill, senators said.",
                 "The United States will do whatever it must to prevent Iran from obtaining a nuclear weapon, "
                 "Obama said.",
                 "A few thousand U.S. troops prevent the Taliban from returning to power in Afghanistan."]:
        assert "REJECT" not in _types(pipeline, text), text
    evs = events_of(pipeline, "Russia vetoed a U.S. resolution on Syria at the Security Council on Tuesday.")
    assert [e for e in evs if e.type == "REJECT" and e.source and e.source.code == "RUS"], shown(evs)


def test_checking_with_is_no_investigation(pipeline):
    # "checked with Washington": asked first, no investigation (the CAMEO INSPECT block)
    evs = events_of(pipeline, "Japan checked with Washington before announcing the sanctions on North Korea.")
    assert not [e for e in evs if e.type == "ACCUSE"] and ("JPN", "PRK") in pairs(evs, "SANCTION"), shown(evs)


def test_warning_of_a_state_is_no_threat(pipeline):
    # a warning that says what the warners cannot do, or how things stand, is no threat; one of the
    # warner's own act still is
    for text in ["Turkey closed its border with Syria on Monday. Meanwhile, Austria and Germany warned they "
                 "can't cope with the influx of refugees.",
                 "Russia offered on Monday to put Syria's chemical weapons under control. Obama called the "
                 "Russian offer an encouraging sign, but warned that it is too early to tell whether the offer "
                 "will succeed."]:
        assert "THREATEN" not in _types(pipeline, text), text
    for text, pair in [("Russia seized three Ukrainian ships on Sunday. Ukraine warned it would retaliate.",
                        ("UKR", "RUS")),
                       ("Japan detained the Chinese captain. Yang accused Japan of provocation and warned that "
                        "Beijing would be firm.", ("CHN", "JPN"))]:
        evs = events_of(pipeline, text)
        assert pair in pairs(evs, "THREATEN"), shown(evs)


def test_threat_taken_is_a_danger(pipeline):
    # a threat taken to the Security Council, or taken seriously, is a danger handled, no threat made;
    # the threat made, or repeated, still is one
    evs = events_of(pipeline, "Tillerson took the escalating threat of a nuclear North Korea to the Security "
                              "Council on Friday, urging members to cut off funds to Pyongyang.")
    assert "THREATEN" not in [e.type for e in evs], shown(evs)
    evs = events_of(pipeline, "Pyongyang threatened to strike Guam on Tuesday. The White House says the U.S. is "
                              "taking the North Korean threat seriously.")
    assert pairs(evs, "THREATEN") == [("PRK", "USA")], shown(evs)
    evs = events_of(pipeline, "Kim repeated his threat to strike Guam on Friday.")
    assert ("PRK", "USA") in pairs(evs, "THREATEN"), shown(evs)


def test_denied_verb_with_preposition_takes_no_model_reading(pipeline):
    # a curated NONE row for a verb and its preposition ("check with", "seize on") denies the learned
    # reader's reading too, as one for a verb and its particle does
    evs = events_of(pipeline, "The Saudi prince said he appreciated the Americans checking with Riyadh before the raid.")
    assert "ACCUSE" not in [e.type for e in evs], shown(evs)
    evs = events_of(pipeline, "Turkey seized on the Russian offer of talks on Monday.")
    assert "COERCE" not in [e.type for e in evs], shown(evs)


def test_possibility_dismissed_is_no_rejection(pipeline):
    # dismissing the possibility (likelihood, chance, risk) of an act judges what may happen; a claim
    # or a demand dismissed is still refused
    evs = events_of(pipeline, "Iran's foreign minister dismissed the possibility of an Israeli strike on its "
                              "nuclear sites on Monday.")
    assert "REJECT" not in [e.type for e in evs], shown(evs)
    evs = events_of(pipeline, "Iran's foreign minister dismissed the Israeli claims on Monday.")
    assert ("IRN", "ISR") in pairs(evs, "REJECT"), shown(evs)
