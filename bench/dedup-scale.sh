#!/usr/bin/env bash
# Exact + near dedup at growing corpus sizes (time per MB, peak heap). Generates the corpora first.
# Usage: bench/dedup-scale.sh [sample-data dir] [sizes in MB, default 100,1000] [work dir]
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" dev.jinglian.bench.DedupScaleBench "$@"
