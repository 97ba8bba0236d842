"""Dates given by users and feeds: read when unambiguous, refused with a message otherwise."""

from __future__ import annotations

import pytest

from communique.dateinput import DateInputError, parse_date
from communique.pipeline import Cleaner
from communique.types import RawDoc

TEXT = ("Japanese Prime Minister Yoshihide Suga met US President Joe Biden at the White House on Friday. "
        "The two leaders discussed China and Taiwan and agreed to work together on climate change.")


@pytest.mark.parametrize("value, iso", [
    ("2014-05-21", "2014-05-21"), ("2021-04-16T09:34:00Z", "2021-04-16"), ("2021-04-16 09:34:00+02:00", "2021-04-16"),
    ("2014/05/21", "2014-05-21"), ("20140521", "2014-05-21"), ("2014-05", "2014-05"), ("2014", "2014"),
    ("May 21, 2014", "2014-05-21"), ("21 May 2014", "2014-05-21"), ("Sept. 3, 2020", "2020-09-03"),
    ("Wed, 21 May 2014 10:00:00 GMT", "2014-05-21"), ("Thursday, April 15, 2021 10:32 AM EDT", "2021-04-15"),
    ("May 2014", "2014-05"), ("05/21/2014", "2014-05-21"), ("21/05/2014", "2014-05-21"),
    ("21.05.2014", "2014-05-21"), ("05/05/2014", "2014-05-05"), ("", None), (None, None),
])
def test_readable_dates(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("value, why", [
    ("05/06/2014", "ambiguous"), ("yesterday", "not a date"), ("2015-13", "not a calendar date"),
    ("2014-02-30", "not a calendar date"), ("05/21/14", "two-digit year"), ("Mayo 5, 2020", "not a month"),
    ("13/13/2014", "not a calendar date"),
])
def test_unreadable_dates_are_refused_with_the_reason(value, why):
    with pytest.raises(DateInputError, match=why) as err:
        parse_date(value)
    assert value in str(err.value) and "YYYY-MM-DD" in str(err.value)


@pytest.mark.parametrize("published, iso", [("05/21/2014", "2014-05-21"), ("May 21, 2014", "2014-05-21"),
                                            ("21/05/2014", "2014-05-21")])
def test_cleaner_reads_unambiguous_publication_dates(published, iso):
    art = Cleaner().clean(RawDoc(id="a", origin="feed.jsonl:1", text=TEXT, published=published))
    assert art.published == iso


def test_cleaner_refuses_an_ambiguous_publication_date_naming_the_record():
    with pytest.raises(DateInputError) as err:
        Cleaner().clean(RawDoc(id="a", origin="feed.jsonl:1", text=TEXT, published="05/06/2014"))
    assert str(err.value).startswith("feed.jsonl:1: bad publication date") and "ambiguous" in str(err.value)


def test_cli_published_option_is_checked_before_any_work(tmp_path):
    from click.testing import CliRunner

    from communique.cli import main

    (tmp_path / "a.txt").write_text(TEXT)
    res = CliRunner().invoke(main, ["clean", str(tmp_path / "a.txt"), "--published", "05/06/2014"])
    assert res.exit_code == 2 and "--published" in res.output and "ambiguous" in res.output
    res = CliRunner().invoke(main, ["clean", str(tmp_path / "a.txt"), "--published", "21/05/2014"])
    assert res.exit_code == 0 and '"published": "2014-05-21"' in res.stdout
