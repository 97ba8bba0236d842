"""Wrong readings found on random news-pool articles (session 10, prec13), each fixed by a general rule.
Sentences written for these tests; the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of


@pytest.mark.parametrize("text", [
    'The French minister met Iranian officials in Tehran. "Why should Iran trust Paris now?" she asked.',
    'Putin spoke to Germany\'s Die Welt. "How could we accept such terms?" he asked in an interview with '
    'the German newspaper Die Welt.',
    'The Japanese premier asked reporters in Seoul, "Is this how South Korea treats a neighbour?"',
])
def test_a_quoted_question_asks_nothing(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(trig in ("asked", "ask") for _, _, trig in evs), evs


@pytest.mark.parametrize("text", [
    "Germany asked Russia to release the detained journalists. But would Moscow listen?",
    "Germany asked Russia for the release of the journalists, but would Moscow listen?",
])
def test_asking_for_an_act_is_still_a_request(pipeline, text):
    evs = events_of(pipeline, text)
    assert any(typ == "REQUEST" and actors == {"DEU", "RUS"} for typ, actors, _ in evs), evs


def _statuses(pipeline, text: str) -> dict[str, str]:
    from communique.types import RawDoc

    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published="2021-03-02"))
    return {e.trigger: e.status for e in result.events}


@pytest.mark.parametrize("text,trigger", [
    ("The Kremlin has yet to congratulate the new Ukrainian president.", "congratulate"),
    ("Iran has still yet to test a long-range missile.", "test"),
    ("France and Italy have yet to agree on a common position toward Libya.", "agree"),
])
def test_an_act_yet_to_be_done_is_negated(pipeline, text, trigger):
    assert _statuses(pipeline, text).get(trigger) == "negated", _statuses(pipeline, text)


def test_yet_elsewhere_leaves_the_act_done(pipeline):
    statuses = _statuses(pipeline, "Russia attacked Ukrainian positions yet again on Monday, to the dismay of NATO.")
    assert statuses.get("attacked") == "occurred", statuses


@pytest.mark.parametrize("text,trigger", [
    ("Russia's ambassador Sergey Kislyak met Michael Flynn in December. "
     "Flynn said they did not talk about sanctions.", "sanctions"),
    ("The French president held talks with Iran's president in Paris. "
     "The two men discussed sanctions at length.", "sanctions"),
    ("Obama spoke in Havana with Cuban leader Raul Castro. Obama mentioned the attacks in Paris in his remarks.",
     "mentioned"),
])
def test_a_deed_talked_about_is_no_deed_of_the_speakers(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert not any(trig == trigger and typ in ("SANCTION", "ASSAULT") for typ, _, trig in evs), evs


def test_discussing_with_another_side_is_still_a_meeting(pipeline):
    evs = events_of(pipeline, "Flynn discussed sanctions with Russian ambassador Sergey Kislyak.")
    assert any(typ == "CONSULT" and actors == {"USA", "RUS"} for typ, actors, _ in evs), evs


@pytest.mark.parametrize("text,trigger", [
    ("The investigators found no evidence that Iran had attacked the Saudi tankers.", "attacked"),
    ("Officials did not see any sign that Russia attacked Ukrainian positions.", "attacked"),
    # the parser hangs the gerund on its doer inside the of-phrase
    ("The Pentagon said it had seen no indications of Russian troops attacking Ukrainian forces.", "attacking"),
])
def test_an_act_with_no_evidence_is_negated(pipeline, text, trigger):
    assert _statuses(pipeline, text).get(trigger) == "negated", _statuses(pipeline, text)


def test_an_act_beside_a_denied_sign_keeps_its_status(pipeline):
    statuses = _statuses(pipeline, "China showed no signs of relenting, accusing Japan of provocations.")
    assert statuses.get("accusing") == "occurred", statuses


@pytest.mark.parametrize("text", [
    "The White House sent Congress a draft resolution authorizing force against Iran.",
    "Iraq and the United States reached a deal authorizing U.S. raids on Iraqi homes.",
    "Obama wants Congress to debate a resolution to authorize a strike against Syria.",
])
def test_what_a_text_permits_is_no_act(pipeline, text):
    evs = events_of(pipeline, text)
    assert not any(trig in ("authorizing", "authorize", "raids", "strike", "force") for _, _, trig in evs), evs


def test_an_authorized_strike_by_a_side_is_kept(pipeline):
    evs = events_of(pipeline, "Obama authorized airstrikes against Islamic State militants in Iraq on Thursday.")
    assert any(typ == "ASSAULT" for typ, _, _ in evs), evs
