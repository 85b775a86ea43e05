#!/usr/bin/env python3
"""Writes a JSON-lines corpus of about SIZE_MB megabytes for the report benchmark, from real text on the machine:
Vim's tutor lessons in every language Debian ships (vim-runtime, /usr/share/vim/vim90/tutor/*.utf-8).

Copies are perturbed so documents differ (seeded): each copy drops, repeats or swaps some lines of a lesson, and a
share of the copies is cut to a fragment, so length filters fire on both sides. Usage:
  python3 bench/make_report_corpus.py OUT_DIR SIZE_MB
Writes OUT_DIR/zh.jsonl (Chinese tutors) and OUT_DIR/other.jsonl (every other language), about half each.
"""
import glob
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                                "fixtures", "vimtutor"))
from make_fixture import lessons  # noqa: E402  (the fixture's lesson splitter)

out_dir, size_mb = sys.argv[1], float(sys.argv[2])
tutor = "/usr/share/vim/vim90/tutor"


groups = {"zh": [], "other": []}
for f in sorted(glob.glob(f"{tutor}/tutor*.utf-8")):
    name = os.path.basename(f)
    key = "zh" if ".zh" in name else "other"
    groups[key].extend((name, l) for l in lessons(f) if l.strip())

rng = random.Random(42)
os.makedirs(out_dir, exist_ok=True)
target = size_mb * 1e6 / 2
for key, docs in groups.items():
    written = 0
    copy = 0
    with open(f"{out_dir}/{key}.jsonl", "w", encoding="utf-8") as out:
        while written < target:
            for name, text in docs:
                lines = text.split("\n")
                for _ in range(rng.randint(0, 4)):
                    i = rng.randrange(len(lines))
                    op = rng.random()
                    if op < 0.4:
                        del lines[i]
                    elif op < 0.7:
                        lines.insert(i, lines[i])
                    else:
                        j = rng.randrange(len(lines))
                        lines[i], lines[j] = lines[j], lines[i]
                    if not lines:
                        lines = [text]
                if rng.random() < 0.05:
                    lines = lines[: rng.randint(1, 3)]
                doc = json.dumps({"id": f"{name}#{copy}#{written}", "text": "\n".join(lines)}, ensure_ascii=False)
                out.write(doc + "\n")
                written += len(doc.encode("utf-8")) + 1
                if written >= target:
                    break
            copy += 1
    print(f"{out_dir}/{key}.jsonl: {written / 1e6:.1f} MB")
