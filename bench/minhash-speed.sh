#!/usr/bin/env bash
# Single-core MinHash signature throughput (MB/s per CPU-second) on the sample corpus.
# Usage: bench/minhash-speed.sh [sample-data dir]
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" dev.jinglian.bench.MinHashSpeedBench "$@"
