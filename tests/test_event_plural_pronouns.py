"""Who "they" is when its own sentence does not say: the main subject just before, when that is a
plural noun ("Hackers have stolen data. They also attacked ..."): people no actor stands for make no
party, where the latest pair of states named together used to stand in. Unnamed officials or envoys
may be any side's and still fall back to that pair. Found wrong on a news-pool sample (30 articles
drawn with ``random.Random(9090)``, checked on 80 more drawn with ``random.Random(78)``); sentences
written for these tests, the real pipeline runs on each."""

from __future__ import annotations

import pytest

from pool_events import events_of

PACT = "Chile and Peru signed a fishing pact on Monday. "


@pytest.mark.parametrize("text,trigger", [
    (PACT + "Opposition lawmakers said the deal was a mistake. They also criticised Bolivia.", "criticised"),
    (PACT + "Hackers have stolen data from the talks. They also attacked Bolivian banks.", "attacked"),
])
def test_they_after_people_no_actor_stands_for_names_no_party(pipeline, text, trigger):
    evs = events_of(pipeline, text)
    assert not any(trig == trigger for _, _, trig in evs), evs


@pytest.mark.parametrize("text,trigger,codes", [
    ("Peru and Chile signed a fishing pact on Monday. They also criticised Bolivia.", "criticised",
     {"PER", "CHL", "BOL"}),
    (PACT + "Officials said they would also hold talks on fishing in May.", "hold", {"PER", "CHL"}),
    (PACT + "Chilean officials said they would impose sanctions on Bolivia.", "impose", {"CHL", "BOL"}),
])
def test_they_after_states_or_their_officials_names_them(pipeline, text, trigger, codes):
    evs = events_of(pipeline, text)
    assert any(trig == trigger and codes <= actors for _, actors, trig in evs), evs
