"""Defects found reading rounds two and three's merged change (review26d). Sentences written for these
tests; the real pipeline (parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_an_accord_its_sides_will_keep_or_implement_is_still_one_made(pipeline):
    """ "signed an agreement they will implement next year", "... that both sides must uphold": a relative
    clause of what the sides are to do with an accord says nothing of its being made before, so the
    signing is still an agreement (agree26c's relative-clause reading is for an accord already there:
    "NAFTA, a trade deal the president has long criticized")."""
    later = events_of(pipeline, "Japan and India signed an agreement they will implement next year.")
    secret = events_of(pipeline, "Japan and India signed an agreement they will keep secret.")
    assert ("JPN", None) in pairs(later, "AGREE"), shown(later)
    assert ("JPN", None) in pairs(secret, "AGREE"), shown(secret)


def test_a_claim_only_possible_names_no_doer(pipeline):
    """ "The Taliban might claim responsibility for the attack": a claim that may come names no doer, so
    the report's attack keeps none (context26b joins only a claim made, as it already skips "did not
    claim"); the claim made still gives the report its doer."""
    report = "The attack on the Turkish consulate in Herat on Sunday killed three guards. "
    maybe = events_of(pipeline, report + "The Taliban might claim responsibility for the attack.")
    made = events_of(pipeline, report + "The Taliban claimed responsibility for the attack.")
    assert "TALIBAN" not in [s for s, _ in pairs(maybe, "ASSAULT")], shown(maybe)
    assert ("TALIBAN", "TUR") in pairs(made, "ASSAULT"), shown(made)
