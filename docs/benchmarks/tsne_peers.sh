#!/usr/bin/env bash
# Driftscope's t-SNE beside Rtsne (r-cran-rtsne) and scikit-learn (python3-sklearn) on the same
# benchmark points, one after another in one sitting (issue 23): perplexity 30, 1,000 iterations,
# Barnes-Hut theta 0.5, two threads each; every layout scored the same way (mean share of each
# point's 10 nearest in 100-D among its 10 nearest in 2-D, exact search). Outside `mvn verify`.
# Usage: docs/benchmarks/tsne_peers.sh [SHARED_DATA] [SIZES...]   (after mvn test-compile)
# BASELINE=/path/to/an/older/checkout (test-compiled) runs that build's PeerBench too, in the same sitting.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "${1:-$here/../shared/data}" && pwd)"; shift || true
sizes=("${@:-5000 10000}")
out=$(mktemp -d)
cd "$here"
mvn -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" > /dev/null
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
for n in ${sizes[@]}; do
  java -cp "$cp" org.driftscope.projection.PeerBench "$data" "$n" "$out/driftscope-$n.f64" tsne
  if [ -n "${BASELINE:-}" ]; then
    java -cp "$BASELINE/target/test-classes:$BASELINE/target/classes:$(cat "$out/cp.txt")" \
      org.driftscope.projection.PeerBench "$data" "$n" "$out/baseline-$n.f64" tsne | sed 's/^driftscope/baseline/'
  fi
  Rscript -e "
    x <- matrix(readBin('$data/bench/gauss10_n10000_d100.f32', 'numeric', n = 1e6, size = 4, endian = 'little'), ncol = 100, byrow = TRUE)[1:$n, ]
    t <- system.time(y <- Rtsne::Rtsne(x, perplexity = 30, max_iter = 1000, theta = 0.5, pca = FALSE,
                                       check_duplicates = FALSE, num_threads = 2)\$Y)[['elapsed']]
    cat(sprintf('Rtsne n=%d %.2f s\n', $n, t))
    writeBin(as.vector(t(y)), '$out/rtsne-$n.f64', size = 8, endian = 'little')"
  /usr/bin/python3 - "$data" "$n" "$out" <<'PY'
import sys, time, numpy as np
from sklearn.manifold import TSNE
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
x = np.fromfile(data + "/bench/gauss10_n10000_d100.f32", dtype="<f4").reshape(-1, 100)[:n].astype(np.float64)
t = time.time()
y = TSNE(perplexity=30, n_iter=1000, angle=0.5, init="random", learning_rate="auto",
         method="barnes_hut", n_jobs=2, random_state=1).fit_transform(x)
print("scikit-learn n=%d %.2f s" % (n, time.time() - t))
y.astype("<f8").tofile(out + "/sklearn-%d.f64" % n)
PY
  /usr/bin/python3 - "$data" "$n" "$out" <<'PY'
import sys, numpy as np
from sklearn.neighbors import NearestNeighbors
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
x = np.fromfile(data + "/bench/gauss10_n10000_d100.f32", dtype="<f4").reshape(-1, 100)[:n].astype(np.float64)
def knn(z):
    return NearestNeighbors(n_neighbors=11).fit(z).kneighbors(z, return_distance=False)[:, 1:]
high = knn(x)
import os
for who in ("driftscope", "baseline", "rtsne", "sklearn"):
    if not os.path.exists("%s/%s-%d.f64" % (out, who, n)):
        continue
    y = np.fromfile("%s/%s-%d.f64" % (out, who, n), dtype="<f8").reshape(-1, 2)
    low = knn(y)
    share = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(high, low)])
    print("%s n=%d 10-NN %.3f" % (who, n, share))
PY
done
rm -rf "$out"
