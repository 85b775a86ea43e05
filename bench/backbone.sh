#!/usr/bin/env bash
# Backbone throughput: read -> normalize -> HanLP words + BPE tokens -> write shards, on local[CORES].
#   bench/backbone.sh [SIZE_MB=500] [CORES=2] [SEGMENTER=fast] [STAGES=all]
# STAGES=all: the default recipe, every default stage on (filters, tags, exact and near dedup).
# STAGES=backbone: only read -> normalize -> language label -> HanLP words + BPE tokens -> shards (every filter
# and tag family and dedup switched off): the backbone issue's definition.
# Prints MB of input per second per core. The corpus is built once from sample-data/ (bench/make_corpus.py);
# CORPUS_KIND=shuffled uses its mostly-distinct documents instead of the dedup-heavy default (runs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
size="${1:-500}"; cores="${2:-2}"; segmenter="${3:-fast}"; stages="${4:-all}"
work="${BENCH_DIR:-/tmp/jinglian-bench}"
kind="${CORPUS_KIND:-runs}"
corpus="$work/corpus-$size$([ "$kind" = runs ] || echo "-$kind")"
[ -d "$corpus" ] || python3 "$here/make_corpus.py" "$corpus" "$size" --kind "$kind"
bytes=$(cat "$corpus"/*.jsonl | wc -c)
recipe="$work/backbone-$size-$kind-$segmenter-$stages.yaml"
only_backbone=""
if [ "$stages" = backbone ]; then
  only_backbone="filters: {length: {enabled: false}, language: {enabled: false}, flagged_words: {enabled: false},
  gopher_quality: {enabled: false}, gopher_repetition: {enabled: false}, chinese: {enabled: false},
  word_tags: {enabled: false}, name_tags: {enabled: false}, register_tags: {enabled: false},
  content_tags: {enabled: false}}
dedup: {exact: {enabled: false}, near: {enabled: false}}"
fi
cat > "$recipe" <<YAML
name: bench-backbone
output: $work/out-backbone-$size-$kind-$segmenter-$stages
sources:
  - name: mixed
    path: $corpus
tokenizer: {segmenter: $segmenter}
$only_backbone
YAML
(cd "$root" && mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package >/dev/null)
TIMEFORMAT='%R %U %S'
timing=$( { time JINGLIAN_JAVA_OPTS="${JINGLIAN_JAVA_OPTS:--Xmx8g -XX:+UseParallelGC}" "$root/jinglian" run "$recipe" \
  --master "local[$cores]" --force >"$work/backbone-$size-$kind.log" 2>&1 ; } 2>&1 )
grep -E "finished|total:" "$work/backbone-$size-$kind.log" || { cat "$work/backbone-$size-$kind.log"; exit 1; }
python3 - "$bytes" "$cores" "$segmenter $stages, corpus $kind" $timing "$(uptime)" <<'PY'
import sys
b, c, seg = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
wall, user, system = float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
cpu = user + system
print(f"backbone: {b/1e6:.0f} MB on local[{c}], segmenter and stages {seg}: wall {wall:.1f} s = {b/1e6/wall/c:.2f} MB/s per core; "
      f"CPU {cpu:.1f} s = {b/1e6/cpu:.2f} MB per CPU-second (includes JVM/Spark start and dictionary loading)")
print("load:", sys.argv[7])
PY
