package org.driftscope.training;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftscope.run.Workspace;

/**
 * Writes issue 8's MR recipe as Driftscope prepares it (tokens, split, padded index rows, the initial
 * tables) for the PyTorch reference in docs/benchmarks/kim_cnn_pytorch.py, so that both train on exactly
 * the same numbers: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.driftscope.training.TorchExport -Dexec.args="../shared/data target/mr-torch"}.
 */
public final class TorchExport {
    private TorchExport() {}

    public static void main(String[] args) throws Exception {
        Workspace workspace = MovieReviewRegimes.workspace(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Regime regime : List.of(Regime.RAND, Regime.NON_STATIC)) {
            TrainingData data = TrainingData.prepare(
                    workspace.dataset(), workspace.vectors(), MovieReviewRegimes.config(regime, 10), List.of());
            String table = regime == Regime.RAND ? "table-rand.f32" : "table-pretrained.f32";
            write(out.resolve(table), data.initialEmbedding);
            if (regime == Regime.RAND) {
                write(out.resolve("train.i32"), data.trainTokens);
                write(out.resolve("train-labels.i32"), new int[][] {data.trainLabels});
                write(out.resolve("validation.i32"), data.validationTokens);
                write(out.resolve("validation-labels.i32"), new int[][] {data.validationLabels});
                Files.writeString(
                        out.resolve("shape.txt"),
                        data.vocabularySize() + " " + data.dimension + " " + data.length + " "
                                + data.labels().size() + "\n");
            }
        }
        System.out.println("wrote " + out);
        System.exit(0);
    }

    private static void write(Path file, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        Files.write(file, bytes.array());
    }

    private static void write(Path file, int[][] rows) throws IOException {
        int n = 0;
        for (int[] row : rows) {
            n += row.length;
        }
        ByteBuffer bytes = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int[] row : rows) {
            for (int v : row) {
                bytes.putInt(v);
            }
        }
        Files.write(file, bytes.array());
    }
}
