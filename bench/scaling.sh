#!/usr/bin/env bash
# End to end and scaling: the full default recipe (bench/backbone.sh) at several input sizes on local[1] and
# local[2], with the machine's load average printed next to every figure (a loaded machine slows every run).
#   bench/scaling.sh [SIZES_MB="100 300 1000"] [CORES="1 2"]
# Each line: size, cores, MB/s, MB/s per core, load average before the run. Speed-up = MB/s at local[2] over
# local[1] for the same size. Cores needed for a monthly token target: see docs/BENCHMARKS.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sizes="${1:-100 300 1000}"; cores_list="${2:-1 2}"
for size in $sizes; do
  for cores in $cores_list; do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    line="$("$here/backbone.sh" "$size" "$cores" fast | grep '^backbone:')"
    echo "$line | load average before: $load | $(nproc) cores, $(date -u +%FT%TZ)"
  done
done
