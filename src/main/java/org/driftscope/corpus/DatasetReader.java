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
        Dataset dataset = new Dataset(path, format, docs, notices);
        check(dataset);
        return dataset;
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
