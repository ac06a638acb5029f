package org.driftscope.session;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.driftscope.corpus.SampleCatalog;
import org.driftscope.io.InputFileException;
import org.driftscope.run.Runs;
import org.driftscope.run.Workspace;
import org.driftscope.training.RunConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tampered session files (issue 20): each is refused with one line that names the file and what in it
 * is wrong, never an index, arithmetic or parse error from inside the rebuild, and never by reading
 * more than the entry may hold.
 */
@Tag("slow")
class SessionFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Session session;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        Workspace workspace = Workspace.open(SampleCatalog.find("sentiment").orElseThrow());
        session = Runs.session(workspace, RunConfig.defaults().withEpochs(2));
    }

    /** A change to one entry of the session: its name and the new bytes made from the old. */
    private record Edit(String entry, java.util.function.UnaryOperator<byte[]> change) {}

    private static Edit json(Consumer<ObjectNode> change) {
        return new Edit("session.json", bytes -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(bytes);
                change.accept(root);
                return JSON.writeValueAsBytes(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The entry's little-endian floats or doubles with value {@code index} replaced. */
    private static Edit number(String entry, int width, int index, double value) {
        return new Edit(entry, bytes -> {
            ByteBuffer b = ByteBuffer.wrap(bytes.clone()).order(ByteOrder.LITTLE_ENDIAN);
            if (width == 4) {
                b.putFloat(4 * index, (float) value);
            } else {
                b.putDouble(8 * index, value);
            }
            return b.array();
        });
    }

    /** The entry replaced by {@code size} zero bytes: a small compressed file that inflates hugely. */
    private static Edit bomb(String entry, int size) {
        return new Edit(entry, bytes -> new byte[size]);
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("zero dimensions", json(r -> r.put("dimension", 0)), "0 dimensions"),
                Arguments.of("negative dimensions", json(r -> r.put("dimension", -3)), "-3 dimensions"),
                Arguments.of(
                        "a watched word that is not tracked",
                        json(r -> ((ArrayNode) r.get("watch").get(0)).set(1, "zzzz")),
                        "names 'zzzz', which is not among the session's words"),
                Arguments.of(
                        "a named row out of range",
                        json(r -> ((ArrayNode) r.get("named")).add(100000)),
                        "a named word points at row 100000"),
                Arguments.of(
                        "a start time that is no time",
                        json(r -> ((ObjectNode) r.get("provenance")).put("started", "yesterday")),
                        "start time 'yesterday' is not a time"),
                Arguments.of(
                        "a class index out of range",
                        json(r -> ((ArrayNode) r.get("leaning")).set(0, 7)),
                        "leans to class 7"),
                Arguments.of(
                        "per-word arrays of the wrong length",
                        json(r -> ((ArrayNode) r.get("trainCounts")).remove(0)),
                        "trainCounts has"),
                Arguments.of("no epochs", json(r -> r.putArray("epochs")), "holds no epoch"),
                Arguments.of("no words", json(r -> r.putArray("words")), "lists no words"),
                Arguments.of(
                        "a dimension the arrays do not have",
                        json(r -> r.put("dimension", 100_000)),
                        "frozen.f32 holds "),
                Arguments.of(
                        "NaN in the frozen layout",
                        number("layout-frozen.f64", 8, 3, Double.NaN),
                        "layout-frozen.f64 holds NaN"),
                Arguments.of(
                        "infinity in an epoch's layout",
                        number("epoch-1/layout.f64", 8, 0, Double.POSITIVE_INFINITY),
                        "epoch-1/layout.f64 holds Infinity"),
                Arguments.of(
                        "NaN in a tuned vector",
                        number("epoch-2/tuned.f32", 4, 10, Double.NaN),
                        "epoch-2/tuned.f32 holds NaN"),
                Arguments.of(
                        "a zip bomb for session.json",
                        bomb("session.json", (int) SessionFiles.MAX_JSON + 4096),
                        "session.json holds more than"),
                Arguments.of(
                        "NaN in the whole table",
                        number("table/rows.f32", 4, 5, Double.NaN),
                        "table/rows.f32 holds NaN"),
                Arguments.of(
                        "a whole table shorter than its words",
                        new Edit("table/rows.f32", bytes -> java.util.Arrays.copyOf(bytes, bytes.length - 4)),
                        "table/rows.f32 holds"),
                Arguments.of(
                        "NaN in the frozen table's rows",
                        number("table/frozen-rows.f32", 4, 3, Double.NaN),
                        "table/frozen-rows.f32 holds NaN"),
                Arguments.of(
                        "a pretrained flag that is neither 0 nor 1",
                        new Edit("table/pretrained.u8", bytes -> {
                            byte[] b = bytes.clone();
                            b[3] = 7;
                            return b;
                        }),
                        "table/pretrained.u8 holds 7 at byte 3, not 0 or 1"),
                Arguments.of(
                        "a frozen-table row past the table",
                        new Edit("table/frozen-rows.i32", bytes -> {
                            byte[] b = bytes.clone();
                            java.util.Arrays.fill(b, 0, 4, (byte) 0x7f);
                            return b;
                        }),
                        "table/frozen-rows: row 2139062143 is out of order or past the table's"),
                Arguments.of(
                        "a zip bomb for the whole table's words",
                        bomb("table/words.txt", (int) SessionFiles.MAX_JSON + 4096),
                        "table/words.txt holds more than"),
                Arguments.of(
                        "a zip bomb for the tuned vectors",
                        bomb("epoch-1/tuned.f32", 80 << 20),
                        "epoch-1/tuned.f32 holds more than"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void aTamperedSessionIsRefusedInOneClearLine(String name, Edit edit, String reason) throws Exception {
        Path good = dir.resolve("good.driftscope");
        SessionFiles.write(session, good);
        Path bad = dir.resolve("tampered.driftscope");
        try (ZipFile in = new ZipFile(good.toFile());
                OutputStream raw = Files.newOutputStream(bad);
                ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(edit.entry()) ? edit.change().apply(bytes) : bytes);
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> SessionFiles.read(bad))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("tampered.driftscope: ")
                .hasMessageContaining(reason)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                                e.getMessage().lines())
                        .hasSize(1));
    }
}
