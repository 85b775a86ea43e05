#!/usr/bin/env python3
"""Builds the real-text corpora for the safety / PII / decontamination benchmarks, from Debian packages.

  apt-get install -y manpages-zh fortunes-zh man-db      # Chinese man pages, Tang/Song poems, Chinese fortunes
  python3 bench/safety_corpus.py /tmp/jinglian-bench/safety

Writes zh.jsonl (Chinese man pages rendered to text, plus fortunes and poems grouped into ~1,500-character
documents) and en.jsonl (English man pages from this machine), one {"id", "text"} object per line.
Nothing here is committed: the texts stay on the machine that runs the benchmark.
"""
import glob
import json
import os
import re
import subprocess
import sys


def render(page):
    env = dict(os.environ, MANWIDTH="100", LANG="C.UTF-8")
    try:
        out = subprocess.run(["man", "--nj", "--nh", "-l", page], env=env, capture_output=True, timeout=30)
        text = subprocess.run(["col", "-bx"], input=out.stdout, capture_output=True).stdout
        return text.decode("utf-8", "replace").strip()
    except Exception:
        return ""


def fortunes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = re.sub(r"\x1b\[[0-9;]*m", "", f.read())  # the poem files colour their titles
    return [p.strip() for p in text.split("\n%\n") if p.strip()]


def grouped(pieces, size):
    doc = []
    n = 0
    for p in pieces:
        doc.append(p)
        n += len(p)
        if n >= size:
            yield "\n\n".join(doc)
            doc, n = [], 0
    if doc:
        yield "\n\n".join(doc)


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "zh.jsonl"), "w", encoding="utf-8") as zh:
        k = 0
        for page in sorted(glob.glob("/usr/share/man/zh_CN/man*/*")):
            text = render(page)
            if len(text) > 200:
                zh.write(json.dumps({"id": "man-zh-%d" % k, "text": text}, ensure_ascii=False) + "\n")
                k += 1
        for name in ("chinese", "tang300", "song100"):
            path = "/usr/share/games/fortunes/%s.u8" % name
            if not os.path.exists(path):
                path = "/usr/share/games/fortunes/%s" % name
            for text in grouped(fortunes(path), 1500):
                zh.write(json.dumps({"id": "%s-%d" % (name, k), "text": text}, ensure_ascii=False) + "\n")
                k += 1
    with open(os.path.join(out_dir, "en.jsonl"), "w", encoding="utf-8") as en:
        k = 0
        for page in sorted(glob.glob("/usr/share/man/man[1-8]/*"))[:3000]:
            text = render(page)
            if len(text) > 200:
                en.write(json.dumps({"id": "man-en-%d" % k, "text": text}) + "\n")
                k += 1


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/jinglian-bench/safety")
