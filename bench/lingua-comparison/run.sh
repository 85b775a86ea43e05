#!/usr/bin/env bash
# One-off lingua vs Optimaize comparison behind the choice of detector (lingua is not a project dependency).
# Usage: bench/lingua-comparison/run.sh [path/to/sample-data/langid/descriptions.jsonl]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${1:-$here/../../sample-data/langid/descriptions.jsonl}"
out="$(mktemp -d)"
mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >&2
javac -d "$out" -cp "$(cat "$out/cp.txt")" "$here/LinguaVsOptimaize.java"
java -Xmx6g -cp "$out:$(cat "$out/cp.txt")" LinguaVsOptimaize "$data"
