"""Event status where the word over an act governs something else than the act (``communique.events.status``),
on invented sentences: remembering a fact, an act lasting or stopped, a rule's reach, what an act did."""

from __future__ import annotations

import pytest

from communique.events.status import status_of
from communique.nlp import load_nlp

CASES = [
    # sentence, trigger word, status
    # the modal or "not" of a verb of remembering governs the remembering; its that-clause is a fact
    ("We must remember that the militia shelled the town in March.", "shelled", "occurred"),
    ("Voters should not forget that the junta jailed its critics.", "jailed", "occurred"),
    ("We must remember that the militia will shell the town again.", "shell", "planned"),
    ("We must make sure that the militia shelled the town.", "shelled", "hypothetical"),
    # an act said to last is there already; the lasting is what is asked or foreseen
    ("It is crucial that the sanctions against the junta stay in place.", "sanctions", "occurred"),
    ("The embargo on the island will remain until the regime frees the prisoners.", "embargo", "occurred"),
    ("It is crucial that the junta faces sanctions.", "sanctions", "hypothetical"),
    ("No sanctions will remain after the vote.", "sanctions", "negated"),
    # ... but talks or strikes that will continue are another round still to come
    ("Migration talks between the two governments will continue on Friday, the minister said.", "talks", "planned"),
    # ... not one that lasts as what may come
    ("Military action against the junta remains on the table.", "action", "hypothetical"),
    ("Further sanctions remain possible, the minister said.", "sanctions", "hypothetical"),
    # the act that a verb of stopping or lifting has for object is there already
    ("The militia must end its offensive in the north.", "offensive", "occurred"),
    ("The government could lift the embargo on the island next month.", "embargo", "occurred"),
    ("The militia must launch an offensive in the north.", "offensive", "hypothetical"),
    # a rule's reach: its "not" says what it covers, not that the act did not take place
    ("The new guideline does not govern the airstrikes underway in the valley.", "airstrikes", "occurred"),
    # ... but what a response or plan would involve is as open as it
    ("A U.S. response could involve sanctions against Russia.", "sanctions", "hypothetical"),
    # a definite act taken up as a matter is there; one named in general is as open as the talk
    ("The council is expected to take up the missile launch at a closed session.", "launch", "occurred"),
    ("The ministers will discuss the bombing of the port on Friday.", "bombing", "occurred"),
    ("The ministers will discuss sanctions on Friday.", "sanctions", "planned"),
    # a kind of act that will not be tolerated is warned of, not denied; a definite one is there
    ("Attacks on our convoys will not be tolerated, the ministry said.", "Attacks", "hypothetical"),
    ("The government will not tolerate attacks on its convoys.", "attacks", "hypothetical"),
    ("No attacks on our convoys will be tolerated, the ministry said.", "attacks", "hypothetical"),
    ("The government will not tolerate the militia's attacks on its convoys.", "attacks", "occurred"),
    ("The ministers will condemn the bombing of the port on Friday.", "bombing", "occurred"),
    # an act authorized as one that may come is planned; one authorized plainly is read as carried out
    ("The president has authorized potential airstrikes against the militia.", "authorized", "planned"),
    ("The president has authorized airstrikes against the militia.", "authorized", "occurred"),
    # a definite act an "over" names is the cause of what is done over it; a general one is a matter still open
    ("The republic will file charges against the general over the March 3 killing of its envoy.", "killing",
     "occurred"),
    ("The republic will impose sanctions over the junta's annexation of the island.", "annexation", "occurred"),
    ("The two sides will hold talks over a ceasefire in the valley.", "ceasefire", "planned"),
    # what is considered, weighed or mulled is not decided; what is regarded as something is there
    ("The government is considering military action against the rebels.", "action", "hypothetical"),
    ("The ministry is weighing sending more troops to the border.", "sending", "hypothetical"),
    ("The ministry is considering sanctions against the junta.", "considering", "hypothetical"),
    ("The ministry is not considering sanctions against the junta.", "considering", "negated"),
    ("The government considered the attack an act of war.", "attack", "occurred"),
    # what an approval given is for is planned until carried out; as the approval is when it is sought or denied
    ("The parliament gave approval to arm the rebels in the north.", "arm", "planned"),
    ("The premier gave the green light to join the strikes on the port.", "join", "planned"),
    ("The premier will seek parliamentary approval to carry out strikes on the port.", "strikes", "hypothetical"),
    ("The ministry never gave approval to send troops to the port.", "send", "negated"),
    # the "would" of a that-clause weighed as likely is a forecast's; a guess at what was is not one
    ("The envoy said it was becoming more likely that the republic would have to ask the court for a delay.", "ask",
     "expected"),
    ("It is very likely that the envoy lied about his talks with the junta.", "talks", "occurred"),
    # "take" and "get" tell of an act taking place only with their words of it
    ("The airstrikes did not take out the radar station.", "airstrikes", "occurred"),
    ("The airstrikes did not take place after all.", "airstrikes", "negated"),
    ("The border talks did not go well for the delegation.", "talks", "occurred"),
    ("The border talks did not go ahead.", "talks", "negated"),
]


@pytest.mark.parametrize("text,word,status", CASES)
def test_status_of_trigger(text: str, word: str, status: str) -> None:
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status
