package org.driftscope.session;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.driftscope.drift.DriftAnalyzer;
import org.driftscope.drift.Neighbours;
import org.driftscope.drift.TableNeighbours;
import org.driftscope.io.AtomicFile;
import org.driftscope.io.InputFileException;
import org.driftscope.io.InputFiles;
import org.driftscope.projection.Layout;
import org.driftscope.projection.ProjectionMethod;
import org.driftscope.projection.Trust;
import org.driftscope.training.EpochSnapshot;
import org.driftscope.training.Provenance;
import org.driftscope.training.RunConfig;
import org.driftscope.training.TrackedWords;
import org.driftscope.training.TunedTable;

/**
 * Saves and reopens whole sessions: a zip holding {@code session.json} and raw little-endian arrays
 * ({@code frozen.f32} and per epoch {@code epoch-N/tuned.f32}; layouts as {@code .f64}, so a reopened
 * picture has exactly the coordinates it had). Never Java serialization: reading runs no code from the
 * file. Drift reports are recomputed on reading, from the saved vectors.
 */
public final class SessionFiles {
    /** session.json holds words and numbers per epoch, never near this much. */
    static final long MAX_JSON = 64L << 20;

    /** The whole embedding table after the last epoch: its words, one a line, and its rows. */
    static final String TABLE_WORDS = "table/words.txt";

    static final String TABLE_ROWS = "table/rows.f32";

    /** Per word of the table, 1 if its row started as the word's pretrained vector, else 0. */
    static final String TABLE_PRETRAINED = "table/pretrained.u8";

    /**
     * The frozen table, as the rows in which it differs from the last one: their indices (.i32) and
     * values (.f32). A static run's tables are equal, and it stores none.
     */
    static final String TABLE_FROZEN = "table/frozen-rows";

    /** The drawn words' neighbours among the whole frozen table; per epoch, among the table then. */
    static final String TABLE_BEFORE = "table/neighbours-frozen";

    static final String TABLE_AFTER = "table-neighbours";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SessionFiles() {}

    public static void write(Session session, Path target) throws IOException {
        RunSummary run = session.run();
        TrackedWords t = run.tracked();
        List<SessionJson.EpochJson> epochs = new ArrayList<>();
        for (EpochView e : session.epochs()) {
            EpochSnapshot s = e.snapshot();
            epochs.add(new SessionJson.EpochJson(
                    s.epoch(),
                    s.trainLoss(),
                    s.validationLoss(),
                    s.validationAccuracy(),
                    s.f1(),
                    s.millis(),
                    s.snapshotMillis()));
        }
        List<List<String>> watch = session.last().drift().pairs().stream()
                .map(p -> List.of(p.first(), p.second()))
                .toList();
        Provenance p = run.provenance();
        var json = new SessionJson(
                SessionJson.FORMAT,
                SessionJson.VERSION,
                run.name(),
                run.config(),
                run.projection().label(),
                new SessionJson.ProvenanceJson(
                        p.vectors(),
                        p.vectorsFingerprint(),
                        p.dataset(),
                        p.datasetFormat(),
                        p.libraries(),
                        p.started().toString()),
                run.labels(),
                t.words(),
                t.trainCounts(),
                t.leaning(),
                t.association(),
                t.pretrained(),
                t.dimension(),
                run.named().stream().sorted().toList(),
                run.length(),
                run.truncated(),
                watch,
                epochs);
        byte[] text = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        AtomicFile.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, "session.json", text);
                put(zip, "frozen.f32", floats(t.frozen()));
                put(
                        zip,
                        "layout-frozen.f64",
                        doubles(session.epochs().get(0).frozen().xy()));
                boolean everyEpoch =
                        session.epochs().stream().allMatch(e -> e.drift().table() != null);
                TableNeighbours lists = everyEpoch ? session.last().drift().table() : null;
                if (session.table() != null || lists != null) {
                    List<String> words =
                            session.table() != null ? session.table().words() : lists.words();
                    put(zip, TABLE_WORDS, String.join("\n", words).getBytes(UTF_8));
                }
                if (session.table() != null) {
                    put(zip, TABLE_ROWS, floats(session.table().rows()));
                    boolean[] started = session.table().pretrained();
                    if (started != null) {
                        byte[] flags = new byte[started.length];
                        for (int i = 0; i < flags.length; i++) {
                            flags[i] = (byte) (started[i] ? 1 : 0);
                        }
                        put(zip, TABLE_PRETRAINED, flags);
                    }
                }
                if (session.frozenTable() != null) {
                    FrozenRows differ = FrozenRows.of(session.frozenTable(), session.table());
                    put(zip, TABLE_FROZEN + ".i32", ints(differ.rows()));
                    put(zip, TABLE_FROZEN + ".f32", floats(differ.values()));
                }
                if (lists != null) {
                    put(zip, TABLE_BEFORE + ".i32", ints(lists.before().indices()));
                    put(zip, TABLE_BEFORE + ".f32", floats(lists.before().similarities()));
                    for (EpochView e : session.epochs()) {
                        TableNeighbours after = e.drift().table();
                        put(
                                zip,
                                "epoch-" + e.epoch() + "/" + TABLE_AFTER + ".i32",
                                ints(after.after().indices()));
                        put(
                                zip,
                                "epoch-" + e.epoch() + "/" + TABLE_AFTER + ".f32",
                                floats(after.after().similarities()));
                    }
                }
                for (EpochView e : session.epochs()) {
                    put(
                            zip,
                            "epoch-" + e.epoch() + "/tuned.f32",
                            floats(e.snapshot().tuned()));
                    put(
                            zip,
                            "epoch-" + e.epoch() + "/layout.f64",
                            doubles(e.tuned().xy()));
                }
            }
        });
    }

    public static Session read(Path file) throws IOException {
        InputFiles.open(file).close();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            SessionJson json;
            try {
                json = JSON.readValue(entry(zip, file, "session.json", -1), SessionJson.class);
            } catch (JsonProcessingException e) {
                throw InputFileException.whole(file, "session.json is damaged: " + e.getOriginalMessage());
            }
            if (!SessionJson.FORMAT.equals(json.format()) || json.version() != SessionJson.VERSION) {
                throw InputFileException.whole(file, "is not a Driftscope session of a version this program reads");
            }
            SessionChecks.check(file, json);
            return rebuild(file, zip, json);
        } catch (ZipException e) {
            throw InputFileException.whole(
                    file, "is not a Driftscope session, or it is damaged (" + e.getMessage() + ")");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InputFileException.whole(file, "the session's contents do not fit together: " + e.getMessage());
        }
    }

    private static Session rebuild(Path file, ZipFile zip, SessionJson json) throws IOException {
        int n = json.words().size();
        int d = json.dimension();
        float[] frozen = readFloats(entry(zip, file, "frozen.f32", (long) n * d * 4));
        SessionChecks.finite(file, "frozen.f32", frozen);
        var tracked = new TrackedWords(
                json.words(), json.trainCounts(), json.leaning(), json.association(), json.pretrained(), frozen, d);
        var pj = json.provenance();
        var provenance = new Provenance(
                pj.vectors(),
                pj.vectorsFingerprint(),
                pj.dataset(),
                pj.datasetFormat(),
                json.config(),
                pj.libraries(),
                Instant.parse(pj.started()));
        var run = new RunSummary(
                json.name(),
                json.config(),
                json.labels(),
                tracked,
                new HashSet<>(json.named()),
                json.length(),
                json.truncated(),
                provenance,
                ProjectionMethod.parse(json.projection()));
        List<int[]> pairs = new ArrayList<>();
        for (List<String> w : json.watch()) {
            pairs.add(new int[] {json.words().indexOf(w.get(0)), json.words().indexOf(w.get(1))});
        }
        var drift = new DriftAnalyzer(
                json.words(), frozen, d, RunConfig.NEIGHBOURS, Exposures.of(tracked, json.config()), pairs);
        double[] frozenXy = readDoubles(entry(zip, file, "layout-frozen.f64", (long) n * 16));
        SessionChecks.finite(file, "layout-frozen.f64", frozenXy);
        Layout frozenLayout = new Layout(frozenXy);
        List<EpochView> views = new ArrayList<>();
        List<String> tableWords = zip.getEntry(TABLE_BEFORE + ".i32") == null ? null : tableWords(file, zip);
        Neighbours tableBefore = tableWords == null ? null : neighbours(file, zip, TABLE_BEFORE, n, tableWords.size());
        for (SessionJson.EpochJson e : json.epochs()) {
            String dir = "epoch-" + e.epoch() + "/";
            float[] tuned = readFloats(entry(zip, file, dir + "tuned.f32", (long) n * d * 4));
            SessionChecks.finite(file, dir + "tuned.f32", tuned);
            double[] xy = readDoubles(entry(zip, file, dir + "layout.f64", (long) n * 16));
            SessionChecks.finite(file, dir + "layout.f64", xy);
            Layout layout = new Layout(xy);
            var snapshot = new EpochSnapshot(
                    e.epoch(),
                    e.trainLoss(),
                    e.validationLoss(),
                    e.validationAccuracy(),
                    e.f1(),
                    tuned,
                    e.millis(),
                    e.snapshotMillis());
            TableNeighbours lists = tableWords == null
                    ? null
                    : new TableNeighbours(
                            tableWords, tableBefore, neighbours(file, zip, dir + TABLE_AFTER, n, tableWords.size()));
            var report = drift.next(e.epoch(), tuned, lists);
            views.add(new EpochView(
                    run, snapshot, frozenLayout, layout, report, Trust.of(report.tunedNeighbours(), layout)));
        }
        TunedTable last = table(file, zip, d, views.get(views.size() - 1).epoch());
        return new Session(run, views, frozenTable(file, zip, last), last);
    }

    /** The table before training, rebuilt from the last one and the rows that differ (older sessions: none). */
    private static TunedTable frozenTable(Path file, ZipFile zip, TunedTable last) throws IOException {
        if (last == null || zip.getEntry(TABLE_FROZEN + ".i32") == null) {
            return null;
        }
        int m = last.size();
        int d = last.dimension();
        byte[] indices = entry(zip, file, TABLE_FROZEN + ".i32", -1);
        if (indices.length % 4 != 0 || indices.length > (long) m * 4) {
            throw InputFileException.whole(
                    file,
                    String.format(
                            java.util.Locale.ROOT,
                            "%s.i32 holds %,d bytes, not up to %,d rows of 4; the file is damaged",
                            TABLE_FROZEN,
                            indices.length,
                            m));
        }
        int[] rows = readInts(indices);
        float[] values = readFloats(entry(zip, file, TABLE_FROZEN + ".f32", (long) rows.length * d * 4));
        SessionChecks.finite(file, TABLE_FROZEN + ".f32", values);
        try {
            return FrozenRows.rebuild(last, rows, values);
        } catch (IllegalArgumentException e) {
            throw InputFileException.whole(file, TABLE_FROZEN + ": " + e.getMessage() + "; the file is damaged");
        }
    }

    private static List<String> tableWords(Path file, ZipFile zip) throws IOException {
        String text = new String(entry(zip, file, TABLE_WORDS, -1), UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    /** A word list's neighbours ({@code name}.i32 and .f32): {@code n} rows of k, pointing into {@code m} words. */
    private static Neighbours neighbours(Path file, ZipFile zip, String name, int n, int m) throws IOException {
        int k = RunConfig.NEIGHBOURS;
        int[] indices = readInts(entry(zip, file, name + ".i32", (long) n * k * 4));
        float[] similarities = readFloats(entry(zip, file, name + ".f32", (long) n * k * 4));
        SessionChecks.finite(file, name + ".f32", similarities);
        for (int i : indices) {
            if (i < 0 || i >= m) {
                throw InputFileException.whole(
                        file, name + ".i32 points at row " + i + " of a table of " + m + " words; the file is damaged");
            }
        }
        return new Neighbours(k, indices, similarities);
    }

    /** The whole table after the last epoch, when the session keeps it (sessions before it did not). */
    private static TunedTable table(Path file, ZipFile zip, int d, int epoch) throws IOException {
        if (zip.getEntry(TABLE_ROWS) == null) {
            return null;
        }
        List<String> words = tableWords(file, zip);
        long bytes = (long) words.size() * d * Float.BYTES;
        if (bytes > Runtime.getRuntime().maxMemory() / 2 || bytes > Integer.MAX_VALUE - 8) {
            throw InputFileException.whole(
                    file,
                    String.format(
                            java.util.Locale.ROOT,
                            "%s lists %,d words, a table of %,d bytes: more than this program's memory holds",
                            TABLE_WORDS,
                            words.size(),
                            bytes));
        }
        float[] rows = readFloats(entry(zip, file, TABLE_ROWS, bytes));
        SessionChecks.finite(file, TABLE_ROWS, rows);
        boolean[] started = null;
        if (zip.getEntry(TABLE_PRETRAINED) != null) {
            byte[] flags = entry(zip, file, TABLE_PRETRAINED, words.size());
            started = new boolean[flags.length];
            for (int i = 0; i < flags.length; i++) {
                if (flags[i] != 0 && flags[i] != 1) {
                    throw InputFileException.whole(
                            file,
                            TABLE_PRETRAINED + " holds " + flags[i] + " at byte " + i
                                    + ", not 0 or 1; the file is damaged");
                }
                started[i] = flags[i] == 1;
            }
        }
        return new TunedTable(epoch, words, rows, d, started);
    }

    /** An entry's bytes, checked against the size it must have (-1: any). */
    private static byte[] entry(ZipFile zip, Path file, String name, long size) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw InputFileException.whole(file, "the session lacks " + name + "; the file is damaged");
        }
        // Read no more than the entry may hold: a small file can inflate to gigabytes (a zip bomb).
        long cap = size >= 0 ? size : MAX_JSON;
        if (e.getSize() > cap) {
            throw tooLarge(file, name, cap);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
        }
        if (bytes.length > cap) {
            throw tooLarge(file, name, cap);
        }
        // ZipFile does not check the checksum as it reads; a changed byte in a stored (uncompressed)
        // stretch of raw floats would otherwise come back as a wrong number without a word.
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            throw InputFileException.whole(file, name + " does not match its checksum; the file is damaged");
        }
        if (size >= 0 && bytes.length != size) {
            throw InputFileException.whole(
                    file,
                    String.format(
                            "%s holds %,d bytes where %,d belong; the file is damaged", name, bytes.length, size));
        }
        return bytes;
    }

    private static InputFileException tooLarge(Path file, String name, long cap) {
        return InputFileException.whole(
                file, String.format("%s holds more than the %,d bytes it can; the file is damaged", name, cap));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] floats(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static byte[] ints(int[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(v);
        return b.array();
    }

    private static int[] readInts(byte[] bytes) {
        int[] v = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(v);
        return v;
    }

    private static byte[] doubles(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(v);
        return b.array();
    }

    private static float[] readFloats(byte[] bytes) {
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    private static double[] readDoubles(byte[] bytes) {
        double[] v = new double[bytes.length / 8];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
        return v;
    }
}
