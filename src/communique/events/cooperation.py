"""Who takes part in a meeting or in cooperation, read off the prepositions around its trigger.

A meeting's "on", "about", "over" name its subject matter ("talks on Ukraine"); cooperation's name
what is shared or worked on, and its "against" the foe it is aimed at ("shared information about
the ISIS fight with Lavrov", "the US will share intelligence on Iran with Israel", "cooperating with
Russia against ISIS"): none of them is a party. Only "with" (or "between") names the partner."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import AGAINST

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: prepositions that give a meeting's or a joint act's subject matter, not a participant ("talks on Ukraine")
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})
#: what cooperation is aimed at: a foe, no partner ("cooperate with Russia against ISIS")
AIM_PREPS = AGAINST


def names_no_party(type_: str, prep: "Token") -> bool:
    """Whether preposition ``prep`` of a trigger of ``type_`` names no party to the act: the subject
    matter of a meeting ("talks [on] Ukraine") or of cooperation ("share intelligence [on] Iran with
    Israel"), and the foe cooperation is aimed at ("cooperating with Russia [against] ISIS")."""
    word = prep.lower_
    if type_ == "CONSULT":
        return word in TOPIC_PREPS
    return type_ == "COOPERATE" and word in TOPIC_PREPS | AIM_PREPS


__all__ = ["AIM_PREPS", "TOPIC_PREPS", "names_no_party"]
