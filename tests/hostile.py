"""A hostile corpus, generated on the fly (nothing is checked in): every trigger of issue 13
placed among good, short news articles.

``write_corpus(folder)`` writes the inputs and returns ``Corpus`` with the good ids and the
names of the bad inputs, so that a test can check that every good article was stored and that
every bad input got its own error line.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

STATES = ["France", "Germany", "Japan", "China", "India", "Brazil", "Canada", "Mexico", "Kenya", "Egypt",
          "Turkey", "Poland", "Spain", "Italy", "Chile", "Peru", "Vietnam", "Indonesia", "Nigeria", "Ghana"]
VERBS = ["signed a trade agreement with", "held talks with", "criticised", "pledged aid to",
         "met officials from", "agreed to cooperate with", "condemned", "hosted a delegation from"]
TOPICS = ["on energy", "over fishing rights", "on climate policy", "about border security",
          "on vaccine supplies", "over tariffs", "on student exchanges", "about rail links"]


def good_text(rng: random.Random, n: int) -> str:
    """A short, varied news paragraph naming two states."""
    a, b = rng.sample(STATES, 2)
    day = 1 + n % 27
    return (f"{a} {rng.choice(VERBS)} {b} {rng.choice(TOPICS)} on Tuesday, officials said. "
            f"The foreign minister of {a} said the meeting in the capital was constructive and that "
            f"talks would continue in {rng.choice(['March', 'April', 'May', 'June'])}. "
            f"Report number {n} was filed on day {day}.")


def good_record(rng: random.Random, n: int) -> dict:
    return {"id": f"good-{n:03d}", "text": good_text(rng, n), "published": f"2021-04-{1 + n % 27:02d}",
            "title": f"Diplomatic report {n}", "source": "Test Wire"}


@dataclass
class Corpus:
    root: Path
    good_ids: list[str] = field(default_factory=list)
    #: a short tag per bad input -> a substring its error line (exactly one) must contain
    bad: dict[str, str] = field(default_factory=dict)
    #: a short tag per input stored all the same with a note -> a substring its note line (exactly one) must
    #: contain (a publication date no article can have: the article is kept without it)
    noted: dict[str, str] = field(default_factory=dict)
    #: odd inputs that must be stored all the same (normalised), by tag
    odd: list[str] = field(default_factory=list)
    #: what to pass on the command line
    inputs: list[str] = field(default_factory=list)


def _jsonl(records: list) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def _warc_record(rtype: str, headers: dict[str, str], payload: bytes) -> bytes:
    lines = ["WARC/1.0", f"WARC-Type: {rtype}"] + [f"{k}: {v}" for k, v in headers.items()]
    lines.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload + b"\r\n\r\n"


def _http(html: str) -> bytes:
    body = html.encode()
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


def _page(text: str, title: str = "Report") -> str:
    return f"<html><head><title>{title}</title></head><body><article><p>{text}</p></article></body></html>"


def write_corpus(root: Path, n_good: int = 200, seed: int = 13) -> Corpus:
    """Write the hostile corpus under ``root``; half the good articles before the bad inputs
    and half after, in the same files, so a crash or a lost write batch would show."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    c = Corpus(root)
    goods = [good_record(rng, n) for n in range(n_good)]
    c.good_ids = [g["id"] for g in goods]
    first, second = goods[: n_good // 2], goods[n_good // 2:]
    lines: list = list(first[:50])
    bad_lines: list[tuple[str, object, str]] = [
        ("zero-date", {"id": "bad-zero-date", "text": good_text(rng, 900), "published": "0001-01-01T00:00:00Z"},
         "'0001-01-01T00:00:00Z' is outside 1800-2100"),
        ("far-date", {"id": "bad-far-date", "text": good_text(rng, 901), "published": "9999-12-31"},
         "'9999-12-31' is outside 1800-2100"),
        ("old-date", {"id": "bad-old-date", "text": good_text(rng, 902), "published": "0100-03-01"},
         "'0100-03-01' is outside 1800-2100"),
        ("nested", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("huge-int", b'{"id": ' + b"7" * 5000 + b', "text": "x"}', "4,300 digits"),
        ("surrogate-id", {"id": "odd-\udc80-id", "text": good_text(rng, 903)}, None),
        ("surrogate-meta", {"id": "odd-meta", "text": good_text(rng, 904), "title": "T\udc80",
                            "url": "http://x/\udc80", "source": "S\udc80"}, None),
        ("nul-text", {"id": "bad-nul", "text": "\u0000\u0000\u200b\u200b\ufeff"}, "'bad-nul' has empty text"),
        ("dup-a", {"id": "dup-1", "text": good_text(rng, 905)}, None),
        ("dup-b", {"id": "dup-1", "text": good_text(rng, 906)}, ":60: id 'dup-1' was already used"),
        ("dup-c", {"id": "dup-1", "text": good_text(rng, 907)}, ":61: id 'dup-1' was already used"),
    ]
    for tag, rec, needle in bad_lines:
        lines.append(rec)
        if needle:
            (c.noted if "date" in tag else c.bad)[tag] = needle
        if not needle or "date" in tag:
            c.odd.append(tag)  # stored all the same (the dates: without their date)
    lines += first[50:]
    (root / "feed.jsonl").write_bytes(_jsonl(lines))
    # a gzip feed with trailing garbage: the good records before it are kept
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb") as fh:
        fh.write(_jsonl(second[:50]))
    (root / "tail.jsonl.gz").write_bytes(gz.getvalue() + b"GARBAGE AFTER THE GZIP STREAM")
    c.bad["gz-tail"] = "tail.jsonl.gz: trailing garbage"
    # WARC: a good response, one without a target URI, then a truncated last record
    warc = b"".join(_warc_record("response", {"WARC-Record-ID": f"<urn:uuid:{g['id']}>",
                                               "WARC-Target-URI": f"http://news.example/{g['id']}",
                                               "Content-Type": "application/http; msgtype=response"},
                                 _http(_page(g["text"]))) for g in second[50:75])
    no_uri = _warc_record("response", {"Content-Type": "application/http; msgtype=response"},
                          _http(_page(good_text(rng, 908))))
    partial = _warc_record("response", {"WARC-Record-ID": "<urn:uuid:partial>",
                                        "WARC-Target-URI": "http://news.example/partial",
                                        "Content-Type": "application/http; msgtype=response"},
                           _http(_page(good_text(rng, 909) * 4)))
    (root / "crawl.warc").write_bytes(warc + no_uri + partial[: len(partial) // 2])
    c.odd.append("warc-no-uri")
    c.bad["warc-partial"] = "crawl.warc#partial: the record is cut short"
    (root / "junk.warc").write_bytes(b"WARC/1.0\r\n" + bytes(rng.randrange(256) for _ in range(500)))
    c.bad["warc-garbage"] = "junk.warc#1: the data after a WARC header is not a WARC record"
    (root / "empty.warc.gz").write_bytes(gzip.compress(b""))
    c.bad["warc-empty"] = "empty.warc.gz: the archive holds no records"
    # documents, one a file
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    for g in second[75:]:
        (docs / f"{g['id']}.txt").write_text(g["text"], encoding="utf-8")
    (docs / "deep.html").write_text("<html><body>" + "<div>" * 10_000 + "<p>" + good_text(rng, 910)
                                    + "</p>" + "</div>" * 10_000 + "</body></html>")
    c.bad["deep-html"] = "deep.html: the HTML is nested 10,00"
    (docs / "wide.html").write_text('<html><body><p title="' + "a" * 10_500_000 + '">'
                                    + good_text(rng, 911) + "</p></body></html>")
    c.odd.append("wide-attr")  # the 10 MB attribute is emptied before the parse: the page's text is kept
    (docs / "zero.txt").symlink_to("/dev/zero")
    c.bad["dev-zero"] = "zero.txt: a symbolic link"
    (docs / "passwd.txt").symlink_to("/etc/passwd")
    c.bad["sys-link"] = "passwd.txt: a symbolic link"
    forged = "evil\nerror [E000] forged.txt"
    (docs / (forged)).write_text(good_text(rng, 912))
    bad_name = os.fsdecode(b"caf\xe9-report.txt")
    (docs / bad_name).write_text(good_text(rng, 913))
    c.odd += ["newline-name", "non-utf8-name"]
    c.inputs = [str(root / "feed.jsonl"), str(root / "tail.jsonl.gz"), str(root / "crawl.warc"),
                str(root / "junk.warc"), str(root / "empty.warc.gz"), str(docs)]
    return c


def linked_folders(tmp: Path) -> Path:
    """A folder ``root`` with two texts in ``a`` and ``a/b``, a link ``a/b/up`` back up to it (a loop),
    a link ``other`` to a folder with a third text beside it, and a link ``devices`` to /dev."""
    root, other = tmp / "root", tmp / "other"
    (root / "a" / "b").mkdir(parents=True)
    other.mkdir()
    (root / "a" / "one.txt").write_text("France and Germany held talks on Tuesday.")
    (root / "a" / "b" / "two.txt").write_text("Spain and Italy held talks on Monday.")
    (other / "three.txt").write_text("Japan and China held talks on Friday.")
    (root / "a" / "b" / "up").symlink_to("../..")
    (root / "other").symlink_to(other)
    (root / "devices").symlink_to("/dev")
    return root
