"""Read Phoenix / PETRARCH ``.actors`` dictionaries (format: ../shared/data/phoenix/dictionaries-format.rst).

A record is a primary phrase, optional ``+synonym`` lines and code lines
``[CODE]``, ``[CODE YYMMDD-YYMMDD]``, ``[CODE >YYYYMMDD]``, ``[CODE <YYMMDD]``,
either on the phrase's line or on following tab-indented lines. Codes are
CAMEO codes: a country (``CHN``) or ``IGO...`` followed by sector codes
(``GOV``, ``MIL`` ...). This module turns them into communique records:
dated entries become persons whose roles are the sectors, country blocks add
names to states, ``IGO`` entries become organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from communique.actors.sources import Record, normalize
from communique.errors import KnowledgeBaseError

_CODE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")

#: CAMEO international codes mapped to communique organisation codes.
IGO_CODES: dict[str, str] = {
    "IGOUNO": "UN", "IGOUNOIAE": "IAEA", "IGOUNOHLHWHO": "WHO", "IGOUNOKID": "UNICEF",
    "IGOUNOREFHCR": "UNHCR", "IGOUNOWFP": "WFP", "IGOUNOAGRFAO": "FAO", "IGOUNODEVWBK": "WB",
    "IGOUNOWBK": "WB", "IGOUNOJUDICJ": "ICJ", "IGOUNOHRIHCH": "UN", "IGOUNODEV": "UN",
    "IGOUNOLABILO": "UN", "IGOUNOENV": "UN", "IGOUNOMED": "UN", "IGOUNOBUS": "UN",
    "IGOWSTNAT": "NATO", "IGOEUREEC": "EU", "IGOEUR": "EU", "IGOSEAASN": "ASEAN",
    "IGOBUSOPC": "OPEC", "IGOBUSIMF": "IMF", "IGOBUSWTO": "WTO", "IGOJUDICC": "ICC",
    "IGOMEAARL": "ARL", "IGOOAS": "OAS", "IGOAFRAFU": "AU", "IGOAFROAU": "AU",
    "IGOBUSGOE": "G8", "IGOWAFWAS": "ECOWAS", "IGOSAFDEVSAD": "SADC", "IGOMOSOIC": "OIC",
    "IGOCASCIS": "CIS",
}

_SECTORS = {
    "GOV": "government", "MIL": "military", "ELI": "elite", "OPP": "opposition", "LEG": "legislature",
    "JUD": "judiciary", "BUS": "business", "MED": "media", "REB": "rebel", "SPY": "intelligence",
    "COP": "police", "EDU": "education", "HLH": "health", "REL": "religion", "CVL": "civilian",
}


@dataclass
class Entry:
    """One Phoenix record: its phrases and its (code, from, to) restrictions."""

    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    line: int = 0


def _pdate(text: str) -> str | None:
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        text = f"{year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return None
    y, m, d = text[:4], text[4:6], text[6:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def _parse_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for code, restr in _CODE.findall(text):
        if not code or code == "---":
            continue
        restr = restr.strip()
        lo = hi = None
        if restr.startswith(">"):
            lo = _pdate(restr[1:])
        elif restr.startswith("<"):
            hi = _pdate(restr[1:])
        elif "-" in restr:
            a, b = restr.split("-", 1)
            lo, hi = _pdate(a), _pdate(b)
            if lo is None or hi is None:
                continue
        out.append((code, lo, hi))
    return out


def _phrase(text: str) -> str:
    text = text.split("[", 1)[0]
    return re.sub(r"\s+", " ", text.replace("_", " ")).strip()


def parse(path: str | Path) -> list[Entry]:
    """Parse one ``.actors`` file into entries (comments and agent blocks skipped)."""
    p = Path(path)
    try:
        raw = p.read_bytes().decode("utf-8-sig", errors="replace")  # (a byte order mark joined the first name)
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read Phoenix file: {exc}", input=str(p),
                                 hint="pass a readable PETRARCH .actors file") from exc
    entries: list[Entry] = []
    cur: Entry | None = None
    for n, line in enumerate(raw.splitlines(), 1):
        line = line.replace("\x1a", "").split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        if line[0] in " \t":
            if cur is not None:
                cur.codes.extend(_parse_codes(line))
            continue
        if line.startswith("+"):
            if cur is not None:
                ph = _phrase(line[1:])
                if ph:
                    cur.phrases.append(ph)
                cur.codes.extend(_parse_codes(line))
            continue
        cur = Entry(phrases=[_phrase(line)], codes=_parse_codes(line), line=n)
        if cur.phrases[0]:
            entries.append(cur)
    return [e for e in entries if e.codes]


def title_name(phrase: str) -> str:
    """``"SHINZO ABE"`` -> ``"Shinzo Abe"`` (Phoenix phrases are upper case)."""
    words = []
    for w in phrase.split():
        if len(w) <= 4 and "." in w:
            words.append(w.upper())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def split_code(code: str, states: set[str]) -> tuple[str | None, str | None]:
    """A CAMEO code -> (communique code, sector role): ``CHNGOV`` -> ("CHN", "government")."""
    if code.startswith("IGO"):
        for cameo in sorted(IGO_CODES, key=len, reverse=True):
            if code.startswith(cameo):
                return IGO_CODES[cameo], "official"
        return None, None
    head, rest = code[:3], code[3:]
    if head not in states:
        return None, None
    return head, _SECTORS.get(rest[:3], None) if rest else None


def entry_record(e: Entry, states: set[str], where: str) -> Record | None:
    """The communique record of one entry, or None when it cannot be placed."""
    dated = [c for c in e.codes if c[1] or c[2]]
    name = title_name(e.phrases[0])
    aliases = [title_name(p) for p in e.phrases[1:]]
    if dated:
        roles, country = [], None
        for code, lo, hi in dated:
            scope, role = split_code(code, states)
            if scope is None:
                continue
            country = country or (scope if scope in states else None)
            roles.append([role or "official", lo, hi, scope])
        if not roles:
            return None
        raw = {"name": name, "kind": "person", "country": country, "aliases": aliases,
               "roles": roles, "family": None, "full_names_only": True}
        return normalize(raw, where, Path(where).name)
    code = e.codes[0][0]
    if code in states:
        return normalize({"name": name, "kind": "state", "code": code, "aliases": aliases,
                          "id": f"state/{code}"}, where, Path(where).name)
    scope, _ = split_code(code, states)
    if scope is None:
        return None
    kind = "organization" if code.startswith("IGO") else "group"
    return normalize({"name": name, "kind": kind, "code": scope, "aliases": aliases,
                      "id": f"phoenix/{scope}/{name}"}, where, Path(where).name)


def phoenix_records(path: str | Path, states: set[str] | None = None) -> list[Record]:
    """Records of a Phoenix ``.actors`` file, for import as user actors."""
    if states is None:
        from communique.actors.build import default_state_codes

        states = default_state_codes()
    out = []
    for e in parse(path):
        rec = entry_record(e, states, str(path))
        if rec is not None:
            out.append(rec)
    return out
