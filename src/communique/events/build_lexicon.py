"""Regenerate the CAMEO/Phoenix-derived part of the event lexicon.

Usage::

    python -m communique.events.build_lexicon [SHARED_DIR] [--out OUT_DIR]

``SHARED_DIR`` defaults to ``../shared`` relative to the repository root and must
hold ``data/plover/CAMEO2PLOVER-2021.txt`` and ``data/phoenix/*``. ``OUT_DIR``
defaults to the packaged ``communique/data/events/cameo`` folder. The output is
deterministic (sorted rows, no timestamps), so re-running it on the same sources
reproduces the committed files byte for byte. Only the files under ``cameo/``
are generated; the curated files beside them are edited by hand.

Project decisions layered on the published mapping (documented in the README):

* CAMEO 01 (public statements) stays dropped, as in PLOVER.
* CAMEO 02 (APPEAL), dropped by PLOVER, is kept as REQUEST with the REQUEST mode
  that matches its sub-code (assist / change / yield / meet), because PLOVER's
  REQUEST covers "all requests, demands and orders".
* CAMEO 163 (impose embargo, boycott or sanctions), which CAMEO2PLOVER-2021 sends
  to COERCE, is SANCTION `discontinue`, as the PLOVER manual's SANCTION modes
  and the project's annotation notes require.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Sequence

from .lexicon import singular

GENERATED_DIR = Path(__file__).resolve().parent.parent / "data" / "events" / "cameo"
DEFAULT_SHARED = Path(__file__).resolve().parents[3].parent / "shared"

#: CAMEO codes whose PLOVER reading differs from CAMEO2PLOVER-2021 (code -> type, mode, note).
CODE_OVERRIDES: dict[str, tuple[str, str, str]] = {
    "163": ("SANCTION", "discontinue", "manual SANCTION modes: international sanctions are discontinue"),
    "020": ("REQUEST", "", "CAMEO 02 APPEAL kept as REQUEST (project decision)"),
    "021": ("REQUEST", "assist", "appeal for material cooperation"),
    "022": ("REQUEST", "assist", "appeal for diplomatic cooperation"),
    "023": ("REQUEST", "assist", "appeal for aid"),
    "024": ("REQUEST", "change", "appeal for political reform"),
    "025": ("REQUEST", "yield", "appeal to yield"),
    "026": ("REQUEST", "meet", "appeal to meet or negotiate"),
    "027": ("REQUEST", "meet", "appeal to settle dispute"),
    "028": ("REQUEST", "meet", "appeal to engage in mediation"),
}
#: Two-digit roots of the manual's translation table (Table "PLOVER equivalents").
ROOTS = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
    "19": "ASSAULT", "20": "ASSAULT",
}
PREPOSITIONS = frozenset(
    "about across after against along among around as at before behind between by down for from "
    "in into of off on onto out over through to toward towards under up upon with without".split()
)
#: Discard entries that would drop ordinary modern political news (years, relative
#: time phrases, diseases, disasters, elections, history recalled by news such as "the
#: first visit since World War II" or "the September 11 attack on the World Trade Center",
#: sports that carry diplomacy such as "NBA broadcasts suspended by Beijing", Nobel
#: laureates arrested): kept out of the generated list.
DISCARD_EXCLUDE = frozenset(
    """months later|years later|weeks later|weeks ago|months ago|years ago|fifty years ago|champion|
    champions|avian flu|avian influenza|bird flu|h5n1|ebola|polio|pollution|tsunami|typhoon|tropical storm|
    tropical depression|widespread flood|blizzard|mudslide|landslide|presidential debate|poll published|
    presidential vote recount|second world war|post world war ii|british empire|millennium|
    initial public offering|medical tests|bacteria epidemic|contracted cholera|rift valley fever|
    west nile fever|west nile virus|equine influenza|chickungunga|mine accident|road accident|
    traffic accident|boat capsized|bus plunged|bus fell into ravine|diving accident|moon mission|
    osaka district court|international brand|jetro|commercial consumption expenditures|
    world war 1|world war 2|world war i|world war ii|world war one|world war two|attack on pearl harbor|
    napoleonic wars|world trade center|basketball|nba|nobel prize|everest|kimjongilism|abdul karim qasim""".replace(
        "\n", "").split("|")
)


def _clean(line: str) -> str:
    """Strip a trailing ``#`` comment and surrounding blanks."""
    return line.split("#", 1)[0].strip()


def read_mapping(path: Path) -> dict[str, tuple[str, str, str, str]]:
    """Parse CAMEO2PLOVER: code -> (type, mode, context, note); overrides applied."""
    table: dict[str, tuple[str, str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", raw)
        if not m or "," not in m.group(2):
            continue
        parts = [p.strip() for p in m.group(2).split(",")] + ["", ""]
        code, note = m.group(1), (m.group(3) or "").strip()
        if code not in table:  # first row wins (175 is listed twice)
            table[code] = (parts[0], parts[1].replace(" ", ""), parts[2].replace(" ", ""), note)
    for code, (typ, mode, note) in CODE_OVERRIDES.items():
        table[code] = (typ, mode, "", note)
    return table


def plover_of(code: str, table: dict[str, tuple[str, str, str, str]]) -> tuple[str, str] | None:
    """PLOVER (type, mode) of a CAMEO code, falling back to its parent codes; None if dropped."""
    code = code.split(":", 1)[0].strip()
    if not code.isdigit():
        return None
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit:
            return hit[0], hit[1]
    typ = ROOTS.get(code[:2])
    return (typ, "") if typ else None


def _verb_entry(token: str) -> tuple[str, str] | None:
    """``+CALL_ON`` -> ("call", "on"); ``MEET`` -> ("meet", ""); pre-verb compounds -> None."""
    words = token.split("_")
    if len(words) == 1:
        return token.lstrip("+").lower(), ""
    heads = [i for i, w in enumerate(words) if w.startswith("+")]
    if heads != [0]:
        return None  # WIRE_+TAP, RE_+OPEN: the verb is not first
    return words[0][1:].lower(), " ".join(w.lower() for w in words[1:] if w)


def read_verbs(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], dict[str, list[str]]]:
    """Parse the verb dictionary into verb rows, simple pattern rows and synsets."""
    synsets: dict[str, list[str]] = {}
    verbs: list[tuple[str, ...]] = []
    patterns: list[tuple[str, ...]] = []
    block, block_code, current = "", "", ""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line.startswith("&"):
            current = line.split()[0][1:].rstrip("_")
            synsets[current] = []
            continue
        if line.startswith("+") and current and not block:
            word = _clean(line)[1:].rstrip("_").replace("_", " ").lower()
            if word:
                synsets[current].append(word)
            continue
        if line.startswith("---"):
            m = re.match(r"---\s*([A-Z_]+)\s*(?:\[([^\]]*)\])?", line)
            block = m.group(1) if m else line
            block_code = (m.group(2) or "---").strip() if m else "---"
            current = ""
            continue
        if not block or not _clean(line):
            continue
        body = _clean(line)
        if body.startswith("-"):
            m = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]", body)
            if m:
                patterns.append((block, m.group(1), m.group(2).strip()))
            continue
        if body.startswith("~"):
            continue
        token = body.split()[0]
        own = re.search(r"\[([^\]]*)\]", body)
        entry = _verb_entry(token)
        if entry and re.fullmatch(r"[a-z][a-z'-]*", entry[0]):
            verbs.append((entry[0], entry[1], block, (own.group(1) if own else block_code).strip()))
    return verbs, patterns, synsets


def simple_pattern(text: str, synsets: dict[str, list[str]]) -> list[tuple[str, str]] | None:
    """Reduce a pattern to (prep, object) pairs when it is a plain verb frame, else None.

    Kept: nothing before ``*`` but actor markers, and after it at most a preposition
    and/or one object head (a word or a synonym set), actor markers ignored.
    """
    text = text.replace("*_", "* ").replace("_*", " *")
    if "*" not in text or "(" in text or "{" in text:
        return None
    pre, post = text.split("*", 1)
    if any(tok not in "$+%^" for tok in pre.split()):
        return None
    toks = [t for t in post.split() if t not in "$+%^"]
    if len(toks) > 2 or any("_" in t or not re.fullmatch(r"&?[A-Z][A-Z'-]*", t) for t in toks):
        return None
    prep = toks[0].lower() if toks and toks[0].lower() in PREPOSITIONS else ""
    rest = toks[1:] if prep else toks
    if len(rest) > 1:
        return None
    if not rest:
        return [(prep, "")] if prep else None
    word = rest[0]
    if word.startswith("&"):
        heads = synsets.get(word[1:].rstrip("_"), [])
        return [(prep, singular(h.split()[-1])) for h in heads] or None
    return [(prep, singular(word))]


def expand_issue(phrase: str) -> list[str]:
    """Expand Phoenix issue shorthand (``n:`` noun plurals, ``v:`` verb forms, ``+`` joins)."""
    forms: list[list[str]] = []
    for word in phrase.lower().split():
        options = [word]
        if word.startswith("n:"):
            w = word[2:]
            plural = w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith("ss") else "s")
            options = [w, plural]
        elif word.startswith("v:"):
            w = word[2:]
            options = [w, w + "s", w + "ed", w + "ing"]
        forms.append(options)
    out = [""]
    for options in forms:
        out = [(o + " " + w).strip() for o in out for w in options]
    return sorted({" ".join(re.findall(r"[a-z0-9']+", p.replace("+", " "))) for p in out} - {""})


def read_issues(path: Path) -> list[tuple[str, str]]:
    """Phoenix issue phrases -> (phrase, CODE); ignore phrases get code ``-``."""
    rows: set[tuple[str, str]] = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _clean(raw)
        if not line or line.startswith("<"):
            continue
        if line.startswith("~"):
            for p in expand_issue(line.lstrip("~")):
                rows.add((p, "-"))
            continue
        m = re.match(r"(.+?)\s*\[([A-Z_]+)\]", line)
        if m:
            for p in expand_issue(m.group(1)):
                rows.add((p, m.group(2)))
    return sorted(rows)


def read_discards(path: Path) -> list[tuple[str, str, str]]:
    """Phoenix discards -> (phrase, scope sentence|story, match stem|word)."""
    rows: set[tuple[str, str, str]] = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _clean(raw)
        if not line:
            continue
        scope = "story" if line.startswith("+") else "sentence"
        body = line.lstrip("+").strip()
        match = "word" if body.endswith("_") else "stem"
        phrase = " ".join(body.rstrip("_").lower().split())
        if not phrase or phrase.isdigit() or phrase in DISCARD_EXCLUDE:
            continue
        rows.add((phrase, scope, match))
    return sorted(rows)


def _write(path: Path, header: list[str], rows: Sequence[tuple[str, ...]], comment: str) -> None:
    lines = [f"# {comment}", "\t".join(header)] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(shared: Path, out: Path) -> dict[str, int]:
    """Write the generated TSV files under ``out``; return row counts per file."""
    plover, phoenix = shared / "data" / "plover", shared / "data" / "phoenix"
    table = read_mapping(plover / "CAMEO2PLOVER-2021.txt")
    verbs, patterns, synsets = read_verbs(phoenix / "CAMEO.verbpatterns.150430.txt")
    out.mkdir(parents=True, exist_ok=True)
    src = "generated by communique.events.build_lexicon from"
    map_rows = sorted((c, t, m, x, n) for c, (t, m, x, n) in table.items())
    _write(out / "cameo_plover.tsv", ["cameo", "type", "mode", "context", "note"], map_rows,
           f"{src} plover/CAMEO2PLOVER-2021.txt (+ project overrides); do not edit")
    verb_rows: set[tuple[str, ...]] = set()
    for lemma, particle, block, code in verbs:
        hit = plover_of(code, table)
        verb_rows.add((lemma, particle, block, code.split(":")[0], *(hit or ("", ""))))
    _write(out / "cameo_verbs.tsv", ["lemma", "particle", "block", "cameo", "type", "mode"],
           sorted(verb_rows), f"{src} phoenix/CAMEO.verbpatterns.150430.txt (MIT); do not edit")
    pat_rows: set[tuple[str, ...]] = set()
    for block, text, code in patterns:
        frames = simple_pattern(text, synsets)
        hit = plover_of(code, table)
        for prep, obj in frames or []:
            pat_rows.add((block, prep, obj, code.split(":")[0], *(hit or ("", ""))))
    _write(out / "cameo_patterns.tsv", ["block", "prep", "obj", "cameo", "type", "mode"],
           sorted(pat_rows), f"{src} phoenix/CAMEO.verbpatterns.150430.txt (MIT); do not edit")
    issues = read_issues(phoenix / "Phoenix.IssueCoding.txt")
    _write(out / "issues.tsv", ["phrase", "code"], issues,
           f"{src} phoenix/Phoenix.IssueCoding.txt (MIT); code '-' = ignore phrase; do not edit")
    discards = read_discards(phoenix / "Phoenix.discards.txt")
    _write(out / "discards.tsv", ["phrase", "scope", "match"], discards,
           f"{src} phoenix/Phoenix.discards.txt (MIT) minus build_lexicon.DISCARD_EXCLUDE; do not edit")
    return {"cameo_plover.tsv": len(map_rows), "cameo_verbs.tsv": len(verb_rows),
            "cameo_patterns.tsv": len(pat_rows), "issues.tsv": len(issues), "discards.tsv": len(discards)}


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=GENERATED_DIR)
    args = parser.parse_args(argv)
    for name, count in build(args.shared, args.out).items():
        print(f"{name}\t{count}")


if __name__ == "__main__":
    main()
