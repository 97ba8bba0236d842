"""The last review's leftovers (leftovers24). Sentences written for these tests; the real pipeline
(parse, knowledge base, lexicons) runs on each."""

from __future__ import annotations

from probe import events_of, pairs, shown


def test_a_welcomed_call_is_not_addressed_to_the_welcomer(pipeline):
    """ "Kenya welcomed the British call for a truce": Kenya backs Britain (SUPPORT); the call is
    Britain's and names no addressee, so it is no request made of Kenya."""
    evs = events_of(pipeline, "Kenya welcomed the British call for a truce in Sudan.")
    assert ("KEN", "GBR") in pairs(evs, "SUPPORT"), shown(evs)
    assert ("GBR", "KEN") not in pairs(evs, "REQUEST"), shown(evs)


def test_a_past_war_singled_out_by_a_superlative_is_history_not_the_days_news(pipeline):
    """ "It was the bloodiest war between Ethiopia and Eritrea": a war told in the past and singled out
    by a superlative (or as "the last war") is history recalled, not dated at publication; the war of
    the day that a superlative describes in the present keeps the article's date."""
    recalled = [e for e in events_of(pipeline, "It was the bloodiest war between Ethiopia and Eritrea.")
                if e.type == "ASSAULT"]
    last = [e for e in events_of(pipeline, "The last war between Ethiopia and Eritrea ended in a stalemate.")
            if e.type == "ASSAULT"]
    current = [e for e in events_of(pipeline, "The war between Ethiopia and Eritrea is the bloodiest in decades.")
               if e.type == "ASSAULT"]
    assert recalled and all(e.background and not e.date for e in recalled), shown(recalled)
    assert last and all(e.background for e in last), shown(last)
    assert current and all(e.date == "2021-03-02" for e in current), shown(current)


def test_troops_sent_to_a_state_named_by_its_kind_are_placed_in_that_state(pipeline):
    """ "British troops were deployed to the Jordanian kingdom": the kingdom the adjective names is where the
    force went (as "the Malian capital" names Bamako), not the sender's home."""
    evs = [e for e in events_of(pipeline, "British troops were deployed to the Jordanian kingdom.")
           if e.type == "MOBILIZE"]
    assert evs and all(e.location is not None and e.location.country == "JOR" for e in evs), shown(evs)


def test_rebels_of_a_country_are_a_group_of_it_not_its_state(pipeline):
    """ "Libyan rebel forces attacked Chadian troops": the rebels are of Libya (its code) but are not the
    Libyan state; "Chad bombed Sudanese insurgents" likewise hits a group, not Sudan's state."""
    attacked = [e for e in events_of(pipeline, "Libyan rebel forces attacked Chadian troops near the border.")
                if e.type == "ASSAULT"]
    bombed = [e for e in events_of(pipeline, "Chad bombed Sudanese insurgents near the border.") if e.type == "ASSAULT"]
    assert attacked and all(e.source.code == "LBY" and e.source.kind == "group" for e in attacked), shown(attacked)
    assert bombed and all(e.target.code == "SDN" and e.target.kind == "group" for e in bombed), shown(bombed)
