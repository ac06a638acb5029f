package org.driftscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.driftscope.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void csvWithHeaderQuotedCommasAndEmbeddedNewlines() throws IOException {
        Path file =
                write("reviews.csv", "id,review,sentiment\n1,\"great, truly\nmoving\",pos\n2,dull,neg\n3,fine,pos\n");

        Dataset d = DatasetReader.read(file);

        assertThat(d.format()).isEqualTo(DatasetFormat.CSV);
        assertThat(d.documents()).extracting(LabeledText::text).containsExactly("great, truly\nmoving", "dull", "fine");
        assertThat(d.documents()).extracting(LabeledText::line).containsExactly(2L, 4L, 5L);
        assertThat(d.labels()).containsExactly("neg", "pos");
        assertThat(d.notices()).anyMatch(n -> n.contains("text from column 'review', labels from 'sentiment'"));
    }

    @Test
    void columnsCanBeChosenByNameOrIndex() throws IOException {
        Path file = write("d.csv", "a,b,c\nx,one two three,p\ny,four five six,q\nz,seven,p\n");

        Dataset byName = DatasetReader.read(file, DatasetOptions.detect().withColumns("b", "a"));
        Dataset byIndex = DatasetReader.read(file, DatasetOptions.detect().withColumns("1", "2"));

        assertThat(byName.labels()).containsExactly("x", "y", "z");
        assertThat(byIndex.labels()).containsExactly("p", "q");
        assertThatThrownBy(
                        () -> DatasetReader.read(file, DatasetOptions.detect().withColumns("text", "a")))
                .hasMessage("d.csv: has no column named 'text'");
    }

    @Test
    void tsvWithoutHeaderGuessesLabelAndTextColumns() throws IOException {
        Dataset d = DatasetReader.read(write("d.tsv", "pos\ta fine \"film\"\nneg\ta dull one\npos\tgreat\n"));

        assertThat(d.format()).isEqualTo(DatasetFormat.TSV);
        assertThat(d.documents().get(0))
                .extracting(LabeledText::label, LabeledText::text)
                .containsExactly("pos", "a fine \"film\"");
    }

    @Test
    void fastTextTakesTheFirstOfSeveralLabelsAndSaysSo() throws IOException {
        Dataset d = DatasetReader.read(write("ft.txt", "__label__pos __label__fun great film\n__label__neg dull\n"));

        assertThat(d.format()).isEqualTo(DatasetFormat.FASTTEXT);
        assertThat(d.documents()).extracting(LabeledText::label).containsExactly("pos", "neg");
        assertThat(d.documents().get(0).text()).isEqualTo("great film");
        assertThat(d.notices()).contains("ft.txt: 1 lines have several labels; the first label of each was used");
    }

    @Test
    void labelFirstLinesWithTheirOwnSplitFiles() throws IOException {
        Path train = write("s.train", "1 good\n0 bad\n1 great\n");
        write("s.dev", "0 awful\n1 nice\n");
        write("s.test", "1 superb\n");

        Dataset d = DatasetReader.read(train);
        StratifiedSplit split = StratifiedSplit.of(d, 0.1, 1);

        assertThat(d.format()).isEqualTo(DatasetFormat.LABEL_FIRST);
        assertThat(d.size()).isEqualTo(6);
        assertThat(split.train()).hasSize(3);
        assertThat(split.validation()).hasSize(2);
        assertThat(split.test()).hasSize(1);
    }

    @Test
    void filePerClassTakesTheLabelFromTheExtensionWhenNamesAgree() throws IOException {
        write("mr/rt.pos", "a fine film\nmoving\n");
        write("mr/rt.neg", "dull\n");
        write("mr/README.md", "not a class");

        Dataset d = DatasetReader.read(dir.resolve("mr"));

        assertThat(d.format()).isEqualTo(DatasetFormat.FILE_PER_CLASS);
        assertThat(d.labels()).containsExactly("neg", "pos");
        assertThat(d.size()).isEqualTo(3);
    }

    @Test
    void folderPerClassReadsOneDocumentPerFile() throws IOException {
        write("imdb/pos/1.txt", "a fine film");
        write("imdb/pos/2.txt", "moving\nand true");
        write("imdb/neg/1.txt", "dull");

        Dataset d = DatasetReader.read(dir.resolve("imdb"));

        assertThat(d.format()).isEqualTo(DatasetFormat.FOLDER_PER_CLASS);
        assertThat(d.documents()).extracting(LabeledText::text).contains("moving\nand true");
    }

    @Test
    void windows1252FileIsReadWithANoticeAndByte0x85NeverSplitsALine() throws IOException {
        byte[] bytes = "pos\tit\u2026 works\nneg\tno\n".getBytes(TextFiles.WINDOWS_1252);
        Path file = dir.resolve("w.tsv");
        Files.write(file, bytes);

        Dataset d = DatasetReader.read(file);

        assertThat(d.size()).isEqualTo(2);
        assertThat(d.documents().get(0).text()).isEqualTo("it\u2026 works");
        assertThat(d.notices()).contains("w.tsv is not UTF-8; it was read as Windows-1252");
    }

    @Test
    void bytesWindows1252LeavesUndefinedAreReadAsBrowsersReadThemAndTheNoticeSaysWhere() throws IOException {
        // 0x81 and 0x9D have no character in Windows-1252; 0x93/0x94 are its curly quotes
        byte[] head = "pos\tan \u201cafter\u201d life\nneg\tcaf".getBytes(TextFiles.WINDOWS_1252);
        byte[] tail = "\u00e9 noir\npos\tdull\n".getBytes(TextFiles.WINDOWS_1252);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(head);
        bytes.write(0x81);
        bytes.write(0x9d);
        bytes.write(tail);
        Path file = dir.resolve("odd.tsv");
        Files.write(file, bytes.toByteArray());

        Dataset d = DatasetReader.read(file);

        assertThat(d.documents())
                .extracting(LabeledText::text)
                .containsExactly("an \u201cafter\u201d life", "caf\u0081\u009d\u00e9 noir", "dull");
        assertThat(d.notices())
                .contains("odd.tsv is not UTF-8; it was read as Windows-1252 (2 bytes that Windows-1252 leaves"
                        + " undefined, the first at byte " + head.length + ", were read as control characters)");
    }

    @Test
    void aFolderPerClassDocumentWithAnUndefinedByteIsRead() throws IOException {
        write("films/pos/1.txt", "a fine film");
        write("films/neg/1.txt", "dull");
        Files.write(dir.resolve("films/neg/2.txt"), new byte[] {'b', 'a', 'd', (byte) 0x8f, '!'});

        Dataset d = DatasetReader.read(dir.resolve("films"));

        assertThat(d.documents()).extracting(LabeledText::text).contains("bad\u008f!");
        assertThat(Tokenizer.kim().tokenize("bad\u008f!")).containsExactly("bad", "!");
    }

    @Test
    void labelsWithAndWithoutFastTextsPrefixAreOneClassWithANotice() throws IOException {
        Path file = write("mixed.tsv", "0\ta fine film\n1\tdull stuff\n__label__0\tnice work\n__label__1\tbad work\n");

        Dataset d = DatasetReader.read(file);

        assertThat(d.labels()).containsExactlyInAnyOrder("0", "1");
        assertThat(d.documents()).extracting(LabeledText::label).containsExactly("0", "1", "0", "1");
        assertThat(d.notices())
                .contains("2 labels carry fastText's '__label__' prefix (as '__label__0', the first on line 3); it"
                        + " was dropped, so '__label__0' is the class '0', one class with the labels written"
                        + " without it");
    }

    @Test
    void emptyDatasetIsRefused() throws IOException {
        assertThatThrownBy(() -> DatasetReader.read(write("e.tsv", "\n\n")))
                .isInstanceOf(InputFileException.class)
                .hasMessage("e.tsv: the dataset holds no documents");
    }

    @Test
    void singleClassIsRefused() throws IOException {
        assertThatThrownBy(() -> DatasetReader.read(write("one.tsv", "pos\tgood\npos\tgreat\n")))
                .hasMessage("one.tsv: every document has the label 'pos'; a classifier needs at least two classes");
    }

    @Test
    void rowWithoutLabelOrTextNamesTheLine() throws IOException {
        assertThatThrownBy(() -> DatasetReader.read(write("l.csv", "text,label\ngood,pos\nbad,\n")))
                .hasMessage("l.csv, line 3: the label is empty");
        assertThatThrownBy(() -> DatasetReader.read(write("t.csv", "text,label\ngood,pos\n,neg\n")))
                .hasMessage("t.csv, line 3: the text is empty");
        assertThatThrownBy(() -> DatasetReader.read(write("f.txt", "__label__pos good\n__label__neg\n")))
                .hasMessage("f.txt, line 2: the line has a label but no text");
    }

    @Test
    void raggedCsvNamesTheLine() throws IOException {
        assertThatThrownBy(() -> DatasetReader.read(write("r.csv", "text,label\ngood,pos\nbad, really,neg\n")))
                .hasMessage(
                        "r.csv, line 3: 3 fields, but line 1 has 2 (a ragged file, or an unquoted delimiter in the text?)");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path file = dir.resolve("model.bin");
        Files.write(file, new byte[] {'1', ' ', 0, 0, 1, 2, 3});

        assertThatThrownBy(() -> DatasetReader.read(file))
                .hasMessage("model.bin, byte 2: holds a NUL byte: this is a binary file, not text");
    }

    @Test
    void aLabelColumnThatIsReallyFreeTextIsRefused() throws IOException {
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 300; i++) {
            csv.append("doc ").append(i).append(",words number ").append(i).append('\n');
        }
        Path file = write("free.csv", csv.toString());

        assertThatThrownBy(
                        () -> DatasetReader.read(file, DatasetOptions.detect().withColumns("text", "label")))
                .hasMessage("free.csv: 300 distinct labels in 300 documents: that looks like free text, not labels;"
                        + " choose the label column");
    }

    @Test
    void undetectableLayoutAsksForTheFormat() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("word").append(i).append(" and more\n");
        }
        assertThatThrownBy(() -> DatasetReader.read(write("plain.txt", text.toString())))
                .hasMessageStartingWith("plain.txt: cannot tell how labels are given");
    }
}
