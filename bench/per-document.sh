#!/usr/bin/env bash
# Per-document stage costs side by side (one JVM, one thread, no Spark) on a slice of the benchmark corpus.
#   bench/per-document.sh [MB=30] [STAGE]   (STAGE: only stages whose name contains it, e.g. "whole";
#   BENCH_JAVA_OPTS="-Xmx4g -XX:StartFlightRecording=filename=/tmp/refine.jfr,settings=profile" to profile)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mb="${1:-30}"
corpus="${BENCH_DIR:-/tmp/jinglian-bench}/corpus-$mb"
[ -d "$corpus" ] || python3 "$here/make_corpus.py" "$corpus" "$mb"
"$here/run-main.sh" dev.jinglian.bench.PerDocumentBench "$(ls "$corpus"/*.jsonl | head -1)" "$((mb * 1000000))" \
  "${2:-}" 2>&1 | grep -v WARN
echo "load: $(uptime)"
