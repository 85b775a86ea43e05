#!/usr/bin/env bash
# Report benchmark: runs the sample-style recipe on a generated corpus of SIZE_MB megabytes (default 200) and prints
# the report's size and generation time. Usage: bench/report-bench.sh [SIZE_MB] [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-200}"
work="${2:-/tmp/jinglian-report-bench}"
corpus="$work/corpus-$size"
[ -f "$corpus/zh.jsonl" ] || python3 "$here/bench/make_report_corpus.py" "$corpus" "$size"
cat > "$work/recipe-$size.yaml" <<YAML
name: report-bench-$size
output: $work/run-$size
sources:
  - {name: zh, path: $corpus/zh.jsonl}
  - {name: other, path: $corpus/other.jsonl}
filters:
  length: {min_chars: 200, max_chars: 1200}
YAML
"$here/jinglian" run "$work/recipe-$size.yaml" --force
run="$work/run-$size"
echo "input:       $(du -sb "$corpus" | cut -f1) bytes"
echo "index.html:  $(stat -c %s "$run/report/index.html") bytes"
echo "data.json:   $(stat -c %s "$run/report/data.json") bytes"
echo "timings (ms): $(tr -d '\n ' < "$run/stats/timings.json")"
