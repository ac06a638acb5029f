#!/usr/bin/env bash
# Whole-process loads of the 400,000 x 300 bench files (made by VectorLoadBench) by Driftscope's
# `driftscope inspect` and by gensim 4.2's KeyedVectors.load_word2vec_format, alternated, warm page
# cache; elapsed seconds and peak resident memory of each process (issue 23). A second launcher
# (BASELINE=path/to/bin/driftscope) runs in the same rounds, e.g. an image of the code before a change.
# Usage: docs/benchmarks/vectors_vs_gensim.sh [DIR] [ROUNDS]   (FILES="glove-400k-300d.bin" for one of them)
set -euo pipefail
dir=${1:-/tmp/driftscope-bench}
rounds=${2:-3}
here="$(cd "$(dirname "$0")/../.." && pwd)"
driftscope="$here/target/image/Driftscope/bin/driftscope"
measure() { # label, file, command...
  local label=$1 file=$2; shift 2
  # warm the page cache before every process, not once per file: this VM's DAMON pages cold file
  # pages out within minutes, so a read late in a round would otherwise come partly from disk
  cat "$file" > /dev/null
  /usr/bin/time -f "$label %e s %M KB" "$@" > /dev/null 2> >(grep -E "^$label " >&2)
  sleep 1
}
for file in ${FILES:-glove-400k-300d.txt glove-400k-300d.bin}; do
  binary=False; noheader=True # GloVe text has no header line
  [[ $file == *.bin ]] && binary=True && noheader=False
  for ((r = 1; r <= rounds; r++)); do
    measure "driftscope $file" "$dir/$file" "$driftscope" inspect "$dir/$file"
    if [[ -n ${BASELINE:-} ]]; then
      measure "baseline $file" "$dir/$file" "$BASELINE" inspect "$dir/$file"
    fi
    measure "gensim $file" "$dir/$file" /usr/bin/python3 -c "
from gensim.models import KeyedVectors
KeyedVectors.load_word2vec_format('$dir/$file', binary=$binary, no_header=$noheader)"
  done
done
