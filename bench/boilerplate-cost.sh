#!/usr/bin/env bash
# Cost of dedup.lines (boilerplate line removal): the refine pass with it off and on, on the dedup bench corpus.
# Usage: bench/boilerplate-cost.sh [sample-data dir] [size in MB, default 20] [work dir] [rounds, default 2]
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" dev.jinglian.bench.BoilerplateCostBench "$@"
