#!/usr/bin/env bash
# Runs a main class from the test sources (benchmarks, generators) on one JVM, outside the CI test run.
# Usage: bench/run-main.sh dev.jinglian.bench.LanguageIdBench [args...]
# JVM options: BENCH_JAVA_OPTS (default -Xmx4g). Builds test classes when needed (offline if deps are cached).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cp_file=target/test-classpath.txt
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
# shellcheck disable=SC2046
exec java ${BENCH_JAVA_OPTS:--Xmx4g} $(grep -v '^#' jobs/java17-opens.txt) \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" "$@"
