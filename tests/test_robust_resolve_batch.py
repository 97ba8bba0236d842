"""`actors resolve --batch`: a line that cannot be used (no UTF-8, no JSON, JSON nested past the
parser's depth, no "text", a bad date) gives null in its place and one error naming file:line,
and the lines after it are still resolved (one bad line stopped the batch; a non-UTF-8 byte or
deep nesting was a traceback)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from communique.actors.batch import Mention, read_mentions
from communique.cli import main

GOOD = b'{"text": "Prime Minister Suga", "date": "2021-04-16"}\n'
BAD = [b"not json\n", b'{"text": 5}\n', b"[1, 2]\n", b'{"text": "Biden", "date": "2021-02-30"}\n',
       b'{"text": "\xff\xfe Suga"}\n', b"[" * 100_000 + b"]" * 100_000 + b"\n"]


def test_each_bad_line_is_one_error_and_the_rest_is_read():
    items = list(read_mentions([GOOD, *BAD, b"\n", GOOD], "mentions.jsonl"))
    assert [type(i).__name__ for i in items] == ["Mention"] + ["MalformedRecordError"] * len(BAD) + ["Mention"]
    assert [str(i).split(":")[1] for i in items[1:-1]] == [str(n) for n in range(2, 2 + len(BAD))]
    assert items[-1] == Mention(line=len(BAD) + 3, text="Prime Minister Suga", date="2021-04-16")


def test_the_command_keeps_one_output_line_per_input_line(tmp_path: Path):
    path = tmp_path / "mentions.jsonl"
    path.write_bytes(GOOD + b"".join(BAD) + GOOD)
    res = CliRunner().invoke(main, ["actors", "resolve", "--batch", str(path)])
    assert res.exit_code == 1 and res.exception is None or isinstance(res.exception, SystemExit)
    out = [line for line in res.stdout.splitlines() if line]
    assert len(out) == len(BAD) + 2 and out[1:-1] == ["null"] * len(BAD)
    assert json.loads(out[0])["code"] == json.loads(out[-1])["code"] == "JPN"
    assert f"{path}:7: the JSON is nested too deeply" in res.stderr and "Traceback" not in res.stderr


def test_a_long_mention_that_matches_nothing_is_echoed_cut():
    res = CliRunner().invoke(main, ["actors", "resolve", "q" * 100_000])
    assert res.exit_code == 0 and res.output.startswith("no actor matches 'qqq") and len(res.output) < 400
