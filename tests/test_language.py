"""Language detection both ways, and the language gate in the NLP stage only (cleaning takes any language)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.clean import detect_language
from communique.errors import LanguageError
from communique.pipeline import Cleaner
from communique.types import RawDoc

POLISH = ("Premier Polski spotkał się w czwartek z prezydentem Ukrainy w Warszawie. Rozmowy dotyczyły "
          "dostaw broni i odbudowy kraju po wojnie.")


# none of these sentences is in bench/data/languages.tsv
@pytest.mark.parametrize("text, code", [
    ("Obama met Putin in Geneva.", "en"),
    ("Xi hosts Macron in Beijing.", "en"),
    ("Hamas, Israel agree truce.", "en"),
    ("Ministrowie spraw zagranicznych Polski i Niemiec spotkali się w Berlinie.", "pl"),
    ("Sverige och Finland lämnade in sina ansökningar samtidigt.", "sv"),
    ("Yunanistan Başbakanı Ankara'yı ziyaret etti.", "tr"),
    ("Tổng thống Pháp thăm chính thức Việt Nam.", "vi"),
    ("Die Regierung in Wien hat den russischen Botschafter einbestellt.", "de"),
])
def test_detect_language_both_ways(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_cleaning_takes_any_language_and_reports_it() -> None:
    art = Cleaner().clean(RawDoc(id="pl", origin="pl.txt", text=POLISH))
    assert art.language == "pl" and "Warszawie" in art.text


def test_the_nlp_stage_refuses_non_english_naming_the_input(pipeline) -> None:
    pipe = pipeline
    errors: list[LanguageError] = []
    docs = [RawDoc(id="pl", origin="pl.txt", text=POLISH),
            RawDoc(id="en", origin="en.txt", text="Obama met Putin in Geneva on Tuesday.")]
    kept = list(pipe.articles(docs, on_error=errors.append))
    assert [a.id for a in kept] == ["en"]
    assert len(errors) == 1 and str(errors[0]).startswith("pl.txt: the article is not in English (detected 'pl')")


def test_clean_command_keeps_non_english_pages(tmp_path) -> None:
    from communique.cli import main

    (tmp_path / "pl.txt").write_text(POLISH, encoding="utf-8")
    res = CliRunner().invoke(main, ["clean", str(tmp_path / "pl.txt"), "-q"])
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout)
    assert row["language"] == "pl" and row["text"].startswith("Premier Polski")
