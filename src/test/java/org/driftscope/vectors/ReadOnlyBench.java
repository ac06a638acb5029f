package org.driftscope.vectors;

import java.nio.file.Path;

/**
 * Times {@link VectorReader#read} alone, in the JVM it starts (no launcher, no command line), for each
 * round: the first read is what a command pays; later ones find the table's pages already faulted in.
 * Outside {@code mvn verify}; docs/BENCHMARKS.md, "Whole-process loads beside gensim", session 21.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<dependencies>
 * org.driftscope.vectors.ReadOnlyBench FILE [ROUNDS]}.
 */
public final class ReadOnlyBench {
    private ReadOnlyBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            WordVectors vectors = VectorReader.read(file);
            System.out.printf("read %d: %.0f ms, %,d rows%n", r, (System.nanoTime() - start) / 1e6, vectors.size());
        }
    }
}
