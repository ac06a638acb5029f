"""gensim reads every vector file Driftscope exports (issue 21), outside `mvn verify`.

For each of the shared gensim fixtures and the GloVe head, it trains one non-static epoch on the Pang &
Lee polarity sentences gensim's own tests use, exports the tuned vectors in full as word2vec binary,
word2vec text and GloVe text, and loads each with gensim's KeyedVectors.load_word2vec_format. Each
must hold every row of the input in its order, each value equal to the projector TSV that the same
session exports, and the rows training did not touch equal to gensim's own reading of the input.

    sudo apt-get install python3-gensim
    mvn -q compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/classpath.txt
    /usr/bin/python3 src/test/python/gensim_reads_exports.py ../shared/data

prints one line per export and exits 1 if any check fails.
"""

import os
import subprocess
import sys
import tempfile

import numpy as np
from gensim.models import KeyedVectors

INPUTS = [
    ("gensim-fixtures/euclidean_vectors.bin", True, False),
    ("gensim-fixtures/lee_fasttext.vec", False, False),
    ("gensim-fixtures/pang_lee_polarity_fasttext.vec", False, False),
    ("glove-6B-50d-head9163/glove.6B.50d.txt", False, True),
]
FORMATS = [("word2vec-binary", True, False), ("word2vec-text", False, False), ("glove-text", False, True)]


def driftscope(*args):
    classpath = "target/classes" + os.pathsep + open("target/classpath.txt").read().strip()
    subprocess.run(["java", "-cp", classpath, "org.driftscope.cli.Main", *args], check=True)


def load(path, binary, glove):
    # the fixtures hold a few raw Latin-1 words; gensim's tests read them with replacement too
    return KeyedVectors.load_word2vec_format(path, binary=binary, no_header=glove, unicode_errors="replace")


def same_words(given, read):
    """Equal, but for words that are not UTF-8 in the input (gensim reads U+FFFD into them): Driftscope
    reads those as Windows-1252 and writes them as UTF-8 when the format changes, as read when not."""
    if len(given) != len(read):
        return False
    for a, b in zip(given, read):
        if a != b and "\ufffd" not in a:
            return False
    return True


def main(data):
    failures = 0
    data_file = os.path.join(data, "gensim-fixtures/pang_lee_polarity.cor")
    with tempfile.TemporaryDirectory() as tmp:
        for number, (relative, binary, glove) in enumerate(INPUTS):
            vectors = os.path.join(data, relative)
            run = os.path.join(tmp, f"run-{number}")
            driftscope("train", "--vectors", vectors, "--data", data_file, "--epochs", "1", "--quiet", "--out", run)
            session = os.path.join(run, "session.driftscope")
            tsv = os.path.join(tmp, f"ref-{number}.tsv")
            driftscope("export", session, "--what", "tsv", "--input", vectors, "--out", tsv)
            reference = np.loadtxt(tsv, delimiter="\t", dtype=np.float32, ndmin=2)
            given = load(vectors, binary, glove)
            for name, out_binary, out_glove in FORMATS:
                out = os.path.join(tmp, f"export-{number}.{name}")
                driftscope("export", session, "--what", "vectors", "--vectors-format", name, "--input", vectors,
                           "--out", out)
                read = load(out, out_binary, out_glove)
                problems = []
                if len(read) != len(given):
                    problems.append(f"{len(read)} rows, the input has {len(given)}")
                elif not same_words(given.index_to_key, read.index_to_key):
                    problems.append("the words differ from the input's, or their order")
                elif not np.array_equal(read.vectors, reference):
                    worst = float(np.max(np.abs(read.vectors - reference)))
                    problems.append(f"values differ from the projector TSV by up to {worst:g}")
                untouched = np.all(read.vectors == given.vectors, axis=1)
                tuned = len(read) - int(untouched.sum())
                if tuned == 0:
                    problems.append("no row was tuned: the check proves nothing")
                if len(read) == len(given) and not np.array_equal(reference[untouched], given.vectors[untouched]):
                    problems.append("a row training did not change differs from the input")
                print(f"{relative} -> {name}: {len(read):,} rows x {read.vector_size}, {tuned:,} tuned, "
                      + ("ok" if not problems else "FAILED: " + "; ".join(problems)))
                failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
