#!/usr/bin/env bash
# Near-dedup quality (F1 against brute-force Jaccard) and speed against Spark MLlib MinHashLSH.
# Usage: bench/dedup-quality.sh [sample-data dir] [copies] [--no-mllib]
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" dev.jinglian.bench.DedupQualityBench "$@"
