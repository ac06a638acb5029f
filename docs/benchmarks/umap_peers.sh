#!/usr/bin/env bash
# Driftscope's UMAP beside uwot (r-cran-uwot) on the same benchmark points, one after another in one
# sitting (issue 23): 15 neighbours, Euclidean, min_dist 0.1 (umap-learn's default and Driftscope's;
# uwot's own is 0.01), each tool's default epochs (500 up to 10,000 points), two threads (uwot's
# neighbour search; its optimisation runs on one thread by default, Driftscope's on every core). Every
# layout is scored the same way: the mean share of each point's 10 nearest in 100-D among its 10
# nearest in 2-D (exact search), and the share of its 10 nearest on screen from its own cluster.
# Outside `mvn verify`.
# Usage: docs/benchmarks/umap_peers.sh [SHARED_DATA] [SIZES...]   (after mvn test-compile)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "${1:-$here/../shared/data}" && pwd)"; shift || true
sizes=("${@:-1000 10000}")
out=$(mktemp -d)
cd "$here"
mvn -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" > /dev/null
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
for n in ${sizes[@]}; do
  java -cp "$cp" org.driftscope.projection.PeerBench "$data" "$n" "$out/driftscope-$n.f64" umap
  Rscript -e "
    x <- matrix(readBin('$data/bench/gauss10_n10000_d100.f32', 'numeric', n = 1e6, size = 4, endian = 'little'), ncol = 100, byrow = TRUE)[1:$n, ]
    set.seed(1)
    t <- system.time(y <- uwot::umap(x, n_neighbors = 15, min_dist = 0.1, n_threads = 2))[['elapsed']]
    cat(sprintf('uwot n=%d %.2f s\n', $n, t))
    writeBin(as.vector(t(y)), '$out/uwot-$n.f64', size = 8, endian = 'little')"
  /usr/bin/python3 - "$data" "$n" "$out" <<'PY'
import sys, numpy as np
from sklearn.neighbors import NearestNeighbors
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
x = np.fromfile(data + "/bench/gauss10_n10000_d100.f32", dtype="<f4").reshape(-1, 100)[:n].astype(np.float64)
labels = np.fromfile(data + "/bench/gauss10_n10000_d100_labels.i32", dtype="<i4")[:n]
def knn(z):
    return NearestNeighbors(n_neighbors=11).fit(z).kneighbors(z, return_distance=False)[:, 1:]
high = knn(x)
for who in ("driftscope", "uwot"):
    y = np.fromfile("%s/%s-%d.f64" % (out, who, n), dtype="<f8").reshape(-1, 2)
    low = knn(y)
    share = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(high, low)])
    # a cluster is drawn whole when each of its points' 10 nearest on screen are from its own cluster
    purity = np.mean(labels[low] == labels[:, None])
    print("%s n=%d 10-NN %.3f, screen neighbours from the same cluster %.3f" % (who, n, share, purity))
PY
done
rm -rf "$out"
