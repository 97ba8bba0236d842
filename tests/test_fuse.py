"""Fusion of event mentions within and across articles."""

from __future__ import annotations

from dataclasses import replace

from communique.fuse import assign_event_ids, dates_compatible, merge_within, same_event
from communique.types import Actor, Event, Evidence, Location

BIDEN = Actor("USA", "Joe Biden", "person", "head of state")
HARRIS = Actor("USA", "Kamala Harris", "person", "vice president")
SUGA = Actor("JPN", "Yoshihide Suga", "person", "head of government")
MODI = Actor("IND", "Narendra Modi", "person", "head of government")
MORRISON = Actor("AUS", "Scott Morrison", "person", "head of government")
JAPAN = Actor("JPN", "Japan", "state")
USA = Actor("USA", "United States", "state")
INDIA = Actor("IND", "India", "state")
AUSTRALIA = Actor("AUS", "Australia", "state")


def ev(doc, type_, src, tgt=None, parts=(), date=None, status="occurred", start=0, loc=None):
    return Event(doc_id=doc, type=type_, source=src, target=tgt, participants=tuple(parts), date=date,
                 status=status, location=loc, evidence=Evidence("...", start, start + 3))


def test_dates_compatible_at_the_coarser_precision():
    assert dates_compatible("2021-03", "2021-03-12")
    assert dates_compatible("2021-03-12", "2021")
    assert not dates_compatible("2021-03", "2021-04-01")
    assert dates_compatible("2021-03-12", "2021-03-14", window_days=3)
    assert not dates_compatible("2021-03-12", "2021-03-20", window_days=3)
    assert dates_compatible(None, "2021-03-12")
    assert not dates_compatible(None, "2021-03-12", allow_null=False)


def test_repeated_mentions_in_one_article_collapse_keeping_date_place_and_persons():
    a = ev("d1", "CONSULT", BIDEN, SUGA, date="2021-04-16", status="planned", start=0,
           loc=Location("Washington", "USA"))
    b = ev("d1", "CONSULT", USA, JAPAN, date=None, status="expected", start=100)
    merged = merge_within([a, b])
    assert len(merged) == 1
    assert merged[0].date == "2021-04-16" and merged[0].location.country == "USA"
    assert {x.name for x in merged[0].actors()} >= {"Joe Biden", "Yoshihide Suga"}


def test_a_merged_record_keeps_the_place_its_text_names_over_one_its_sides_give():
    a = ev("d1", "CONSULT", BIDEN, SUGA, date="2021-04-16", start=0, loc=Location("United States", "USA"))
    a = replace(a, extra={"location_basis": "actor"})
    b = ev("d1", "CONSULT", USA, JAPAN, date="2021-04-16", start=100, loc=Location("Tokyo", "JPN"))
    merged = merge_within([a, b])
    assert len(merged) == 1
    assert merged[0].location == Location("Tokyo", "JPN") and merged[0].location_basis == "text"
    assert merged[0].to_exchange()["location"]["basis"] == "text"
    alone = merge_within([a])[0]
    assert alone.location_basis == "actor" and alone.to_exchange()["location"]["basis"] == "actor"


def test_different_persons_of_one_state_are_different_encounters():
    summit = ev("d1", "CONSULT", BIDEN, SUGA, date="2021-04-16", status="planned")
    harris = ev("d1", "CONSULT", SUGA, HARRIS, date="2021-04-16", status="planned", start=50)
    assert not same_event(summit, harris)
    assert len(merge_within([summit, harris])) == 2


def test_different_dates_stay_apart():
    a = ev("d1", "CONSULT", USA, JAPAN, date="2023-08")
    b = ev("d1", "CONSULT", USA, JAPAN, date="2022-06", start=40)
    assert len(merge_within([a, b])) == 2


def test_cross_article_merge_gives_one_event_id():
    quad1 = ev("d000", "CONSULT", USA, None, (JAPAN, INDIA, AUSTRALIA), date="2021-03")
    quad2 = ev("d004", "CONSULT", BIDEN, None, (INDIA, JAPAN, AUSTRALIA), date="2021-03-12")
    other = ev("d004", "CONSULT", BIDEN, SUGA, date="2021-04-16", start=99)
    out = assign_event_ids([quad1, quad2, other])
    assert out[0].event_id == out[1].event_id
    assert out[2].event_id != out[0].event_id


def test_cross_article_needs_dates_and_the_same_type():
    a = ev("d1", "CONSULT", USA, JAPAN, date=None)
    b = ev("d2", "CONSULT", USA, JAPAN, date=None)
    c = ev("d3", "AGREE", USA, JAPAN, date="2021-03-12")
    d = ev("d4", "CONSULT", USA, JAPAN, date="2021-03-12")
    out = assign_event_ids([a, b, c, d])
    assert len({e.event_id for e in out}) == 4


def test_prior_ids_are_kept_and_reused():
    stored = assign_event_ids([_say("old", "CONSULT", MODI, MORRISON, "2021-03-12",
                                    "Modi and Morrison held a virtual summit on trade and defence.")])[0]
    new = assign_event_ids([_say("new", "CONSULT", INDIA, AUSTRALIA, "2021-03",
                                 "India and Australia held a virtual summit this month.")], prior=[stored])[0]
    assert new.event_id == stored.event_id


def test_ids_are_deterministic():
    evs = [ev("d1", "CONSULT", USA, JAPAN, date="2021-03-12"), ev("d2", "SANCTION", USA, INDIA, date="2021")]
    assert [e.event_id for e in assign_event_ids(evs)] == [e.event_id for e in assign_event_ids(evs)]


def test_undated_launch_stays_apart_in_one_article_but_joins_in_a_copy():
    prk = Actor("PRK", "North Korea", "state")
    dated = ev("d1", "MOBILIZE", prk, date="2022-01-17")
    undated = ev("d1", "MOBILIZE", prk, date=None, start=50)
    assert len(merge_within([dated, undated])) == 2  # a series of launches, not one
    text = "North Korea fired two ballistic missiles off its east coast, the South's military said."
    orig = replace(undated, evidence=Evidence(text, 50, 50 + len(text)))
    copy = replace(orig, doc_id="d2")  # a syndicated copy: the same sentence
    other = replace(orig, doc_id="d3", evidence=Evidence("Pyongyang tested a rocket engine.", 50, 83))
    out = assign_event_ids([orig, copy, other], published={"d1": "2022-01-17", "d2": "2022-01-17",
                                                           "d3": "2022-01-17"})
    assert out[0].event_id == out[1].event_id
    assert out[2].event_id != out[0].event_id


def _say(doc, type_, src, tgt, date, text, status="occurred", start=0, parts=()):
    return Event(doc_id=doc, type=type_, source=src, target=tgt, participants=tuple(parts), date=date,
                 status=status, evidence=Evidence(text, start, start + len(text)))


def test_one_event_in_three_phrasings_is_one_id():
    out = assign_event_ids([
        _say("a", "CONSULT", BIDEN, SUGA, "2021-04-16", "Biden hosted Suga at the White House on Friday."),
        _say("b", "CONSULT", USA, JAPAN, "2021-04-16", "The US and Japan held talks in Washington."),
        _say("c", "CONSULT", Actor("USA", "Antony Blinken", "person"), SUGA, "2021-04-16",
             "Suga met Biden and his secretary of state for the first in-person summit."),
    ])
    assert len({e.event_id for e in out}) == 1


def test_two_summits_a_month_apart_or_one_dated_by_year_are_two():
    apart = assign_event_ids([
        _say("a", "CONSULT", BIDEN, SUGA, "2021-04-16", "Biden met Suga at the White House."),
        _say("b", "CONSULT", BIDEN, SUGA, "2021-05-20", "Biden and Suga held a video call."),
    ])
    assert apart[0].event_id != apart[1].event_id
    vague = assign_event_ids([
        _say("a", "CONSULT", USA, JAPAN, "2021-04-16", "The US and Japan held a summit in Washington."),
        _say("b", "CONSULT", USA, JAPAN, "2021", "Tokyo and Washington have consulted closely this year."),
        _say("c", "CONSULT", USA, JAPAN, "2021-09-24", "Leaders of the two allies met again in New York."),
    ])
    assert vague[0].event_id != vague[2].event_id  # the year-only mention never bridges them


def test_a_planned_and_an_occurred_summit_are_one():
    out = assign_event_ids([
        _say("a", "CONSULT", BIDEN, SUGA, "2021-04-16", "Biden will host Suga on April 16.", status="planned"),
        _say("b", "CONSULT", BIDEN, SUGA, "2021-04-16", "Biden hosted Suga on Friday."),
    ])
    assert out[0].event_id == out[1].event_id


def test_an_undated_hypothetical_does_not_fold_into_the_dated_event():
    met = _say("a", "CONSULT", BIDEN, SUGA, "2021-04-16", "Biden met Suga on Friday.")
    maybe = _say("a", "CONSULT", BIDEN, SUGA, None, "They would meet again if talks go well.",
                 status="hypothetical", start=80)
    merged = merge_within([met, maybe])
    assert len(merged) == 2 and merged[1].date is None


def test_mentions_an_article_kept_apart_never_share_an_id():
    a1 = _say("a", "ASSAULT", USA, Actor("IRN", "Iran", "state"), "2020-01-03", "US strike killed Soleimani.")
    a2 = _say("a", "ASSAULT", Actor("IRN", "Iran", "state"), USA, "2020-01-08", "Iran fired missiles at bases.",
              start=60)
    b = _say("b", "ASSAULT", USA, Actor("IRN", "Iran", "state"), None, "The US killed Iran's general.")
    out = assign_event_ids([a1, a2, b], published={"a": "2020-01-08", "b": "2020-01-05"})
    assert out[0].event_id != out[1].event_id


def test_an_accusation_and_the_counter_accusation_are_two_events_a_meeting_either_way_is_one():
    # a statement is known by its words too (two unnamed accusations of one dyad on one day
    # in other words may be two): the reports here share theirs, so only the direction differs
    said = _say("d1", "ACCUSE", USA, JAPAN, "2021-03-12", "Washington accused Tokyo of dumping steel.")
    counter = _say("d2", "ACCUSE", JAPAN, USA, "2021-03-12", "Tokyo accused Washington of dumping steel.")
    again = _say("d3", "ACCUSE", USA, JAPAN, "2021-03-12", "The US accused Japan of dumping steel cheaply.")
    ids = [e.event_id for e in assign_event_ids([said, counter, again])]
    assert ids[0] == ids[2] != ids[1]
    met = assign_event_ids([ev("d1", "CONSULT", USA, JAPAN, date="2021-03-12"),
                            ev("d2", "CONSULT", JAPAN, USA, date="2021-03-12")])
    assert met[0].event_id == met[1].event_id


def test_amounts_are_read_in_any_phrasing():
    from communique.fuse._text import amounts
    assert amounts("levies of 10% on $120bn of steel") == amounts("a 10 percent duty on 120 billion dollars")
    assert amounts("The ministry pledged €2.5 million.") == frozenset({"money:2.5e+06"})
    assert amounts("Troops killed 14 people in 2023.") == frozenset()  # counts and years are not amounts


def test_two_tranches_of_one_day_are_two_events_one_tranche_reported_twice_is_one():
    brazil, canada = Actor("BRA", "Brazil", "state"), Actor("CAN", "Canada", "state")
    out = assign_event_ids([
        _say("a", "SANCTION", canada, brazil, "2031-05-02", "Ottawa put 15% duties on $8 billion of Brazilian steel."),
        _say("b", "SANCTION", canada, brazil, "2031-05-02",
             "Canada imposed a 15 percent levy on 8 billion dollars of steel from Brazil on Friday."),
        _say("c", "SANCTION", canada, brazil, "2031-05-02",
             "Canada also set 40% duties on $1.2 billion of Brazilian beef."),
    ])
    assert out[0].event_id == out[1].event_id
    assert out[2].event_id != out[0].event_id


NORWAY, ICELAND = Actor("NOR", "Norway", "state"), Actor("ISL", "Iceland", "state")


def test_one_claim_in_two_outlets_is_one_statement_another_claim_that_day_is_another():
    out = assign_event_ids([
        _say("a", "ACCUSE", NORWAY, ICELAND, "2030-03-04", "Norway accused Iceland of overfishing cod in the disputed zone."),
        _say("b", "ACCUSE", NORWAY, ICELAND, "2030-03-04", "Oslo said Iceland had overfished cod in the disputed waters."),
        _say("c", "ACCUSE", NORWAY, ICELAND, "2030-03-04",
             "Officials in Oslo complained that an Icelandic patrol boat harassed a Norwegian research vessel."),
    ])
    assert out[0].event_id == out[1].event_id
    assert out[2].event_id != out[0].event_id  # no speaker named, no words shared: another statement


def test_one_speaker_quoted_in_other_words_on_one_day_is_one_statement():
    minister = Actor("NOR", "Ingrid Aas", "person", "foreign minister")
    out = assign_event_ids([
        _say("a", "ACCUSE", minister, ICELAND, "2030-03-04", "Aas said Reykjavik was breaking the quota deal."),
        _say("b", "ACCUSE", minister, ICELAND, "2030-03-04", "The minister told reporters Iceland had let its fleet cheat.",
             parts=(NORWAY,)),
    ])
    assert out[0].event_id == out[1].event_id


def test_directed_acts_each_way_are_two_events_but_meetings_are_one():
    accuses = ev("d1", "ACCUSE", USA, INDIA, date="2021-04-16")
    answers = ev("d1", "ACCUSE", INDIA, USA, date="2021-04-16", start=50)
    assert not same_event(accuses, answers)
    assert len(merge_within([accuses, answers])) == 2
    meets = ev("d1", "CONSULT", USA, INDIA, date="2021-04-16")
    met = ev("d1", "CONSULT", INDIA, USA, date="2021-04-16", start=50)
    assert same_event(meets, met)


def test_a_vague_date_needs_words_or_a_person_to_tie_two_reports_of_one_dyad():
    chile, peru = Actor("CHL", "Chile", "state"), Actor("PER", "Peru", "state")
    day = _say("a", "SANCTION", chile, peru, "2024-05-14", "Chile imposed import quotas on Peruvian copper.")
    month = _say("b", "SANCTION", chile, peru, "2024-05", "Santiago barred fishing boats from Lima from its ports.")
    alike = _say("c", "SANCTION", chile, peru, "2024-05", "Chile set quotas on copper imported from Peru.")
    ids = [e.event_id for e in assign_event_ids([day, month, alike])]
    assert ids[0] != ids[1]  # one dyad, one type, one month, nothing else in common: two measures
    assert ids[0] == ids[2]  # the same measure in other words
    boric = Actor("CHL", "Gabriel Boric", "person")
    named = [replace(day, participants=(boric,)), replace(month, participants=(boric,))]
    assert len({e.event_id for e in assign_event_ids(named)}) == 1  # the same named person ties them


def test_two_statements_of_one_dyad_in_one_article_are_two_events_one_sentence_gives_one():
    minister = Actor("NOR", "Kari Aas", "person", "foreign minister")
    iceland = Actor("ISL", "Iceland", "state")
    lede = _say("a", "ACCUSE", minister, iceland, "2030-03-04", "Aas accused Iceland of breaking the quota deal.")
    later = _say("a", "ACCUSE", minister, iceland, "2030-03-04", "She said Reykjavik had let its fleet cheat.",
                 start=300)
    assert len(merge_within([lede, later])) == 2
    # two readings of one sentence are one statement
    again = replace(lede, trigger="breaking")
    assert len(merge_within([lede, again])) == 1
    # a meeting named twice in one article is still one meeting
    met = _say("a", "CONSULT", minister, iceland, "2030-03-04", "Aas met Iceland's minister in Oslo.")
    talks = _say("a", "CONSULT", minister, iceland, None, "The talks lasted two hours.", start=300)
    assert len(merge_within([met, talks])) == 1


def test_an_undated_sanction_is_not_assumed_to_be_the_dated_round():
    usa, rus = Actor("USA", "United States", "state"), Actor("RUS", "Russia", "state")
    dated = _say("a", "SANCTION", usa, rus, "2030-05-02", "The US imposed sanctions on Russian banks on Friday.")
    undated = _say("a", "SANCTION", usa, rus, None, "Washington has also expelled Russian diplomats.", start=200)
    assert len(merge_within([dated, undated])) == 2


def test_several_statements_of_one_day_each_find_their_own_report():
    # each outlet gives the day's statements their own mentions; the speech bar keeps a report
    # of one from linking to another of the same speaker on shared pair and day alone
    aas = Actor("NOR", "Kari Aas", "person", "foreign minister")
    iceland = Actor("ISL", "Iceland", "state")
    day = "2030-03-04"
    a1 = _say("a", "ACCUSE", aas, iceland, day, "Aas accused Iceland of breaking the quota deal.")
    a2 = _say("a", "ACCUSE", aas, iceland, day, "Aas said Reykjavik was sheltering smugglers in its harbours.",
              start=300)
    b1 = _say("b", "ACCUSE", aas, iceland, day, "Iceland broke the quota deal, Norway's foreign minister Aas said.")
    out = assign_event_ids([a1, a2, b1])
    assert out[0].event_id == out[2].event_id != out[1].event_id


def _act(doc, type_, src, tgt, date, text, mode, start=0):
    return replace(_say(doc, type_, src, tgt, date, text, start=start), mode=mode)


NORWAY, RUSSIA = Actor("NOR", "Norway", "state"), Actor("RUS", "Russia", "state")


def test_acts_of_different_modes_in_one_article_stay_apart_of_one_mode_merge():
    expelled = _act("a", "SANCTION", NORWAY, RUSSIA, "2031-03", "Norway expelled 15 Russian diplomats in March.",
                    "expel")
    sanctions = _act("a", "SANCTION", NORWAY, RUSSIA, "2031-03", "In March Oslo also froze Russian bank assets.",
                     "discontinue", start=100)
    again = _act("a", "SANCTION", NORWAY, RUSSIA, "2031-03-09", "The expulsions on March 9 angered Moscow.",
                 "expel", start=200)
    merged = merge_within([expelled, sanctions, again])
    assert [m.mode for m in merged] == ["expel", "discontinue"]
    assert merged[0].extra["mentions"] == 2 and merged[0].date == "2031-03-09"


def test_a_mention_without_a_mode_and_circumstantial_modes_still_merge():
    call = _act("a", "CONSULT", NORWAY, RUSSIA, "2031-03-09", "Norway's and Russia's ministers spoke by phone.",
                "phone")
    talks = _act("a", "CONSULT", NORWAY, RUSSIA, "2031-03-09", "The talks on Sunday lasted an hour.", None,
                 start=100)
    video = _act("a", "CONSULT", NORWAY, RUSSIA, "2031-03-09", "They held a video call on Sunday.", "virtual",
                 start=200)
    visit = _act("a", "CONSULT", NORWAY, RUSSIA, "2031-03-09", "Norway's minister visited Moscow on Sunday.",
                 "visit", start=300)
    assert same_event(call, talks) and same_event(call, video)
    assert not same_event(call, visit)
    said = "Norway accused Russia of spying and criticised its envoy."
    accused = _act("a", "ACCUSE", NORWAY, RUSSIA, "2031-03-09", said, "allege")
    criticised = _act("a", "ACCUSE", NORWAY, RUSSIA, "2031-03-09", said, "disapprove")
    assert same_event(accused, criticised)  # a statement's mode is the reporter's verb


def test_across_articles_acts_of_different_modes_never_share_an_id():
    expelled = _act("a", "SANCTION", NORWAY, RUSSIA, "2031-03-09",
                    "Norway expelled Russian diplomats on Monday over spying.", "expel")
    sanctions = _act("b", "SANCTION", NORWAY, RUSSIA, "2031-03-09",
                     "Norway sanctioned Russian banks on Monday over spying.", "discontinue")
    reported = _act("c", "SANCTION", NORWAY, RUSSIA, "2031-03-09",
                    "Norway on Monday expelled Russian diplomats it accused of spying.", "expel")
    unread = _act("d", "SANCTION", NORWAY, RUSSIA, "2031-03-09",
                  "Norway punished Russia on Monday over spying.", None)
    ids = [e.event_id for e in assign_event_ids([expelled, sanctions, reported, unread])]
    assert ids[0] == ids[2] and ids[1] != ids[0]
    assert ids[3] in (ids[0], ids[1])


def test_modes_one_act_takes_in_different_reports_do_not_part_it():
    sent = _act("a", "MOBILIZE", NORWAY, RUSSIA, "2031-03-09", "Norway sent F-35 jets to the border on Monday.",
                "weapons")
    deployed = _act("b", "MOBILIZE", NORWAY, RUSSIA, "2031-03-09",
                    "The deployment of Norwegian F-35 jets to the border on Monday alarmed Moscow.", "troops")
    assert same_event(sent, replace(deployed, doc_id="a", evidence=Evidence("...", 90, 93)))
    ids = {e.event_id for e in assign_event_ids([sent, deployed])}
    assert len(ids) == 1
    arrested = _act("c", "COERCE", NORWAY, RUSSIA, "2031-03-09",
                    "The Russian envoy was arrested in Oslo on Monday on behalf of prosecutors.", "arrest")
    removed = _act("d", "COERCE", NORWAY, RUSSIA, "2031-03-09",
                   "Norwegian police on Monday forcibly removed the Russian envoy from the building.", "deport")
    assert len({e.event_id for e in assign_event_ids([arrested, removed])}) == 1


def test_a_definite_description_names_the_strike_told_of_last():
    prk = Actor("PRK", "North Korea", "state")
    first = ev("d1", "MOBILIZE", prk, date="2022-01-11")
    second = ev("d1", "MOBILIZE", prk, date="2022-01-17", start=40)
    the_launch = replace(ev("d1", "MOBILIZE", prk, date=None, start=80), extra={"definite": True})
    merged = merge_within([first, second, the_launch])
    assert [m.date for m in merged] == ["2022-01-11", "2022-01-17"]
    assert merged[1].extra.get("mentions") == 2


def test_a_definite_description_before_any_dated_strike_stays_apart():
    prk = Actor("PRK", "North Korea", "state")
    the_launch = replace(ev("d1", "MOBILIZE", prk, date=None), extra={"definite": True})
    dated = ev("d1", "MOBILIZE", prk, date="2022-01-17", start=40)
    assert len(merge_within([the_launch, dated])) == 2  # it refers back, not forward
