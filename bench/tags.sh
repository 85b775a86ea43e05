#!/usr/bin/env bash
# Extra cost of the tag families over the backbone per-document pass (same JVM, one core, sample-data/).
#   bench/tags.sh [SEGMENTER=fast] [ROUNDS=3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile >&2
[ -f target/local-classpath.txt ] || mvn -B -q -o -DskipTests package >&2
# shellcheck disable=SC2046
java -Xmx4g $(grep -v '^#' jobs/java17-opens.txt) \
  -cp "target/classes:target/test-classes:$(cat target/local-classpath.txt)" \
  dev.jinglian.bench.TagCostBench "${1:-fast}" "${2:-3}"
