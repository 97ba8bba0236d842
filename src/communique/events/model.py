"""The learned trigger typer: PLOVER type (or none) of a token, from what the parse computed.

A softmax (multinomial logistic) regression over features the pipeline already has: the
token's and its head's ``doc.tensor`` rows (spaCy's tok2vec output, 96 numbers each), the
lexicon's readings of the token, whether its subject and object name actors, and hashed
sparse features (lemma, dependency label, head lemma, particle, preposition, object lemma).
It runs in numpy on the CPU, costs a matrix product per sentence, and its weights ship in the
package (``data/events/model/event_model.npz``), rebuilt by ``training/train_event_model.py``
from the team's labels (``training/labels``).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np

from ..types import EVENT_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .lexicon import Lexicon

#: output classes: index 0 is "no event"
CLASSES: tuple[str, ...] = ("NONE", *EVENT_TYPES)
#: parts of speech the model reads (the extractor's trigger candidates)
CANDIDATE_POS = frozenset({"VERB", "NOUN", "AUX", "PROPN", "ADJ"})
HASH_BITS = 15
_FLAGS = ("VERB", "NOUN", "AUX", "PROPN", "ADJ", "passive", "neg", "subj_actor", "obj_actor", "pp_actor",
          "poss_actor", "mod_actor", "head_verb", "root", "plural", "capital")
DENSE_SIZE = 96 * 2 + len(CLASSES) + len(_FLAGS)
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "events" / "model" / "event_model.npz"

HasActor = Callable[["Token"], bool]
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "conj"})


def actor_tokens(doc: "Doc", spans: Sequence[tuple[int, int]]) -> HasActor:
    """``has_actor(tok)``: whether an actor mention (character spans) starts inside the
    token's subtree, stopping at clauses of its own."""
    covered = set()  # the tokens where a mention starts
    for start, _ in spans:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            covered.add(span[0].i)

    known: dict[int, bool] = {}  # token index -> answer: the features ask about the same tokens many times

    def has_actor(tok: "Token") -> bool:
        found = known.get(tok.i)
        if found is not None:
            return found
        stack, seen = [tok], []  # a loop, not recursion: a long run-on sentence parses very deep
        while stack:
            t = stack.pop()
            if t.i in covered or known.get(t.i):
                known[tok.i] = True
                return True
            if t.i not in known:
                seen.append(t.i)
                stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
        known.update((i, False) for i in seen)  # every subtree walked holds no actor
        return False

    return has_actor


def is_candidate(tok: "Token") -> bool:
    return tok.pos_ in CANDIDATE_POS and not tok.is_stop and len(tok.text) > 2


@lru_cache(maxsize=1 << 16)
def _h(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << HASH_BITS) - 1)


#: a token's children with their dependency labels, read once per token (each ``dep_`` is a lookup)
Kids = Sequence[tuple[str, "Token"]]


def _lexicon_vector(tok: "Token", lex: "Lexicon", kids: Kids = ()) -> np.ndarray:
    """The lexicon's best weight for each class, as the rules read the token with its particle and
    object ("held talks": CONSULT, "imposed sanctions": SANCTION) or its compound modifier."""
    out = np.zeros(len(CLASSES), dtype=np.float32)
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        trigs = lex.verb(lemma, particle=_first(kids, ("prt",), lemma=False) or None,
                         obj_lemma=_first(kids, ("dobj",)) or None)
    else:
        trigs = lex.noun(lemma, compound=_first(kids, ("compound",)) or None)
    for t in trigs:
        if t.type in CLASSES:
            i = CLASSES.index(t.type)
            out[i] = max(out[i], t.weight)
    if not trigs:
        out[0] = 1.0
    return out


def _flags(tok: "Token", kids: Kids, has_actor: HasActor) -> list[bool]:
    pp = [o for dep, c in kids if dep in ("prep", "agent", "dative") for o in c.children if o.dep_ == "pobj"]
    pos = tok.pos_
    return [pos == p for p in ("VERB", "NOUN", "AUX", "PROPN", "ADJ")] + [
        any(dep in ("nsubjpass", "auxpass") for dep, _ in kids),
        any(dep == "neg" for dep, _ in kids),
        any(dep in ("nsubj", "nsubjpass") and has_actor(c) for dep, c in kids),
        any(dep in ("dobj", "attr", "dative") and has_actor(c) for dep, c in kids),
        any(has_actor(o) for o in pp),
        any(dep == "poss" and has_actor(c) for dep, c in kids),
        any(dep in ("compound", "amod", "nmod") and has_actor(c) for dep, c in kids),
        tok.head.pos_ in ("VERB", "AUX"),
        tok.dep_ == "ROOT",
        tok.tag_ in ("NNS", "NNPS"),
        tok.text[:1].isupper() and not tok.is_sent_start,  # tok.sent walks the sentence: slow
    ]


def _first(kids: Kids, deps: tuple[str, ...], lemma: bool = True) -> str:
    for dep, c in kids:
        if dep in deps:
            return c.lemma_.lower() if lemma else c.lower_
    return ""


def _sparse(tok: "Token", kids: Kids) -> list[int]:
    lemma = tok.lemma_.lower()
    dep, pos, head = tok.dep_, tok.pos_, tok.head.lemma_.lower()
    prt = _first(kids, ("prt",), lemma=False)
    preps = [c.lower_ for d, c in kids if d in ("prep", "agent", "dative")]
    obj = _first(kids, ("dobj", "attr"))
    comp = _first(kids, ("compound", "amod"))
    xcomp = _first(kids, ("xcomp",))
    feats = [f"l={lemma}", f"d={dep}", f"p={pos}", f"h={head}", f"hd={head}|{dep}", f"lp={lemma}|{pos}",
             f"o={lemma}|{obj}", f"c={comp}|{lemma}", f"x={lemma}|{xcomp}", f"pt={lemma}|{prt}"]
    feats += [f"pp={lemma}|{p}" for p in preps[:3]]
    return [_h(f) for f in feats]


def featurise(tokens: Sequence["Token"], lex: "Lexicon", has_actor: HasActor) -> tuple[np.ndarray, list[list[int]]]:
    """Dense features (n x DENSE_SIZE) and hashed sparse feature ids for ``tokens`` of one doc."""
    if not tokens:
        return np.zeros((0, DENSE_SIZE), dtype=np.float32), []
    tensor = tokens[0].doc.tensor
    width = tensor.shape[1] if tensor is not None and tensor.ndim == 2 else 0
    dense = np.zeros((len(tokens), DENSE_SIZE), dtype=np.float32)
    sparse = []
    if width == 96:
        dense[:, :96] = tensor[[t.i for t in tokens]]
        dense[:, 96:192] = tensor[[t.head.i for t in tokens]]
    flags = []
    for row, tok in enumerate(tokens):
        kids = [(c.dep_, c) for c in tok.children]
        dense[row, 192:192 + len(CLASSES)] = _lexicon_vector(tok, lex, kids)
        flags.append(_flags(tok, kids, has_actor))
        sparse.append(_sparse(tok, kids))
    dense[:, 192 + len(CLASSES):] = flags
    return dense, sparse


@dataclass
class EventModel:
    """Weights of the softmax regression and the input scaling they were trained with."""

    dense_w: np.ndarray  # DENSE_SIZE x classes
    sparse_w: np.ndarray  # 2**HASH_BITS x classes
    bias: np.ndarray  # classes
    mean: np.ndarray  # DENSE_SIZE
    scale: np.ndarray  # DENSE_SIZE

    def logits(self, dense: np.ndarray, sparse: list[list[int]]) -> np.ndarray:
        z = ((dense - self.mean) / self.scale) @ self.dense_w + self.bias
        if sparse:
            rows = np.repeat(np.arange(len(sparse)), [len(ids) for ids in sparse])
            np.add.at(z, rows, self.sparse_w[np.concatenate([np.asarray(ids, dtype=np.int64) for ids in sparse])])
        return z

    def proba(self, dense: np.ndarray, sparse: list[list[int]]) -> np.ndarray:
        """Class probabilities, one row per token (columns in ``CLASSES`` order)."""
        z = self.logits(dense, sparse)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, dense_w=self.dense_w.astype(np.float32),
                            sparse_w=self.sparse_w.astype(np.float16), bias=self.bias.astype(np.float32),
                            mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
                            classes=np.asarray(CLASSES))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "EventModel":
        with np.load(path, allow_pickle=False) as z:
            if tuple(str(c) for c in z["classes"]) != CLASSES:
                raise ValueError(f"{path}: the model's classes do not match this version's event types; "
                                 "rebuild it with training/train_event_model.py")
            return cls(z["dense_w"], z["sparse_w"].astype(np.float32), z["bias"], z["mean"], z["scale"])


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> EventModel:
    """The packaged model, loaded once per process."""
    return EventModel.load(Path(path))


__all__ = ["CLASSES", "EventModel", "actor_tokens", "featurise", "is_candidate", "load_model"]
