"""Page furniture inside a paragraph: text a site's widgets inject into the middle of a sentence.

A video player's caption block reads "JUST WATCHED <title> Replay More Videos ... MUST WATCH
<title> 06:22", in a paragraph of its own or inside one; its titles ("Should the U.S. cut off aid
to Egypt?") would read as events.

Some sites put a hover card after a politician's name: the person's full legal name glued to a
list of the site's latest headlines, closed by "MORE" ("Sen. Mark Warner Mark Robert
WarnerHillicon Valley: Federal inquiry opened ... | Facebook reports ... MORE (D-Va.) said").
Scraped, the card lands inside the sentence, and its headlines read as events. The card is
recognised by its shape: the name's last word, then at most four more name words and that last
word again glued to a capital letter, then headlines (a "|" or a ":" among them) up to "MORE".
"""

from __future__ import annotations

import re

_HOVER_CARD = re.compile(
    r"\b(?P<name>[A-Z][\w'’.-]*)"             # the last word of the name as the sentence has it
    r"(?P<card>\s+(?:[A-Z(][\w'’.()-]*\s+){0,4}?(?P=name)(?=[A-Z])"  # the full name, glued to ...
    r"[^\n]{0,1500}?\sMORE\b)")               # ... the card's headlines, up to "MORE"


_VIDEO_PLAYER = re.compile(r"[ \t]*JUST WATCHED\s[^\n]{0,300}?\sReplay\s+More Videos\s*\.\.\.\s*MUST WATCH\s"
                           r"[^\n]{0,300}?\s\d{1,2}:\d{2}(?::\d{2})?")


def strip_inline_furniture(text: str) -> tuple[str, list[str]]:
    """``text`` without the widgets inside its paragraphs (hover cards, video player captions),
    and what was removed (for audit). Emptied paragraphs go."""
    text, removed = strip_hover_cards(text)
    videos = _VIDEO_PLAYER.findall(text)
    if videos:
        text = _VIDEO_PLAYER.sub("", text)
        text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip("\n")
    return text, removed + [v.strip() for v in videos]


def strip_hover_cards(text: str) -> tuple[str, list[str]]:
    """``text`` without the hover cards in it, and the cards removed (for audit)."""
    removed: list[str] = []

    def drop(m: re.Match[str]) -> str:
        card = m.group("card")
        if "|" not in card and ":" not in card:
            return m.group(0)
        removed.append(card.strip())
        return m.group("name")

    return _HOVER_CARD.sub(drop, text), removed
