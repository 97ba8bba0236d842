"""Precision fixes from the session-27 audit of CONSULT, AGREE, COOPERATE and SUPPORT events on a fresh
sample of pool articles. Sentences written for these tests (not from an eval set); the real pipeline runs
on each."""

from __future__ import annotations

import pytest

from tests.probe import events_of, pairs, shown


@pytest.mark.parametrize("text", [
    # buying, importing and trading goods is commerce, not cooperation between states
    "Brazil will keep taxing the cheap steel that its carmakers buy from China, the minister said on Monday.",
    "Last year Canada imported nearly $300 billion worth of goods from the United States, the agency said.",
    "The prime minister said on Friday that Vietnam would continue to trade with Japan.",
    # "buy" in the sense of believe
    "The Polish president continues to buy the Kremlin's line on the crash, his critics say.",
    # "trade insults" is no trade at all
    "The Turkish president has traded insults with the Dutch prime minister for weeks.",
])
def test_commerce_is_no_cooperation(pipeline, text):
    evs = events_of(pipeline, text)
    assert not pairs(evs, "COOPERATE"), shown(evs)


def test_purchase_agreed_still_names_the_seller(pipeline):
    # (a guard: passes on the base code too) the purchase is the content of the agreement and lends it
    # its other side before commerce alone is dropped
    evs = events_of(pipeline, "Egypt agreed on Monday to purchase Russian fighter jets, officials in Cairo said.")
    assert ("EGY", "RUS") in pairs(evs, "AGREE") and not pairs(evs, "COOPERATE"), shown(evs)


@pytest.mark.parametrize("text", [
    # to embolden is an effect on a side, not support given to it
    "Critics in Congress said on Monday that the American withdrawal from Syria will embolden Russia.",
    "Turkish shelling appears to have emboldened Syrian rebels to launch a new offensive near Aleppo.",
])
def test_emboldening_is_no_support(pipeline, text):
    evs = events_of(pipeline, text)
    assert not pairs(evs, "SUPPORT"), shown(evs)


@pytest.mark.parametrize("text,pair", [
    # support, assistance or funding ended is a benefit withdrawn from whom it was "for"
    ("Germany decided on Monday to end its support for the Afghan government, officials in Berlin said.",
     ("DEU", "AFG")),
    ("Canada cut funding for the Palestinian Authority last year, the minister confirmed on Friday.", ("CAN", "PSE")),
])
def test_support_ended_is_a_sanction(pipeline, text, pair):
    evs = events_of(pipeline, text)
    assert pair in pairs(evs, "SANCTION") and pair not in pairs(evs, "SUPPORT"), shown(evs)


def test_caption_opened_by_its_photo_credit_is_no_news(pipeline):
    # a photo credit run into its caption ("Name/Agency/File Caption ...") is page furniture, however
    # eventful the picture
    text = ("Jane Holloway/Reuters/File French President Emmanuel Macron meets German Chancellor Angela Merkel in "
            "Berlin, May 15, 2019.\n\nThe French economy grew by 0.3 percent in the third quarter, the national "
            "statistics office said on Tuesday.")
    evs = events_of(pipeline, text)
    assert not pairs(evs, "CONSULT"), shown(evs)


def test_commitment_reaffirmed_is_support(pipeline):
    # a pledge voiced again is backing of the side it is for, no new accord
    evs = events_of(pipeline, "The Japanese foreign minister reaffirmed Tokyo's commitment to the Philippines' security "
                              "on Monday.")
    assert ("JPN", "PHL") in pairs(evs, "SUPPORT") and not pairs(evs, "AGREE"), shown(evs)


def test_reported_expectation_is_a_forecast(pipeline):
    # "said he expected a deal": the backshifted "I expect", a forecast when the news tells it
    found = [e for e in events_of(pipeline, "The Turkish president said on Monday that he expected a deal with Greece "
                                            "within weeks.") if e.type == "AGREE"]
    assert found and all(e.status == "expected" for e in found), shown(found)
