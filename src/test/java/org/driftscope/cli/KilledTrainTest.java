package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.vectors.VectorReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a {@code driftscope train} at random moments after its first file (issue 20): whatever the moment,
 * every file the run left is whole (figures decode, tables parse to their last line, the session and
 * the vectors read back), the only leftovers are hidden temporary files, and the session holds every
 * epoch but at most the one whose files were being written.
 */
@Tag("slow")
class KilledTrainTest {
    private static final int KILLS = 8;
    private static final Pattern EPOCH_PNG = Pattern.compile("epoch-(\\d+)\\.png");
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]+\\.part");

    @TempDir
    Path dir;

    @Test
    void everyFileAKilledRunLeavesIsComplete() throws Exception {
        Random random = new Random(20);
        int killed = 0;
        for (int k = 0; k < KILLS; k++) {
            Path out = dir.resolve("run-" + k);
            // Timed from the first file the run writes, not from the JVM's start, so that a slow or busy
            // machine still kills inside the writing: from epoch 0's files to inside the last epochs.
            long killAfterMillis = random.nextInt(4_000);
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "org.driftscope.cli.Main",
                            "train",
                            "--sample",
                            "mountains",
                            "--epochs",
                            "4",
                            "--quiet",
                            "--out",
                            out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + k + ".log").toFile())
                    .start();
            Path first = out.resolve("epoch-00.png");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.exists(first) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10); // polling a child process's output folder; no UI involved
            }
            assertThat(first)
                    .as("the run's first figure (see child-" + k + ".log)")
                    .exists();
            boolean ended = child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
            if (!ended) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                killed++;
            }
            checkComplete(out);
        }
        // the kills must land inside the run: otherwise this test proved nothing
        assertThat(killed).as("runs killed before they ended").isGreaterThanOrEqualTo(KILLS / 2);
    }

    /** Asserts every file in a killed run's folder is complete; true when there were files. */
    private static boolean checkComplete(Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        int lastFigure = -1;
        List<Path> real = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (TEMPORARY.matcher(name).matches()) {
                continue; // an interrupted write's temporary, hidden; the next write of it removes it
            }
            real.add(f);
            Matcher m = EPOCH_PNG.matcher(name);
            if (m.matches()) {
                lastFigure = Math.max(lastFigure, Integer.parseInt(m.group(1)));
            }
            if (name.endsWith(".png")) {
                assertThat(ImageIO.read(f.toFile())).as(name).isNotNull();
            } else if (name.endsWith(".svg")) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                assertThat(factory.newDocumentBuilder()
                                .parse(f.toFile())
                                .getDocumentElement()
                                .getTagName())
                        .as(name)
                        .isEqualTo("svg");
            } else if (name.endsWith(".csv")) {
                assertCompleteCsv(f);
            } else if (name.equals("session.driftscope")) {
                Session session = SessionFiles.read(f);
                assertThat(session.epochs()).isNotEmpty();
            } else if (name.equals("vectors-tuned.txt")) {
                assertThat(VectorReader.read(f).source().notices())
                        .as("rows as the header says")
                        .isEmpty();
            } else if (name.endsWith(".provenance.txt")) {
                assertThat(Files.readString(f)).as(name).isNotBlank().endsWith("\n");
            } else {
                throw new AssertionError("a file a run does not write: " + name);
            }
        }
        Path session = out.resolve("session.driftscope");
        if (lastFigure >= 1) {
            assertThat(session).as("a run with figures of epoch " + lastFigure).exists();
        }
        if (Files.exists(session)) {
            assertThat(SessionFiles.read(session).last().epoch())
                    .as("the session loses at most the epoch being written")
                    .isGreaterThanOrEqualTo(lastFigure - 1);
        }
        return !real.isEmpty();
    }

    private static void assertCompleteCsv(Path f) throws IOException {
        String text = Files.readString(f);
        assertThat(text).as(f.getFileName().toString()).endsWith("\n");
        String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(body), CSVFormat.RFC4180)) {
            var records = parser.getRecords();
            assertThat(records).as(f.getFileName().toString()).hasSizeGreaterThan(1);
            int width = records.get(0).size();
            assertThat(records).allMatch(r -> r.size() == width, "every row as wide as the header");
        }
    }
}
