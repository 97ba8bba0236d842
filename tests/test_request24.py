"""Support, requests, agreements and aid (request24). Sentences written for these tests; the real
pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_support_a_side_declares_itself_firm_in_is_its_support(pipeline):
    """ "We remain steadfast in our support for Y", "stands firmly in its support for Y": the stance
    declared is the speaker's SUPPORT of Y, as "expressed support for Y" is; "their support for Y"
    named in passing, not declared firm, stays no event."""
    quoted = events_of(pipeline, "\"We remain steadfast in our support for Poland, our close ally,\" "
                                 "the German foreign minister said on Tuesday.")
    plain = events_of(pipeline, "Norway stands firmly in its support for Estonia.")
    assert ("DEU", "POL") in pairs(quoted, "SUPPORT"), shown(quoted)
    passing = events_of(pipeline, "Analysts say the two countries are allies because of their support for Venezuela.")
    assert ("NOR", "EST") in pairs(plain, "SUPPORT"), shown(plain)
    assert not pairs(passing, "SUPPORT"), shown(passing)



def test_support_reaffirmed_or_pledged_under_a_possessive_is_support_of_the_for_side(pipeline):
    """ "reaffirmed its support for Y", "pledged its support to Y": the backing stated is SUPPORT of Y
    (not of the possessive's own side, nor the pledge's AGREE); a call reaffirmed is the call's, no
    backing of whom it names."""
    reaffirmed = events_of(pipeline, "Sweden on Monday reaffirmed its support for Finland.")
    pledged = events_of(pipeline, "Chile pledged its full support to Peru after the earthquake.")
    call = events_of(pipeline, "Norway reaffirmed its call for talks with Russia.")
    assert ("SWE", "FIN") in pairs(reaffirmed, "SUPPORT"), shown(reaffirmed)
    assert ("CHL", "PER") in pairs(pledged, "SUPPORT") and not pairs(pledged, "AGREE"), shown(pledged)
    assert not pairs(call, "SUPPORT") and ("NOR", "RUS") in pairs(call, "REQUEST"), shown(call)


def test_a_force_sent_to_help_another_side_is_aid_to_it(pipeline):
    """ "sent troops to Y to help Z's forces", "sent soldiers to help A and B forces battling X": a force
    sent to help another side is military aid to the side helped (not whom it fights); one sent to
    support its own people ("our staff at the embassy") stays a deployment."""
    helped = events_of(pipeline, "Britain has sent 200 soldiers to Mali to help the Malian army.")
    battling = events_of(pipeline, "France is sending more special forces to help Nigerien and Malian forces battling ISIS.")
    own = events_of(pipeline, "\"We are sending additional troops to Lebanon to support our staff at the embassy,\" "
                              "the French defence minister said.")
    assert ("GBR", "MLI") in pairs(helped, "AID") and not pairs(helped, "MOBILIZE"), shown(helped)
    assert ("FRA", "ISIS") not in pairs(battling, "AID") and any(
        t in ("NER", "MLI") for _, t in pairs(battling, "AID")), shown(battling)
    assert not pairs(own, "AID") and pairs(own, "MOBILIZE"), shown(own)
