#!/usr/bin/env bash
# A whole `driftscope train` run at scale through application images, alternated (issue 23's stand-in for
# AG News): MR (../shared/data/mr-rt-polarity) with the GloVe 50d head, non-static, 2 epochs,
# --track-top 8000 (all 5,809 words the vectors cover), each image's own launcher (planned heap).
# The inputs are read once before every run so each starts with a warm page cache. Outside `mvn verify`.
# Usage: docs/benchmarks/train_images.sh SHARED_DATA ROUNDS IMAGE...   (IMAGE: a copy of target/image/Driftscope)
set -euo pipefail
data="$(cd "$1" && pwd)"
rounds=$2
shift 2
out=$(mktemp -d)
vectors="$data/glove-6B-50d-head9163/glove.6B.50d.txt"
echo "| round | image | time | peak RSS |"
echo "|---|---|---|---|"
for r in $(seq 1 "$rounds"); do
  for image in "$@"; do
    cat "$vectors" "$data"/mr-rt-polarity/rt-polarity.* > /dev/null
    /usr/bin/time -f "%e %M" -o "$out/time" "$image/bin/driftscope" train --vectors "$vectors" \
      --data "$data/mr-rt-polarity" --epochs 2 --track-top 8000 --force --quiet --out "$out/run" > /dev/null 2>&1
    read -r seconds rss < "$out/time"
    printf '| %s | %s | %s s | %d MB |\n' "$r" "$image" "$seconds" $((rss / 1024))
  done
done
rm -rf "$out"
