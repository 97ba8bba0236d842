"""False ASSAULT and MOBILIZE readings found on news-pool articles (session 11, prec14), each fixed by a
general rule. Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


def _sides(pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    from communique.types import RawDoc

    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return {e.trigger: (e.source.code if e.source else None, e.target.code if e.target else None)
            for e in result.events}


@pytest.mark.parametrize("text,trigger,sides", [
    ("Ukraine faced a massive Russian missile attack overnight.", "faced", ("RUS", "UKR")),
    ("Russia faced new sanctions from the European Union on Tuesday.", "faced", ("EU", "RUS")),
])
def test_who_undergoes_an_act_is_its_target(pipeline, text, trigger, sides):
    assert _sides(pipeline, text).get(trigger) == sides, _sides(pipeline, text)


@pytest.mark.parametrize("text", [
    "A Norwegian journalist died in a bomb attack on a Hamas office in Gaza.",
])
def test_the_victim_of_an_attack_is_not_its_doer(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(typ == "ASSAULT" and trig in ("suffered", "attack") for typ, _, trig in evs), evs


def test_a_clash_still_has_its_fallen_as_a_side(pipeline):
    sides = _sides(pipeline, "Three Syrian soldiers were killed in a clash with Turkish troops.")
    assert sides.get("clash") == ("SYR", "TUR"), sides


def test_an_undergone_act_keeps_its_other_side(pipeline):
    sides = _sides(pipeline, "Russia faced harsh criticism at the start of a NATO summit in Wales.")
    assert sides.get("faced") == ("NATO", "RUS"), sides


def test_a_doer_named_with_the_attack_stays(pipeline):
    sides = _sides(pipeline, "After the chemical attack in Syria, Trump ordered strikes on a Syrian air base.")
    assert sides.get("ordered") == ("USA", "SYR"), sides


@pytest.mark.parametrize("text", [
    "Obama said he wants to mobilize the international community to bring pressure on Russia.",
    "U.S. officials were scrambling to figure out what Russia was doing in Syria.",
    "Europe has scrambled to save the nuclear deal with Iran.",
    "How Washington answers the Iranian attack on Saudi oil plants is a test of American leadership.",
    "U.S. officials wanted to test the worm on Iran's centrifuges first.",
    "The Navy has seen several high-profile firings since the collisions near Japan.",
    "It took the Pentagon months to fire the captain of the USS McCain.",
    "The men, fired up by the sermons of an al-Qaeda preacher, planned attacks in Britain.",
])
def test_no_mobilization_in_other_senses(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(typ == "MOBILIZE" for typ, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Japan scrambled fighter jets after Chinese bombers neared Okinawa.",
    "Japan scrambled to intercept the Russian bombers.",
    "Russia mobilized 300,000 reservists in September.",
    "North Korea tested its largest nuclear bomb ever.",
    "Iran said it had tested a new type of cruise missile near the Gulf.",
    "North Korea conducted a test of a new ballistic missile on Friday.",
    "North Korea carried out a series of missile firings near Japan.",
])
def test_military_senses_stay(pipeline, text):
    evs = events_of(pipeline, text)
    assert any(typ == "MOBILIZE" for typ, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Obama landed in Israel on Wednesday. Tomorrow he will cross into Ramallah in the West Bank.",
    "Syrian refugees walk across a field before crossing into Turkey.",
    'Trump criticized Mexico on Monday. "We are going to fight for every last American job," Trump told workers.',
])
def test_no_assault_in_a_crossing_or_a_fight_for_a_cause(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(typ == "ASSAULT" for typ, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Russian troops crossed the border into eastern Ukraine, NATO said.",
    "Russian tanks rolled forward, crossing into Ukraine at dawn.",
    "Turkey is fighting alongside the US against ISIS.",
])
def test_armed_crossings_and_fights_stay(pipeline, text):
    evs = events_of(pipeline, text)
    assert any(typ == "ASSAULT" for typ, _, _ in evs), evs


@pytest.mark.parametrize("text,trigger", [
    ("North Korea launched a rocket on Sunday, but the United States denounced the launch as a missile test.", "test"),
    ("A day after the airstrike near Damascus, Israel sought to play down the attack as a strike against "
     "Hezbollah, not against Assad.", "strike"),
])
def test_a_use_of_force_named_again_after_as_is_no_second_event(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert not any(trig == trigger for _, _, trig in evs), evs
