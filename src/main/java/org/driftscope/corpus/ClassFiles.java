package org.driftscope.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.driftscope.io.InputFileException;

/** Datasets laid out by class: one file per class (lines are documents) or one folder per class (files are). */
final class ClassFiles {
    private ClassFiles() {}

    /**
     * The label a class file stands for: its extension when the files share a name and differ in
     * extension ({@code rt-polarity.pos} -> {@code pos}), else the name without extension.
     */
    static String labelOf(Path file, boolean byExtension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (byExtension && dot > 0) {
            return name.substring(dot + 1);
        }
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static List<LabeledText> filePerClass(List<Path> files, List<String> notices) throws IOException {
        boolean byExtension =
                files.stream().map(f -> labelOf(f, false)).distinct().count() == 1;
        List<LabeledText> docs = new ArrayList<>();
        for (Path file : files) {
            String label = labelOf(file, byExtension);
            int before = docs.size();
            linesOf(file, label, notices, docs);
            if (docs.size() == before) {
                throw InputFileException.whole(
                        file, "the class '" + label + "' holds no documents (the file is empty); remove it or fill it");
            }
        }
        return docs;
    }

    /** Each non-blank line of a class file is a document of that class. */
    private static void linesOf(Path file, String label, List<String> notices, List<LabeledText> docs)
            throws IOException {
        long line = 0;
        for (String text : TextFiles.lines(file, notices)) {
            line++;
            if (!text.isBlank()) {
                docs.add(new LabeledText(label, text.strip(), line));
            }
        }
    }

    /**
     * Each file of a class folder is a document, except when every class folder holds a single file:
     * then that file's lines are the documents (how headline and review collections often ship; one
     * document per class could not train anything).
     */
    static List<LabeledText> folderPerClass(Path dir, List<String> notices) throws IOException {
        List<Path> classDirs = list(dir).stream().filter(Files::isDirectory).toList();
        List<List<Path>> members = new ArrayList<>();
        for (Path classDir : classDirs) {
            members.add(classFiles(classDir));
        }
        boolean linesAreDocuments = members.stream().allMatch(m -> m.size() == 1);
        List<LabeledText> docs = new ArrayList<>();
        for (int c = 0; c < classDirs.size(); c++) {
            Path classDir = classDirs.get(c);
            String label = classDir.getFileName().toString();
            int before = docs.size();
            if (linesAreDocuments) {
                linesOf(members.get(c).get(0), label, notices, docs);
            } else {
                List<String> quiet = new ArrayList<>();
                for (Path file : members.get(c)) {
                    String text = TextFiles.text(file, quiet).strip();
                    if (!text.isEmpty()) {
                        docs.add(new LabeledText(label, text, 0));
                    }
                }
                summarise(label, quiet, notices);
            }
            if (docs.size() == before) {
                throw InputFileException.whole(
                        classDir,
                        "the class folder in " + dir.getFileName() + " holds no documents ("
                                + (members.get(c).isEmpty() ? "no files" : "only empty files")
                                + "); remove it or add documents");
            }
        }
        if (linesAreDocuments && !docs.isEmpty()) {
            notices.add(String.format(
                    Locale.ROOT,
                    "every class folder holds a single file, so each line of it is a document (%,d lines)",
                    docs.size()));
        }
        return docs;
    }

    /** One notice per kind for a class folder's files, not one per file. */
    private static void summarise(String label, List<String> quiet, List<String> notices) {
        long latin = quiet.stream().filter(n -> n.contains("Windows-1252")).count();
        long bom = quiet.stream().filter(n -> n.contains("byte order mark")).count();
        if (latin > 0) {
            notices.add(String.format(
                    Locale.ROOT, "%s: %,d files are not UTF-8 and were read as Windows-1252", label, latin));
        }
        if (bom > 0) {
            notices.add(String.format(
                    Locale.ROOT, "%s: %,d files start with a UTF-8 byte order mark; it was ignored", label, bom));
        }
    }

    /** Files in a folder that could be classes: not hidden, not a README, licence or source note. */
    static List<Path> classFiles(Path dir) throws IOException {
        return list(dir).stream()
                .filter(Files::isRegularFile)
                .filter(f -> {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return !n.startsWith(".")
                            && !n.startsWith("readme")
                            && !n.startsWith("license")
                            && !n.startsWith("licence")
                            && !n.startsWith("source")
                            && !n.endsWith(".md");
                })
                .toList();
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw InputFileException.whole(dir, "cannot list the folder: " + e.getMessage());
        }
    }
}
