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
            long line = 0;
            for (String text : TextFiles.lines(TextFiles.read(file, notices))) {
                line++;
                if (!text.isBlank()) {
                    docs.add(new LabeledText(label, text.strip(), line));
                }
            }
        }
        return docs;
    }

    static List<LabeledText> folderPerClass(Path dir, List<String> notices) throws IOException {
        List<LabeledText> docs = new ArrayList<>();
        for (Path classDir : list(dir).stream().filter(Files::isDirectory).toList()) {
            String label = classDir.getFileName().toString();
            List<String> quiet = new ArrayList<>();
            for (Path file :
                    list(classDir).stream().filter(Files::isRegularFile).toList()) {
                String text = TextFiles.read(file, quiet).strip();
                if (!text.isEmpty()) {
                    docs.add(new LabeledText(label, text, 0));
                }
            }
            if (!quiet.isEmpty()) {
                notices.add(String.format(
                        Locale.ROOT, "%s: %,d files are not UTF-8 and were read as Windows-1252", label, quiet.size()));
            }
        }
        return docs;
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
