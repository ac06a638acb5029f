package org.driftscope.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.driftscope.io.InputFileException;

/**
 * Reads a labelled dataset in any {@link DatasetFormat}, detecting the layout unless told, and checks
 * it can train a classifier: documents present, at least two classes, labels that look like labels.
 * Errors name the file and line.
 */
public final class DatasetReader {
    /** More distinct labels than this (and more than half the documents) means the column is not labels. */
    static final int MAX_CLASSES = 1000;

    /** A class with fewer documents than this is named in a warning. */
    static final int FEW_DOCUMENTS = 10;

    private static final Map<String, Part> SPLIT_SUFFIXES = Map.of(
            "train",
            Part.TRAIN,
            "dev",
            Part.VALIDATION,
            "valid",
            Part.VALIDATION,
            "validation",
            Part.VALIDATION,
            "test",
            Part.TEST);

    private DatasetReader() {}

    public static Dataset read(Path path) throws IOException {
        return read(path, DatasetOptions.detect());
    }

    public static Dataset read(Path path, DatasetOptions options) throws IOException {
        if (!Files.exists(path)) {
            throw InputFileException.whole(path, "does not exist (" + path.toAbsolutePath() + ")");
        }
        TextFiles.checkSize(path, sizeOnDisk(path));
        DatasetFormat format = options.format() != null ? options.format() : detect(path);
        List<String> notices = new ArrayList<>();
        List<LabeledText> docs =
                switch (format) {
                    case CSV -> CsvDatasets.read(path, ',', options, notices);
                    case TSV -> CsvDatasets.read(path, '\t', options, notices);
                    case FASTTEXT -> withOwnSplit(path, notices, true);
                    case LABEL_FIRST -> withOwnSplit(path, notices, false);
                    case FILE_PER_CLASS -> ClassFiles.filePerClass(
                            Files.isDirectory(path) ? ClassFiles.classFiles(path) : List.of(path), notices);
                    case FOLDER_PER_CLASS -> ClassFiles.folderPerClass(path, notices);
                };
        docs = withoutFastTextPrefix(docs, notices);
        Dataset dataset = new Dataset(path, format, docs, notices);
        check(dataset);
        return new Dataset(path, format, docs, warnings(dataset));
    }

    /**
     * Labels written {@code __label__X} in a file of another layout (a TSV's label column, say) mean the
     * class X, as in fastText's own files: the prefix is dropped, with a notice, so "__label__0" and "0"
     * are one class and not two.
     */
    private static List<LabeledText> withoutFastTextPrefix(List<LabeledText> docs, List<String> notices) {
        String prefix = LineDatasets.FASTTEXT_PREFIX;
        int prefixed = 0;
        LabeledText first = null;
        List<LabeledText> out = new ArrayList<>(docs.size());
        for (LabeledText d : docs) {
            if (d.label().startsWith(prefix) && d.label().length() > prefix.length()) {
                prefixed++;
                first = first == null ? d : first;
                out.add(new LabeledText(d.label().substring(prefix.length()), d.text(), d.line(), d.part()));
            } else {
                out.add(d);
            }
        }
        if (prefixed == 0) {
            return docs;
        }
        String where = first.line() > 0 ? String.format(Locale.ROOT, ", the first on line %,d", first.line()) : "";
        notices.add(String.format(
                Locale.ROOT,
                "%,d labels carry fastText's '%s' prefix (as '%s'%s); it was dropped, so '%s' is the class '%s'%s",
                prefixed,
                prefix,
                first.label(),
                where,
                first.label(),
                first.label().substring(prefix.length()),
                prefixed < docs.size() ? ", one class with the labels written without it" : ""));
        return out;
    }

    /**
     * Refuses a dataset a classifier cannot be trained and checked on: one document in every class
     * leaves none to hold out (the reader only warns; a summary of such a dataset is still useful).
     */
    public static void checkTrainable(Dataset dataset) throws InputFileException {
        if (!dataset.hasOwnSplit() && dataset.labels().size() == dataset.size()) {
            throw InputFileException.whole(
                    dataset.source(),
                    "every class has a single document, so none can be held out to check the classifier;"
                            + " a class needs at least two");
        }
    }

    /**
     * Bytes on disk: the file with its split siblings, or every file in a folder and its class folders; what
     * a read checks against the heap.
     */
    public static long sizeOnDisk(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            long bytes = Files.size(path);
            if (partOf(path) == Part.TRAIN) {
                String name = path.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.') + 1);
                for (String sibling : List.of("dev", "valid", "test")) {
                    Path p = path.resolveSibling(stem + sibling);
                    bytes += Files.isRegularFile(p) ? Files.size(p) : 0;
                }
            }
            return bytes;
        }
        long bytes = 0;
        for (Path p : ClassFiles.list(path)) {
            if (Files.isRegularFile(p)) {
                bytes += Files.size(p);
            } else if (Files.isDirectory(p)) {
                for (Path q : ClassFiles.list(p)) {
                    bytes += Files.isRegularFile(q) ? Files.size(q) : 0;
                }
            }
        }
        return bytes;
    }

    /** The reader's notices plus what looks wrong but can still train: tiny classes, repeated documents. */
    private static List<String> warnings(Dataset dataset) {
        List<String> notices = new ArrayList<>(dataset.notices());
        Map<String, Integer> perClass = new java.util.TreeMap<>();
        Map<String, String> labelOfText = new HashMap<>();
        int repeated = 0;
        int conflicting = 0;
        for (LabeledText d : dataset.documents()) {
            perClass.merge(d.label(), 1, Integer::sum);
            String before = labelOfText.putIfAbsent(d.text(), d.label());
            if (before != null) {
                repeated++;
                conflicting += before.equals(d.label()) ? 0 : 1;
            }
        }
        perClass.forEach((label, count) -> {
            if (count < FEW_DOCUMENTS) {
                notices.add(String.format(
                        Locale.ROOT,
                        "the class '%s' has only %d document%s: too few to learn it or to check what was learnt",
                        label,
                        count,
                        count == 1 ? "" : "s"));
            }
        });
        if (repeated > 0) {
            notices.add(String.format(
                    Locale.ROOT,
                    "%,d documents repeat an earlier one word for word%s; copies on both sides of the split"
                            + " flatter the validation accuracy",
                    repeated,
                    conflicting == 0
                            ? ""
                            : String.format(Locale.ROOT, " (%,d of them under another label)", conflicting)));
        }
        return notices;
    }

    /** Reads a line format; a file named like {@code x.train} brings its {@code x.dev}/{@code x.test} siblings. */
    private static List<LabeledText> withOwnSplit(Path file, List<String> notices, boolean fastText)
            throws IOException {
        Part part = partOf(file);
        if (part != Part.TRAIN) {
            return fastText
                    ? LineDatasets.fastText(file, Part.UNSPLIT, notices)
                    : LineDatasets.labelFirst(file, Part.UNSPLIT, notices);
        }
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.') + 1);
        List<LabeledText> docs = new ArrayList<>();
        for (var e : List.of(
                Map.entry("train", Part.TRAIN),
                Map.entry("dev", Part.VALIDATION),
                Map.entry("valid", Part.VALIDATION),
                Map.entry("test", Part.TEST))) {
            Path sibling = file.resolveSibling(stem + e.getKey());
            if (Files.isRegularFile(sibling)) {
                docs.addAll(
                        fastText
                                ? LineDatasets.fastText(sibling, e.getValue(), notices)
                                : LineDatasets.labelFirst(sibling, e.getValue(), notices));
            }
        }
        return docs;
    }

    private static Part partOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Part.UNSPLIT : SPLIT_SUFFIXES.getOrDefault(name.substring(dot + 1), Part.UNSPLIT);
    }

    static DatasetFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            boolean folders =
                    ClassFiles.list(path).stream().filter(Files::isDirectory).count() >= 2;
            if (folders) {
                return DatasetFormat.FOLDER_PER_CLASS;
            }
            if (ClassFiles.classFiles(path).size() >= 2) {
                return DatasetFormat.FILE_PER_CLASS;
            }
            throw InputFileException.whole(path, "is a folder without class folders or class files");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return DatasetFormat.CSV;
        }
        if (name.endsWith(".tsv")) {
            return DatasetFormat.TSV;
        }
        List<String> lines = TextFiles.head(path, 1 << 18);
        List<String> sample =
                lines.stream().filter(l -> !l.isBlank()).limit(200).toList();
        if (sample.isEmpty()) {
            throw InputFileException.whole(path, "the dataset holds no documents");
        }
        if (sample.get(0).strip().startsWith(LineDatasets.FASTTEXT_PREFIX)) {
            return DatasetFormat.FASTTEXT;
        }
        if (sample.stream().allMatch(l -> l.indexOf('\t') > 0)) {
            return DatasetFormat.TSV;
        }
        Map<String, Integer> firstWords = new HashMap<>();
        for (String l : sample) {
            String s = l.strip();
            int blank = LineDatasets.indexOfBlank(s);
            firstWords.merge(blank < 0 ? s : s.substring(0, blank), 1, Integer::sum);
        }
        if (firstWords.size() <= Math.max(2, Math.min(20, sample.size() / 2))) {
            return DatasetFormat.LABEL_FIRST;
        }
        throw InputFileException.whole(
                path,
                "cannot tell how labels are given (not __label__ lines, 'label text'"
                        + " lines, CSV or TSV); name the format explicitly");
    }

    private static void check(Dataset dataset) throws InputFileException {
        Path source = dataset.source();
        if (dataset.size() == 0) {
            throw InputFileException.whole(source, "the dataset holds no documents");
        }
        if (dataset.hasOwnSplit()
                && dataset.documents().stream().noneMatch(d -> d.part() == Part.TRAIN || d.part() == Part.UNSPLIT)) {
            throw InputFileException.whole(
                    source, "the training part is empty (only validation or test documents); nothing to train on");
        }
        List<String> labels = dataset.labels();
        if (labels.size() < 2) {
            throw InputFileException.whole(
                    source,
                    "every document has the label '" + labels.get(0) + "'; a classifier needs at least two classes");
        }
        if (labels.size() > MAX_CLASSES || (labels.size() > 50 && labels.size() > dataset.size() / 2)) {
            throw InputFileException.whole(
                    source,
                    String.format(
                            Locale.ROOT,
                            "%,d distinct labels in %,d documents: that looks like free text, not labels; choose the label column",
                            labels.size(),
                            dataset.size()));
        }
    }
}
