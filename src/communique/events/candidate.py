"""An event candidate: a trigger token, its reading and the actors found for it, before building."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..types import Actor

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .lexicon import Trigger


@dataclass
class Candidate:
    """An event found in one sentence, before merging."""

    trigger: "Token"
    trig: "Trigger"
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    others: list[Actor] = field(default_factory=list)
    #: the act is another's, named under a stance on it ("condemned Russia's strikes"): a denied
    #: stance does not deny the act ("never backed the deployment")
    reported: bool = False

    def source_codes(self) -> set[str]:
        """The codes of the candidate's source: a party with one of them is the source's own side."""
        return {a.code for a in self.source}

    def names_other_side(self) -> bool:
        """Whether the candidate names a party besides its source's own codes."""
        own = self.source_codes()
        return any(a.code not in own for a in self.target + self.others)


__all__ = ["Candidate"]
