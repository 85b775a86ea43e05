#!/usr/bin/env python3
"""Builds a large mixed Chinese/English JSONL corpus for benchmarks from the real texts in sample-data/.

Documents are real paragraphs re-combined, so text statistics (script mix, word lengths, punctuation) stay those
of real text while the corpus reaches any size. About 60 % of the bytes are Chinese, 40 % English. Deterministic
for a given seed. Two kinds:
  --kind runs (default): 4-40 consecutive paragraphs of one random real document. The sample has ~6 MB of text,
      so at 100 MB and beyond nearly every document is an exact or near duplicate of another (a dedup-heavy corpus).
  --kind shuffled: 4-16 paragraphs drawn at random from documents of one language. Documents are almost all
      distinct and share little text, so dedup removes few and most documents reach the shards, as in a corpus
      that was deduplicated upstream.

usage: bench/make_corpus.py OUT_DIR SIZE_MB [--seed N] [--file-mb 64] [--kind runs|shuffled]
"""
import argparse, gzip, json, os, random, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample-data")


def jsonl(path, field):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def paragraphs_of(texts):
    out = []
    for t in texts:
        ps = [p for p in t.split("\n\n") if p.strip()]
        if ps:
            out.append(ps)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("size_mb", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--file-mb", type=int, default=64)
    ap.add_argument("--kind", choices=["runs", "shuffled"], default="runs")
    a = ap.parse_args()
    zh = paragraphs_of(jsonl(f"{ROOT}/zh/manpages.jsonl.gz", "content") + jsonl(f"{ROOT}/zh/debian-reference.jsonl", "text")
                       + jsonl(f"{ROOT}/zh/poetry.jsonl", "text")
                       + open(f"{ROOT}/zh/fortunes.txt", encoding="utf-8").read().split("\n\n"))
    en = paragraphs_of(jsonl(f"{ROOT}/en/package-descriptions.jsonl", "text") + jsonl(f"{ROOT}/en/spam.jsonl", "text"))
    rnd = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    target = a.size_mb * 1_000_000
    written, part, n = 0, 0, 0
    f, fbytes = None, 0
    while written < target:
        if f is None or fbytes >= a.file_mb * 1_000_000:
            if f:
                f.close()
            f = open(os.path.join(a.out, f"part-{part:05d}.jsonl"), "w", encoding="utf-8")
            part, fbytes = part + 1, 0
        pool = zh if rnd.random() < 0.6 else en
        if a.kind == "runs":
            doc = rnd.choice(pool)
            start = rnd.randrange(len(doc))
            text = "\n\n".join(doc[start:start + rnd.randint(4, 40)])
        else:
            text = "\n\n".join(rnd.choice(rnd.choice(pool)) for _ in range(rnd.randint(4, 16)))
        line = json.dumps({"id": f"b{n}", "text": text}, ensure_ascii=False) + "\n"
        size = len(line.encode("utf-8"))
        f.write(line)
        fbytes += size
        written += size
        n += 1
    f.close()
    print(f"wrote {n} documents, {written / 1e6:.1f} MB in {part} files to {a.out}")


if __name__ == "__main__":
    sys.exit(main())
