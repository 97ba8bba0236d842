"""bench/calibrate_fusion.py's own extraction (``--extract``): the events as the fuser gets them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from calibrate_fusion import event_of, unfused  # noqa: E402

from communique.types import GOVERNMENT_NAMED  # noqa: E402


def test_unfused_events_keep_what_their_exchange_lines_leave_out_and_are_not_linked(tmp_path: Path):
    docs = tmp_path / "docs.jsonl"
    texts = {"a1": "The Trump administration imposed new sanctions on Iran on Monday, targeting its oil exports.",
             "b1": "The Trump administration on Monday imposed sanctions on Iran that target its oil exports."}
    docs.write_text("".join(json.dumps({"id": k, "text": t, "published": "2019-06-17"}) + "\n"
                            for k, t in texts.items()), encoding="utf-8")
    rows, events = unfused([str(docs)])
    assert [r["doc_id"] for r in rows] == [e.doc_id for e in events] == ["a1", "b1"]
    # a leader named only through his government counts as his state in fusion: the exchange line
    # does not say so, the event does
    assert all(e.extra.get(GOVERNMENT_NAMED) == ["Donald Trump"] for e in events)
    assert not any(GOVERNMENT_NAMED in event_of(r).extra for r in rows)
    assert events[0].event_id != events[1].event_id  # fusion is left to the calibration
