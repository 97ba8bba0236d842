"""The events stage on news sentences written for these tests (not the seed articles).

Each case runs the real pipeline (spaCy parse, knowledge base, lexicons, dates)
on one short article and checks the event it must produce.
"""

from __future__ import annotations

import pytest

from communique.types import RawDoc


def events_of(pipeline, text: str, published: str):
    result = pipeline.process(RawDoc(id="t", origin="test", text=text, published=published))
    return list(result.events)


def codes(ev) -> set[str]:
    return {a.code for a in ev.actors()}


def find(events, type_: str, actors: set[str]):
    hits = [e for e in events if e.type == type_ and codes(e) == actors]
    assert hits, [(e.type, sorted(codes(e)), e.date, e.status) for e in events]
    return hits[0]


CASES = [
    # text, published, type, actors, date, status
    ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday to discuss "
     "energy prices.", "2023-06-08", "CONSULT", {"DEU", "FRA"}, "2023-06-06", "occurred"),
    ("The United States imposed new sanctions on Russian banks on Friday.", "2022-04-08",
     "SANCTION", {"USA", "RUS"}, "2022-04-08", "occurred"),
    ("Chinese President Xi Jinping will travel to Moscow next month for talks with Vladimir Putin.",
     "2023-02-21", "CONSULT", {"CHN", "RUS"}, "2023-03", "planned"),
    ("Indian Prime Minister Narendra Modi is expected to meet U.S. President Joe Biden at the White House "
     "on Thursday.", "2023-06-19", "CONSULT", {"IND", "USA"}, "2023-06-22", "expected"),
    ("North Korea fired two short-range ballistic missiles into the sea on Sunday, South Korea's military "
     "said.", "2022-03-21", "MOBILIZE", {"PRK"}, "2022-03-20", "occurred"),
    ("Turkey did not sign the agreement with Greece.", "2021-05-04", "AGREE", {"TUR", "GRC"}, None, "negated"),
    ("Canada and the European Union signed a trade agreement in Brussels on Sunday.", "2016-10-31",
     "AGREE", {"CAN", "EU"}, "2016-10-30", "occurred"),
    ("Israel accused Iran of attacking a tanker in the Gulf of Oman.", "2021-08-01", "ACCUSE", {"ISR", "IRN"},
     None, "occurred"),
]


@pytest.mark.parametrize("text,published,type_,actors,date,status", CASES)
def test_event_in_sentence(pipeline, text, published, type_, actors, date, status):
    ev = find(events_of(pipeline, text, published), type_, actors)
    if date is None:  # the text gives none: the publication date stands in, and says so
        assert (ev.date, ev.date_basis) == (published, "published")
    else:
        assert (ev.date, ev.date_basis) == (date, "text")
    assert ev.status == status
    assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text


def test_story_date_is_inherited_before_the_publication_date(pipeline):
    text = ("Russia and Ukraine exchanged prisoners on Monday, officials said. Turkey welcomed the "
            "exchange and praised Ukraine for its restraint.")
    events = events_of(pipeline, text, "2022-09-23")
    dated = [e for e in events if e.date_basis == "inherited"]
    assert dated and all(e.date == "2022-09-19" for e in dated), [(e.type, e.date, e.date_basis) for e in events]


def test_present_perfect_is_told_as_of_writing_not_inherited(pipeline):
    # a present perfect tells of the day of writing: it takes no month an earlier sentence named
    # (the pool's "Nigeria has expressed frustration with Cameroon ..., a charge Cameroon has denied")
    text = ("Last month, Boko Haram militants abducted the wife of a Cameroonian minister near the border. "
            "Nigeria has blamed Cameroon for the failure, a charge Cameroon has denied.")
    events = events_of(pipeline, text, "2014-08-04")
    assert find(events, "ASSAULT", {"BOKOHARAM", "CMR"}).date == "2014-07"
    ev = find(events, "REJECT", {"CMR", "NGA"})
    assert (ev.date, ev.date_basis) == ("2014-08-04", "published")


def test_charging_a_tariff_levies_it_and_accuses_no_one(pipeline):
    events = events_of(pipeline, "Trump said the United States will be charging major tariffs against Chinese "
                                 "products.", "2018-12-05")
    assert find(events, "SANCTION", {"CHN", "USA"}).status == "planned"
    assert not [e for e in events if e.type == "ACCUSE"]


def test_weapons_dropped_are_laid_down_or_handed_not_fired(pipeline):
    laid = events_of(pipeline, "The Iraqi army dropped its American weapons and fled when ISIS captured Mosul.",
                     "2014-08-06")
    assert not [e for e in laid if e.type == "ASSAULT" and "USA" in codes(e)]
    handed = events_of(pipeline, "The United States dropped arms to Syrian rebels on Sunday.", "2014-10-20")
    assert find(handed, "AID", {"SYR", "USA"})


def test_a_forecast_downgraded_is_no_sanction(pipeline):
    assert not events_of(pipeline, "The IMF downgraded US and UK growth on Tuesday.", "2018-01-03")
    ties = events_of(pipeline, "Mexico downgraded relations with North Korea on Friday.", "2018-01-03")
    assert find(ties, "SANCTION", {"MEX", "PRK"})


def test_the_date_of_a_misdeed_charged_is_not_the_charges(pipeline):
    ev = find(events_of(pipeline, "The White House accused the Assad regime of an attack with chemical weapons "
                                  "near Damascus Aug. 21.", "2013-09-09"), "ACCUSE", {"SYR", "USA"})
    assert (ev.date, ev.date_basis) == ("2013-09-09", "published")


def test_location_is_the_place_of_the_meeting(pipeline):
    ev = find(events_of(pipeline, "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk "
                                  "Yeol in Tokyo on Thursday.", "2023-03-17"), "CONSULT", {"JPN", "KOR"})
    assert ev.location is not None and ev.location.country == "JPN"
    assert {a.name for a in ev.actors()} >= {"Fumio Kishida", "Yoon Suk Yeol"}


def test_roles_resolve_at_the_date(pipeline):
    text = "The Japanese prime minister held talks with the U.S. secretary of state in Tokyo on Monday."
    early = find(events_of(pipeline, text, "2021-03-17"), "CONSULT", {"JPN", "USA"})
    late = find(events_of(pipeline, text, "2023-01-11"), "CONSULT", {"JPN", "USA"})
    assert "Yoshihide Suga" in {a.name for a in early.actors()}
    assert "Fumio Kishida" in {a.name for a in late.actors()}


def test_agreement_content_is_not_a_second_event(pipeline):
    events = events_of(pipeline, "Kenya and Ethiopia agreed on Monday to hold talks on their border next month.",
                       "2019-05-14")
    find(events, "AGREE", {"KEN", "ETH"})
    assert not [e for e in events if e.type == "CONSULT"]


def test_visit_to_two_countries_is_two_visits(pipeline):
    events = events_of(pipeline, "French President Emmanuel Macron will visit Vietnam and Indonesia next week.",
                       "2025-05-20")
    hosts = {frozenset(codes(e)) for e in events if e.type == "CONSULT"}
    assert {frozenset({"FRA", "VNM"}), frozenset({"FRA", "IDN"})} <= hosts


def test_domestic_events_are_out_of_scope(pipeline):
    events = events_of(pipeline, "The Brazilian government announced a new budget on Monday. Brazil's Senate "
                                 "approved the bill after a long debate.", "2023-03-28")
    assert events == []


def test_pronoun_and_plural_anaphora(pipeline):
    events = events_of(pipeline, "Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in "
                                 "Canberra on Monday. The two leaders agreed to resume annual dialogues.",
                       "2024-06-18")
    agree = find(events, "AGREE", {"AUS", "CHN"})
    assert agree.date == "2024-06-17"


def test_furniture_never_yields_events(pipeline, shared):
    """The March 2021 seed ends with a sidebar of November 2024 headlines: no event may come from it."""
    text = (shared / "seeds/004_20ca1ab23c72d2da.txt").read_text()
    result = pipeline.process(RawDoc(id="004", origin="seed", text=text, published="2021-03-14"))
    assert "Latest World News" not in result.article.text
    for ev in result.events:
        assert "Zelensky" not in ev.evidence.text and "Hezbollah" not in ev.evidence.text
        assert not (ev.date or "").startswith("2024")


def test_object_pronoun_is_not_the_local_subject(pipeline):
    events = events_of(pipeline, "German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in New "
                                 "Delhi on Saturday, urging him to condemn the war.", "2023-02-27")
    req = find(events, "REQUEST", {"DEU", "IND"})
    assert req.source.code == "DEU" and req.target.code == "IND"


def test_demand_that_clause_names_the_target(pipeline):
    events = events_of(pipeline, "The U.N. General Assembly voted on Thursday to demand that Israel end its "
                                 "occupation.", "2024-09-20")
    req = find(events, "REQUEST", {"UN", "ISR"})
    assert req.source.code == "UN" and req.date == "2024-09-19"


def test_the_north_after_only_a_person_of_the_north(pipeline):
    """North Korea named only through its leader, then "the North": no crash (this raised StopIteration)."""
    events = events_of(pipeline, "North Korean leader Kim Jong Un inspected a missile unit on Monday. Two days "
                                 "later, the North fired a ballistic missile.", "2022-03-10")
    assert all(e.type != "MOBILIZE" or e.source.code == "PRK" for e in events)


def test_the_north_after_north_korea(pipeline):
    events = events_of(pipeline, "North Korea tested a cruise missile on Monday. Two days later, the North fired "
                                 "a ballistic missile into the sea.", "2022-03-10")
    assert len([e for e in events if e.type == "MOBILIZE" and e.source.code == "PRK"]) == 2
