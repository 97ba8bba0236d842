"""Blocks of an extracted article body, and the rules that remove furniture from them.

trafilatura returns the main content as a small XML tree (``head``, ``p``,
``list/item``, ``quote``, ``table`` ...). Each top-level element (each list
item) becomes a :class:`Block` with its text and the share of it that sits in
links. The rules then drop furniture that trafilatura kept: the headline and
standfirst repeated at the top, furniture phrase classes, related-article
sections, link lists, and a trailing run of headings and link lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from communique.clean import phrases

_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")
_WORD = re.compile(r"\w+", re.UNICODE)
_TERMINAL = re.compile(r"[.!?:;\"'”’)…]$")


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of the extracted body."""

    kind: str  # head | p | item | quote | table | other
    text: str
    link_ratio: float
    group: int  # blocks of one list share a group number
    lead_link: bool = False  # the block opens with a link of several words (a headline link)

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


def _norm_lines(text: str) -> str:
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _text_of(el: etree._Element) -> str:
    if el.tag == "table":
        rows = []
        for row in el.iter("row"):
            cells = [_SPACES.sub(" ", " ".join(c.itertext())).strip() for c in row if isinstance(c.tag, str)]
            cells = [c for c in cells if c]
            if cells:
                rows.append(" | ".join(cells))
        return "\n".join(rows)
    parts: list[str] = []
    for node in el.iter():
        if node.tag == "lb":
            parts.append("\n")
        if node.text and node.tag not in ("graphic",):
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return _norm_lines("".join(parts))


def _link_ratio(el: etree._Element, text: str) -> float:
    total = len(text.replace(" ", ""))
    if not total:
        return 0.0
    linked = sum(len("".join(r.itertext()).replace(" ", "").replace("\n", "")) for r in el.iter("ref"))
    return min(1.0, linked / total)


def _lead_link(el: etree._Element, text: str) -> bool:
    for ref in el.iter("ref"):
        linked = " ".join("".join(ref.itertext()).split())
        if linked:
            return len(linked.split()) >= 3 and text.lstrip("-•* ").startswith(linked[:20])
    return False


def body_blocks(body: etree._Element) -> list[Block]:
    """Flatten trafilatura's body tree into blocks (a list becomes one block per item)."""
    blocks: list[Block] = []
    for group, el in enumerate(body):
        if not isinstance(el.tag, str):
            continue
        if el.tag == "list":
            for item in el.iter("item"):
                if item.find(".//item") is not None:
                    continue
                text = _text_of(item)
                if text:
                    blocks.append(Block("item", text, _link_ratio(item, text), group, _lead_link(item, text)))
            continue
        text = _text_of(el)
        if not text:
            continue
        kind = el.tag if el.tag in ("head", "p", "quote", "table") else "other"
        blocks.append(Block(kind, text, _link_ratio(el, text), group, _lead_link(el, text)))
    return blocks


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _is_headline_like(block: Block) -> bool:
    return block.words <= 16 and not _TERMINAL.search(block.text)


def _is_linkish(block: Block) -> bool:
    """A short link line (long prose wrapped in a link is not furniture)."""
    return block.link_ratio >= 0.6 and (block.words <= 25 or not _TERMINAL.search(block.text))


_BOX = frozenset({"newsletter", "comments", "cookies", "advert", "share"})


def filter_blocks(blocks: list[Block], *, title: str | None, description: str | None) -> tuple[list[Block], list[str]]:
    """Drop the furniture among ``blocks``; return the kept blocks and the removed texts."""
    keep = [True] * len(blocks)
    _drop_repeated_headline(blocks, keep, _key(title or ""), _key(description or ""))
    _drop_furniture_lines(blocks, keep)
    _drop_box_heads(blocks, keep)
    _drop_related_sections(blocks, keep)
    _drop_link_lists(blocks, keep)
    _drop_trailing_furniture(blocks, keep)
    kept = [b for i, b in enumerate(blocks) if keep[i]]
    removed = [b.text for i, b in enumerate(blocks) if not keep[i]]
    return kept, removed


def _drop_repeated_headline(blocks: list[Block], keep: list[bool], title_key: str, desc_key: str) -> None:
    """1. The headline and standfirst repeated at the top."""
    seen_prose = False
    for i, b in enumerate(blocks[:6]):
        k = _key(b.text)
        if not k:
            continue
        if (title_key and (k == title_key or (len(k) > 20 and title_key.startswith(k)))) or (
            desc_key and b.kind == "head" and (k == desc_key or desc_key.startswith(k))
        ):
            if not seen_prose:
                keep[i] = False
                continue
        if b.kind == "p" and b.words > 25:
            seen_prose = True


def _drop_furniture_lines(blocks: list[Block], keep: list[bool]) -> None:
    """2. Furniture phrase classes on short blocks."""
    for i, b in enumerate(blocks):
        if keep[i] and b.words <= 40 and phrases.furniture_class(b.text) is not None:
            keep[i] = False


def _drop_box_heads(blocks: list[Block], keep: list[bool]) -> None:
    """2b. Heads and short lines inside a furniture box (next to removed furniture)."""
    for i, b in enumerate(blocks):
        if not keep[i] or b.words > 20 or not (b.kind == "head" or _is_headline_like(b)):
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        if any(not keep[j] and phrases.furniture_class(blocks[j].text) in _BOX for j in near):
            keep[i] = False


def _drop_related_sections(blocks: list[Block], keep: list[bool]) -> None:
    """3. Related sections: a related header and the headline/link run after it."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.words <= 8 and phrases.RELATED_HEADER.match(b.text.strip()):
            keep[i] = False
            j = i + 1
            while j < len(blocks) and (blocks[j].kind in ("item", "head") or _is_linkish(blocks[j])
                                       or _is_headline_like(blocks[j])):
                keep[j] = False
                j += 1
            i = j
            continue
        i += 1


def _drop_link_lists(blocks: list[Block], keep: list[bool]) -> None:
    """4. Lists made of links: related stories, tags, navigation."""
    groups: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.kind == "item":
            groups.setdefault(b.group, []).append(i)
    for members in groups.values():
        linkish = sum(1 for i in members if blocks[i].link_ratio >= 0.5 or blocks[i].lead_link)
        if len(members) >= 2 and linkish / len(members) >= 0.6:
            for i in members:
                keep[i] = False


def _drop_trailing_furniture(blocks: list[Block], keep: list[bool]) -> None:
    """5. Trailing furniture: headings, link lines, author notes and short fragments after the last prose."""
    for i in range(len(blocks) - 1, -1, -1):
        if not keep[i]:
            continue
        b = blocks[i]
        if (b.kind == "head" or _is_linkish(b) or (b.words <= 3 and not _TERMINAL.search(b.text))
                or (b.words <= 60 and phrases.AUTHOR_BIO.search(b.text))):
            keep[i] = False
            continue
        break


def blocks_text(blocks: list[Block]) -> str:
    """Join blocks into the article text, paragraphs separated by blank lines."""
    return "\n\n".join(b.text for b in blocks)
