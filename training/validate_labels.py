"""Check a label file against its input batch: python3 validate_labels.py BATCH.jsonl LABELS.jsonl"""
import collections, json, re, sys

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUS = {"occurred", "planned", "expected", "hypothetical", "negated"}
CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,11}$")
batch = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
labels = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
errors, types = [], collections.Counter()
for i, lab in enumerate(labels):
    if i >= len(batch):
        errors.append(f"line {i+1}: more label lines than input lines"); break
    src = batch[i]
    if lab.get("sid") != src["sid"]:
        errors.append(f"line {i+1}: sid {lab.get('sid')!r} != input {src['sid']!r} (same order, one line each)"); continue
    for ev in lab.get("events", []):
        t = ev.get("type")
        types[t] += 1
        where = f"line {i+1} ({src['sid']})"
        if t not in TYPES: errors.append(f"{where}: type {t!r}")
        if ev.get("status") not in STATUS: errors.append(f"{where}: status {ev.get('status')!r}")
        trig = ev.get("trigger")
        if not trig or trig not in src["text"]: errors.append(f"{where}: trigger {trig!r} not in text")
        for role in ("source", "target"):
            c = ev.get(role)
            if c is not None and not CODE.match(str(c)): errors.append(f"{where}: {role} code {c!r}")
            st = ev.get(role + "_text")
            if st and st not in src["text"] and st not in src.get("context", ""): errors.append(f"{where}: {role}_text {st!r} not in text/context")
        for c in ev.get("participants", []):
            if not CODE.match(str(c)): errors.append(f"{where}: participant {c!r}")
        if not isinstance(ev.get("background", False), bool): errors.append(f"{where}: background must be true/false")
print(f"{len(labels)}/{len(batch)} lines labelled; {sum(1 for l in labels if l.get('events'))} with events; types {dict(types)}")
for e in errors[:40]: print("ERROR", e)
print(f"{len(errors)} error(s)")
