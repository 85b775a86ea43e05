#!/usr/bin/env bash
# Proxy-model training benchmark (tokens/s per core, model size vs tokens): see ProxyTrainBench's Javadoc.
# Usage: bench/proxy-train.sh [work-dir] [sizes, e.g. 1000000,10000000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >&2
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2046
exec java -Xmx8g $(grep -v '^#' jobs/java17-opens.txt) \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" dev.jinglian.bench.ProxyTrainBench "$@"
