#!/usr/bin/env bash
# The window's heap options against the fixed -Xmx4g it had until session 21 (issue 23, decision 0026,
# "The window"): a training run like the window's (MR + the GloVe 50d head, non-static, 2 epochs, at
# --track-top 8000 and 1000), through the command line's main in one Java with the window's other
# options (the 64 MB young generation, decision 0015; the priority policy), each configuration in turn,
# ROUNDS times. Prints the time, the largest heap left after a collection, the largest committed heap and
# the peak RSS. Outside `mvn verify`; after `mvn compile`.
# Usage: docs/benchmarks/window_heap.sh [SHARED_DATA] [ROUNDS]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "${1:-$here/../shared/data}" && pwd)"
rounds="${2:-2}"
out=$(mktemp -d)
cd "$here"
mvn -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" > /dev/null
cp -r target/classes "$out/classes" # a rebuild during the runs does not change what they run
deps="$(cat "$out/cp.txt")"
echo "| options | --track-top | time | largest heap after a collection | largest committed heap | peak RSS |"
echo "|---|---|---|---|---|---|"
for ((r = 1; r <= rounds; r++)); do
  for top in 8000 1000; do
    for options in "-Xmx4g" "-XX:MaxRAMPercentage=25 -XX:GCTimeRatio=4"; do
      # shellcheck disable=SC2086
      /usr/bin/time -f "%e %M" -o "$out/time" java $options -XX:MaxNewSize=64m -XX:ThreadPriorityPolicy=1 \
        -Xlog:gc:file="$out/gc.log" -cp "$out/classes:$deps" org.driftscope.cli.Main train \
        --vectors "$data/glove-6B-50d-head9163/glove.6B.50d.txt" --data "$data/mr-rt-polarity" --epochs 2 \
        --track-top "$top" --quiet --force --out "$out/run" > /dev/null 2>&1
      read -r seconds rss < <(tail -1 "$out/time")
      after=$(grep -oE -- '->[0-9]+M\(' "$out/gc.log" | sed -E 's/->([0-9]+)M.*/\1/' | sort -n | tail -1)
      committed=$(grep -oE -- '\([0-9]+M\) [0-9.]+ms' "$out/gc.log" | sed -E 's/\(([0-9]+)M.*/\1/' | sort -n | tail -1)
      echo "| $options | $top | $seconds s | ${after:-?} MB | ${committed:-?} MB | $((rss / 1024)) MB |"
    done
  done
done
rm -rf "$out"
