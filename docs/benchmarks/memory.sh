#!/usr/bin/env bash
# How a headless run's memory grows with the words it draws (issue 23): `driftscope train` on MR
# (../shared/data/mr-rt-polarity) with the GloVe 50d head, non-static, 2 epochs, at --track-top 1000 and
# 8000 (the vectors cover about 5,800 of MR's words, so 8000 draws them all), with the options of the
# image's `driftscope` launcher (-XX:MaxRAMPercentage=75). Each run logs its collections: the largest
# heap left after a collection (what the run kept alive at its fullest) and the largest committed heap;
# /usr/bin/time gives the peak RSS. With BASELINE (another build's target/classes), each size runs
# that build first, then this one, ROUNDS times; THIS_OPTIONS adds JVM options to this build's runs only
# (with BASELINE=target/classes: the same build with and without them). Outside `mvn verify`.
# Usage: [THIS_OPTIONS=...] docs/benchmarks/memory.sh [SHARED_DATA] [BASELINE_CLASSES] [ROUNDS]   (after mvn test-compile)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "${1:-$here/../shared/data}" && pwd)"
baseline="${2:-}"
rounds="${3:-1}"
out=$(mktemp -d)
cd "$here"
mvn -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" > /dev/null
deps="$(cat "$out/cp.txt")"
run() { # build classes track-top [options]
  local build=$1 classes=$2 top=$3 options=${4:-}
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$out/time" java -XX:MaxRAMPercentage=75 $options -Xlog:gc:file="$out/gc.log" \
    -cp "$classes:$deps" org.driftscope.cli.Main train --vectors "$data/glove-6B-50d-head9163/glove.6B.50d.txt" \
    --data "$data/mr-rt-polarity" --epochs 2 --track-top "$top" --quiet --force --out "$out/run" > /dev/null 2>&1
  read -r seconds rss < "$out/time"
  local after committed
  after=$(grep -oE -- '->[0-9]+M\(' "$out/gc.log" | sed -E 's/->([0-9]+)M.*/\1/' | sort -n | tail -1)
  committed=$(grep -oE -- '\([0-9]+M\) [0-9.]+ms' "$out/gc.log" | sed -E 's/\(([0-9]+)M.*/\1/' | sort -n | tail -1)
  printf '| %s | %s | %s s | %s MB | %s MB | %d MB |\n' "$build" "$top" "$seconds" "${after:-?}" "${committed:-?}" $((rss / 1024))
}
echo "| build | --track-top | time | largest heap after a collection | largest committed heap | peak RSS |"
echo "|---|---|---|---|---|---|"
for r in $(seq 1 "$rounds"); do
  for top in 1000 8000; do
    if [ -n "$baseline" ]; then run baseline "$baseline" "$top"; fi
    run "this${THIS_OPTIONS:+ $THIS_OPTIONS}" "target/classes" "$top" "${THIS_OPTIONS:-}"
  done
done
rm -rf "$out"
