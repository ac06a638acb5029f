#!/usr/bin/env bash
# The planned heap (decision 0026) beside the launcher's share of the machine (issue 23): `driftscope
# train` on MR (../shared/data/mr-rt-polarity), non-static, 2 epochs, with the options of the image's
# `driftscope` launcher, first without -Ddriftscope.heap=auto (the heap may grow to 75% of the machine),
# then with it (train runs again in a second Java with -Xmx from its inputs), ROUNDS times. Peak RSS is
# that of the whole process tree (both Javas), sampled every 0.2 s. VECTORS defaults to the GloVe 50d
# head; TOP is --track-top. Outside `mvn verify`.
# Usage: docs/benchmarks/planned_heap.sh [SHARED_DATA] [ROUNDS] [TOP] [VECTORS]   (after mvn compile)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "${1:-$here/../shared/data}" && pwd)"
rounds="${2:-1}"
top="${3:-8000}"
vectors="${4:-$data/glove-6B-50d-head9163/glove.6B.50d.txt}"
out=$(mktemp -d)
cd "$here"
mvn -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" > /dev/null
cp -r target/classes "$out/classes" # a rebuild during the runs cannot pull classes from under them
cp="$out/classes:$(cat "$out/cp.txt")"
run() { # label [options]
  local label=$1 options=${2:-} start pid max=0 total pids rss
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -XX:MaxRAMPercentage=75 -XX:GCTimeRatio=4 $options -cp "$cp" org.driftscope.cli.Main train \
    --vectors "$vectors" --data "$data/mr-rt-polarity" --epochs 2 --track-top "$top" --force --out "$out/run" \
    > "$out/log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    pids="$pid $(pgrep -P "$pid" | tr "\n" " " || true)" # pgrep fails when there is no child yet
    total=0
    for p in $pids; do
      rss=$(awk '/VmRSS/{print $2}' "/proc/$p/status" 2> /dev/null || true) # a zombie has no VmRSS line
      total=$((total + ${rss:-0}))
    done
    if [ "$total" -gt "$max" ]; then max=$total; fi
    sleep 0.2
  done
  wait "$pid"
  local heap
  heap=$(grep -o 'Java heap limited to [0-9,]* MB' "$out/log" | grep -o '[0-9,]* MB' || echo "75% of RAM")
  printf '| %s | %s | %.1f s | %d MB |\n' "$label" "$heap" "$(echo "$(date +%s.%N) - $start" | bc)" $((max / 1024))
}
echo "| launcher | heap limit | time | peak RSS, both Javas |"
echo "|---|---|---|---|"
for r in $(seq 1 "$rounds"); do
  run "75% of RAM"
  run "planned" "-Ddriftscope.heap=auto"
done
rm -rf "$out"
