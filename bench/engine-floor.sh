#!/usr/bin/env bash
# Spark alone on the backbone's input and output, no per-document work: the lower bound of bench/backbone.sh.
#   bench/engine-floor.sh [SIZE_MB=500] [CORES=2] [SHARDS=2]
# Reads the same corpus as bench/backbone.sh SIZE (built once by bench/make_corpus.py) with Spark's JSON reader
# and writes SHARDS zstd Parquet shards sorted by key, each mode in a fresh JVM: "table" through a Parquet table
# as the backbone does, "direct" with no table in between. Prints the phases and the time from JVM start (Maven's
# build check before it is not counted).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
size="${1:-500}"; cores="${2:-2}"; shards="${3:-2}"
work="${BENCH_DIR:-/tmp/jinglian-bench}"
corpus="$work/corpus-$size"
[ -d "$corpus" ] || python3 "$here/make_corpus.py" "$corpus" "$size"
for mode in table direct; do
  BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx8g -XX:+UseParallelGC}" "$here/run-main.sh" \
    dev.jinglian.bench.EngineFloorBench "$corpus" "$work/engine-floor" "$cores" "$shards" "$mode" 2>&1 | grep -v WARN
done
echo "load: $(uptime)"
