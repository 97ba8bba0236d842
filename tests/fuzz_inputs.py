"""1,000 generated bad inputs (issue 9's fuzz test), written on the fly from a seed: nothing is
checked in. Each kind is a family of small random variations, so that a new failure mode of one
reader or cleaner shows as a traceback, a hang or a lost good article in `tests/test_fuzz.py`.

``write_fuzz(folder, n_bad=1000)`` writes the bad inputs, spread over single files of every
extension and JSONL files whose bad lines sit between good records, and returns the good ids
and the inputs to pass on the command line.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from hostile import good_record, good_text

EXTENSIONS = [".txt", ".html", ".htm", ".jsonl", ".json", ".jsonl.gz", ".warc", ""]


@dataclass
class Fuzz:
    root: Path
    good_ids: list[str] = field(default_factory=list)
    n_bad: int = 0
    inputs: list[str] = field(default_factory=list)
    #: the good articles alone, to compare with
    clean: str = ""


# -- bad whole files ------------------------------------------------------------------------

def _binary(rng: random.Random) -> bytes:
    head = rng.choice([b"\x7fELF", b"%PDF-1.4", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x1f\x8b\x08", b""])
    return head + rng.randbytes(rng.randint(0, 4000))


def _bad_utf8(rng: random.Random) -> bytes:
    text = good_text(rng, rng.randint(0, 999)).encode()
    cut = rng.randint(0, len(text))
    return text[:cut] + rng.choice([b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x00" * 8]) + text[cut:]


def _truncated_html(rng: random.Random) -> bytes:
    page = (f"<html><head><title>T</title><script>var x = '{'<' * rng.randint(0, 50)}';</script></head>"
            f"<body><div class='share'>Share 12</div><article><p>{good_text(rng, 1)}</p>"
            f"<p>{good_text(rng, 2)}</p></article><footer>Comments</footer></body></html>")
    return page[: rng.randint(0, len(page))].encode()


def _nested_markup(rng: random.Random) -> bytes:
    tag = rng.choice(["<div>", "<table><tr><td>", "<!--", "<script>", "<![CDATA[", "<p", "<a href='"])
    return (tag * rng.randint(100, 5000) + good_text(rng, 3)).encode()


def _huge_line(rng: random.Random) -> bytes:
    unit = rng.choice(["9", "ab", "-", "=", "\u00a0", "word ", "http://x.y/", "(", "\u200b"])
    return (unit * rng.randint(5000, 60000)).encode()


def _regex_bait(rng: random.Random) -> bytes:
    bits = ["in May", "last Monday", "Jan. 4", "mid-October", "the next day", "on 12/", "19", "U.S.", "(",
            "'s", "--", "Mr.", "...", "NATO", "Putin", "said", ",", "\n"]
    return " ".join(rng.choice(bits) for _ in range(rng.randint(200, 3000))).encode()


def _empty_ish(rng: random.Random) -> bytes:
    return rng.choice([b"", b"\n" * rng.randint(1, 500), b" \t\r\n" * 50, b"\x00" * 100, b"\xef\xbb\xbf",
                       "\u200b\u200c\ufeff".encode() * 40])


def _foreign(rng: random.Random) -> bytes:
    return rng.choice(["Der Außenminister traf sich am Dienstag mit seinem Amtskollegen in Berlin. " * 5,
                       "外交部长周二在北京会见了来访的代表团。" * 10,
                       "Министр иностранных дел встретился с коллегой во вторник. " * 5,
                       "وزير الخارجية التقى نظيره يوم الثلاثاء في القاهرة. " * 5]).encode()


def _bad_warc(rng: random.Random) -> bytes:
    return (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + str(rng.randint(0, 10**9)).encode()
            + b"\r\n\r\n" + rng.randbytes(rng.randint(0, 500)))


def _bad_gzip(rng: random.Random) -> bytes:
    blob = gzip.compress(json.dumps({"id": "x", "text": "y"}).encode())
    return blob[: rng.randint(0, len(blob) - 1)] + rng.randbytes(rng.randint(0, 20))


FILES: list[Callable[[random.Random], bytes]] = [_binary, _bad_utf8, _truncated_html, _nested_markup, _huge_line,
                                                 _regex_bait, _empty_ish, _foreign, _bad_warc, _bad_gzip]


# -- bad JSONL lines --------------------------------------------------------------------------

def _bad_line(rng: random.Random, n: int) -> bytes:
    good = json.dumps({"id": f"bad-{n}", "text": good_text(rng, n)})
    return rng.choice([
        good[: rng.randint(1, len(good) - 1)].encode(),                       # cut
        b"[" * rng.randint(1000, 5000),                                        # nested
        json.dumps({"id": f"bad-{n}", "text": None}).encode(),                 # no text
        json.dumps({"id": f"bad-{n}", "text": 12345}).encode(),                # text of another kind
        json.dumps({"id": [1, 2], "text": "x"}).encode(),                      # id of another kind
        json.dumps({"id": f"bad-{n}", "text": "x", "published": "13/45/2020"}).encode(),
        json.dumps({"id": f"bad-{n}", "text": "x", "published": "99999-01-01"}).encode(),
        json.dumps({"id": f"bad-{n}", "text": "\ud800 lone surrogate"}).encode(),
        rng.randbytes(rng.randint(1, 200)).replace(b"\n", b" "),              # noise
        json.dumps(["a", "list"]).encode(),
        b'{"id": "bad-%d", "text": "%s"}' % (n, b"1" * 5000),                   # a huge number-like text
    ])


def write_fuzz(root: Path, n_bad: int = 1000, n_good: int = 40, seed: int = 29) -> Fuzz:
    """Write ``n_bad`` bad inputs and ``n_good`` good articles under ``root``: a third of the bad
    inputs are lines of JSONL files between good records, the rest single files."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    fz = Fuzz(root)
    goods = [good_record(rng, n) for n in range(n_good)]
    fz.good_ids = [g["id"] for g in goods]
    (root / "clean.jsonl").write_bytes(b"".join(json.dumps(g).encode() + b"\n" for g in goods))
    fz.clean = str(root / "clean.jsonl")
    n_lines = n_bad // 3
    feeds = 4
    for f in range(feeds):
        lines = [json.dumps(g).encode() for g in goods[f::feeds]]
        for k in range(f, n_lines, feeds):
            lines.insert(rng.randint(0, len(lines)), _bad_line(rng, k))
        (root / f"feed-{f}.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    files = root / "files"
    files.mkdir()
    for k in range(n_bad - n_lines):
        maker = FILES[k % len(FILES)]
        (files / f"bad-{k:04d}{rng.choice(EXTENSIONS)}").write_bytes(maker(rng))
    fz.n_bad = n_bad
    fz.inputs = [str(p) for p in sorted(root.glob("feed-*.jsonl"))] + [str(files)]
    return fz
