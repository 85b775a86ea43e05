#!/usr/bin/env bash
# Backbone throughput: read -> normalize -> HanLP words + BPE tokens -> write shards, on local[CORES].
#   bench/backbone.sh [SIZE_MB=500] [CORES=2] [SEGMENTER=fast]
# Prints MB of input per second per core. The corpus is built once from sample-data/ (bench/make_corpus.py).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
size="${1:-500}"; cores="${2:-2}"; segmenter="${3:-fast}"
work="${BENCH_DIR:-/tmp/jinglian-bench}"
corpus="$work/corpus-$size"
[ -d "$corpus" ] || python3 "$here/make_corpus.py" "$corpus" "$size"
bytes=$(cat "$corpus"/*.jsonl | wc -c)
recipe="$work/backbone-$size-$segmenter.yaml"
cat > "$recipe" <<YAML
name: bench-backbone
output: $work/out-backbone-$size-$segmenter
sources:
  - name: mixed
    path: $corpus
tokenizer: {segmenter: $segmenter}
YAML
(cd "$root" && mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package >/dev/null)
TIMEFORMAT='%R %U %S'
timing=$( { time JINGLIAN_JAVA_OPTS="${JINGLIAN_JAVA_OPTS:--Xmx8g}" "$root/jinglian" run "$recipe" \
  --master "local[$cores]" --force >"$work/backbone-$size.log" 2>&1 ; } 2>&1 )
grep -E "finished|total:" "$work/backbone-$size.log" || { cat "$work/backbone-$size.log"; exit 1; }
python3 - "$bytes" "$cores" "$segmenter" $timing "$(uptime)" <<'PY'
import sys
b, c, seg = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
wall, user, system = float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
cpu = user + system
print(f"backbone: {b/1e6:.0f} MB on local[{c}], segmenter {seg}: wall {wall:.1f} s = {b/1e6/wall/c:.2f} MB/s per core; "
      f"CPU {cpu:.1f} s = {b/1e6/cpu:.2f} MB per CPU-second (includes JVM/Spark start and dictionary loading)")
print("load:", sys.argv[7])
PY
