package org.driftscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datasets that read but were once silently wrong (issue 20): each now reads as the user meant, or
 * says what is odd about it in a notice the terminal and the window show.
 */
class DatasetWarningsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String numbered(String prefix, int count) {
        StringBuilder s = new StringBuilder();
        IntStream.range(0, count)
                .forEach(i -> s.append(prefix).append(' ').append(i).append('\n'));
        return s.toString();
    }

    @Test
    void aClassFolderHoldingOneFileOfLinesIsReadLineByLine() throws IOException {
        // the layout that once trained on 2 documents: one file of sentences per class folder
        write("headlines/pos/all.txt", numbered("a fine film", 40));
        write("headlines/neg/all.txt", numbered("a dull film", 35));

        Dataset d = DatasetReader.read(dir.resolve("headlines"));

        assertThat(d.size()).isEqualTo(75);
        assertThat(d.documents()).filteredOn(t -> t.label().equals("neg")).hasSize(35);
        assertThat(d.documents()).extracting(LabeledText::text).contains("a fine film 39", "a dull film 0");
        assertThat(d.notices()).anyMatch(n -> n.contains("single file") && n.contains("each line"));
    }

    @Test
    void classFoldersOfSeveralFilesStillReadAFilePerDocument() throws IOException {
        write("reviews/pos/1.txt", "a fine film\nwith a second line");
        write("reviews/pos/2.txt", "moving");
        write("reviews/neg/1.txt", "dull\nand long");
        write("reviews/neg/.DS_Store", "junk");

        Dataset d = DatasetReader.read(dir.resolve("reviews"));

        assertThat(d.size()).isEqualTo(3);
        assertThat(d.documents()).extracting(LabeledText::text).contains("dull\nand long");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstLabelAndIsReported() throws IOException {
        Path file = dir.resolve("bom.tsv");
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(
                numbered("pos\tgood", 12).concat(numbered("neg\tbad", 12)).getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        Dataset d = DatasetReader.read(file);

        assertThat(d.labels()).containsExactly("neg", "pos");
        assertThat(d.documents().get(0).label()).isEqualTo("pos");
        assertThat(d.notices()).anyMatch(n -> n.startsWith("bom.tsv") && n.contains("byte order mark"));
    }

    @Test
    void aCsvThatIsNotUtf8IsReadAsWindows1252EvenInsideQuotes() throws IOException {
        Path file = dir.resolve("latin.csv");
        // 0x85 is an ellipsis in Windows-1252 and not UTF-8; here inside a quoted field with a comma
        Files.write(file, "text,label\n\"wait\u2026 for it, then\",pos\nno,neg\n".getBytes(TextFiles.WINDOWS_1252));

        Dataset d = DatasetReader.read(file);

        assertThat(d.documents().get(0).text()).isEqualTo("wait\u2026 for it, then");
        assertThat(d.notices()).contains("latin.csv is not UTF-8; it was read as Windows-1252");
    }

    @Test
    void repeatedDocumentsAndTinyClassesAreReported() throws IOException {
        String text = numbered("pos\tgood", 12) + "pos\tgood 1\npos\tgood 2\nneg\tgood 3\n" + numbered("neg\tbad", 12)
                + "odd\tstrange\nodd\tweird\n";

        Dataset d = DatasetReader.read(write("d.tsv", text));

        assertThat(d.notices())
                .anyMatch(n -> n.startsWith("3 documents repeat an earlier one word for word (1 of them under another"))
                .anyMatch(n -> n.contains("'odd' has only 2 documents"));
        assertThat(d.notices()).noneMatch(n -> n.contains("'pos' has only"));
    }

    @Test
    void aCleanDatasetHasNoNotices() throws IOException {
        Dataset d = DatasetReader.read(write("clean.tsv", numbered("pos\tgood", 12) + numbered("neg\tbad", 12)));

        assertThat(d.notices()).isEmpty();
    }

    @Test
    void everyClassOfTwoOrMoreDocumentsIsBothTrainedOnAndChecked() {
        List<LabeledText> docs = List.of(
                new LabeledText("a", "one", 1),
                new LabeledText("a", "two", 2),
                new LabeledText("b", "three", 3),
                new LabeledText("b", "four", 4),
                new LabeledText("b", "five", 5),
                new LabeledText("c", "six", 6));

        StratifiedSplit split = StratifiedSplit.of(new Dataset(dir, docs), 0.1, 7);

        // at 10% every class would round to no validation document at all
        assertThat(split.validation()).extracting(i -> docs.get(i).label()).containsExactlyInAnyOrder("a", "b");
        assertThat(split.train()).extracting(i -> docs.get(i).label()).contains("a", "b", "c");
    }
}
