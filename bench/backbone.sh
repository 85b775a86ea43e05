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
start=$(date +%s.%N)
JINGLIAN_JAVA_OPTS="${JINGLIAN_JAVA_OPTS:--Xmx8g}" "$root/jinglian" run "$recipe" --master "local[$cores]" --force \
  | grep -v WARN
end=$(date +%s.%N)
python3 - "$bytes" "$start" "$end" "$cores" "$size" "$segmenter" <<'PY'
import sys
b, s, e, c = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
secs = e - s
print(f"backbone: {b/1e6:.0f} MB in {secs:.1f} s on local[{c}] (segmenter {sys.argv[6]}): "
      f"{b/1e6/secs:.2f} MB/s, {b/1e6/secs/c:.2f} MB/s per core (wall time includes JVM and Spark start)")
PY
