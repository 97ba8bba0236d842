"""The inputs of issue 9, item 10 that stalled a batch for minutes or for ever, rebuilt from the
issue's description (nothing is checked in). ``CASES`` maps a short tag to a writer that puts
the input under a folder and returns the path to give ``communique extract`` / ``ingest``.
"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Callable
from pathlib import Path

from hostile import STATES, TOPICS, VERBS, good_text

Writer = Callable[[Path], Path]

_DATES = "in May last Monday Jan. 4 mid-October the next day two weeks ago on 3 March 2019 late last year "
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sentence(rng: random.Random, i: int) -> str:
    a, b = rng.sample(STATES, 2)
    return f"{a} {rng.choice(VERBS)} {b} {rng.choice(TOPICS)} on {rng.choice(_DAYS)}, report {i} said."


def digits(root: Path, n: int = 3000) -> Path:
    """A 3.2 KB text with one line of 3,000 digits among news sentences."""
    rng = random.Random(1)
    p = root / "digits.txt"
    p.write_text(good_text(rng, 1) + "\n" + "7" * n + "\n" + good_text(rng, 2) + "\n")
    return p


def dates(root: Path) -> Path:
    """255 KB of repeated date expressions."""
    p = root / "dates.txt"
    p.write_text("Officials met. " + _DATES * (255_000 // len(_DATES)) + "\n")
    return p


def lines(root: Path) -> Path:
    """600 KB: 5,000 distinct one-sentence lines of the same shape."""
    rng = random.Random(3)
    p = root / "lines.txt"
    p.write_text("".join(_sentence(rng, i).ljust(119) + "\n" for i in range(5000)))
    return p


def scripts(root: Path) -> Path:
    """2.2 MB of HTML: 280,000 unclosed ``<script>`` tags."""
    p = root / "scripts.html"
    p.write_text("<html><body><p>" + good_text(random.Random(4), 4) + "</p>" + "<script>" * 280_000)
    return p


def comments(root: Path) -> Path:
    """2.2 MB of HTML: 560,000 unclosed comments."""
    p = root / "comments.html"
    p.write_text("<html><body><p>" + good_text(random.Random(5), 5) + "</p>" + "<!--" * 560_000)
    return p


def big(root: Path) -> Path:
    """A 48 MB text file, under the 50 MB input limit."""
    rng = random.Random(6)
    block = "\n".join(good_text(rng, i) for i in range(200)) + "\n"
    p = root / "big.txt"
    p.write_text(block * (48_000_000 // len(block)))
    return p


def divs(root: Path) -> Path:
    """48 MB of HTML: an article, then 4,000,000 small ``<div>`` elements (htmldate's free-text
    date search over the page's 250,000 first ones took minutes inside one XPath call)."""
    p = root / "divs.html"
    p.write_text("<html><body><article><p>" + good_text(random.Random(11), 11) + "</p></article>"
                 + "<div>x</div>" * 4_000_000 + "</body></html>")
    return p


def newline_bomb(root: Path) -> Path:
    """A ~290 KB ``.jsonl.gz`` that inflates to 300 MB of newlines."""
    p = root / "bomb.jsonl.gz"
    with gzip.open(p, "wb", compresslevel=9) as fh:
        chunk = b"\n" * 10_000_000
        for _ in range(30):
            fh.write(chunk)
    return p


def short_sentences(root: Path) -> Path:
    """1.7 MB: 20,000 short sentences."""
    rng = random.Random(8)
    p = root / "short.txt"
    p.write_text(" ".join(_sentence(rng, i) for i in range(20_000)) + "\n")
    return p


def terse(root: Path) -> Path:
    """The same in a terse style (names and verbs only), once refused as Dutch."""
    rng = random.Random(9)
    names = ["Obama", "Putin", "Merkel", "Xi", "Modi", "Macron"]
    places = ["Geneva", "Paris", "Berlin", "Moscow", "Delhi", "Tokyo"]
    p = root / "terse.txt"
    p.write_text(" ".join(f"{a} met {b} in {rng.choice(places)}." for a, b in
                          (rng.sample(names, 2) for _ in range(40_000))) + "\n")
    return p


def fifo(root: Path) -> Path:
    """A folder with a named pipe beside a good article."""
    d = root / "with-fifo"
    d.mkdir()
    (d / "article.txt").write_text(good_text(random.Random(10), 10))
    os.mkfifo(d / "pipe.txt")
    return d


CASES: dict[str, Writer] = {
    "digits": digits, "dates": dates, "lines": lines, "scripts": scripts, "comments": comments,
    "big": big, "divs": divs, "newline-bomb": newline_bomb, "short": short_sentences, "terse": terse, "fifo": fifo,
}
