"""Language detection on short news sentences (bench/data/languages.tsv) and the English seeds.

Prints accuracy of "is it processed as English?" (the decision the pipeline makes) and of the exact language,
and the time per text. Run: .venv/bin/python bench/bench_language.py [--verbose]
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from communique.clean.lang import detect_language

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "seeds"


def rows() -> list[tuple[str, str]]:
    with (HERE / "data" / "languages.tsv").open(encoding="utf-8") as fh:
        data = [(r["lang"], r["text"]) for r in
                csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)]
    if SEEDS.is_dir():
        data += [("en", p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return data


def main() -> None:
    verbose = "--verbose" in sys.argv
    data = rows()
    detect_language("warm up the model")
    t0 = time.perf_counter()
    guesses = [detect_language(text) for _, text in data]
    elapsed = time.perf_counter() - t0
    # the pipeline's decision: "unknown" and None (too short to tell) are processed as English
    english = [(gold == "en", guess in ("en", "unknown", None)) for (gold, _), guess in zip(data, guesses)]
    n_en = sum(g for g, _ in english)
    print(f"{len(data)} texts ({n_en} English, {len(data) - n_en} other, {len({g for g, _ in data})} languages)")
    print(f"English kept:       {sum(g and p for g, p in english)}/{n_en}")
    print(f"non-English caught: {sum(not g and not p for g, p in english)}/{len(data) - n_en}")
    print(f"exact language:     {sum(g == p for (g, _), p in zip(data, guesses))}/{len(data)}")
    print(f"{1000 * elapsed / len(data):.2f} ms a text")
    if verbose:
        for (gold, text), guess in zip(data, guesses):
            if gold != guess:
                print(f"  {gold} -> {guess}: {text[:70]!r}")


if __name__ == "__main__":
    main()
