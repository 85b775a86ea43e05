#!/usr/bin/env bash
# Runs a benchmark main class from src/test/java with the test classpath (Spark, MLlib included).
# Usage: bench/run-java.sh <main class> [args...]   (JAVA_HEAP overrides the heap, default 6g)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2046
exec java -Xmx"${JAVA_HEAP:-6g}" $(grep -v '^#' jobs/java17-opens.txt) \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$@"
