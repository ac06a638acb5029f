package org.driftscope.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftscope.io.InputFileException;

/** Datasets with one labelled document per line: fastText's {@code __label__} lines and "label text" lines. */
final class LineDatasets {
    static final String FASTTEXT_PREFIX = "__label__";

    private LineDatasets() {}

    static List<LabeledText> fastText(Path file, Part part, List<String> notices) throws IOException {
        List<LabeledText> docs = new ArrayList<>();
        long line = 0;
        int multi = 0;
        for (String text : TextFiles.lines(file, notices)) {
            line++;
            String s = text.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (!s.startsWith(FASTTEXT_PREFIX)) {
                throw InputFileException.atLine(file, line, "expected '__label__X text'");
            }
            String[] tokens = s.split("\\s+");
            int k = 0;
            while (k < tokens.length && tokens[k].startsWith(FASTTEXT_PREFIX)) {
                k++;
            }
            String label = tokens[0].substring(FASTTEXT_PREFIX.length());
            if (label.isEmpty()) {
                throw InputFileException.atLine(file, line, "the label after '__label__' is empty");
            }
            multi += k > 1 ? 1 : 0;
            String body = String.join(" ", java.util.Arrays.asList(tokens).subList(k, tokens.length));
            if (body.isBlank()) {
                throw InputFileException.atLine(file, line, "the line has a label but no text");
            }
            docs.add(new LabeledText(label, body, line, part));
        }
        if (multi > 0) {
            notices.add(String.format(
                    java.util.Locale.ROOT,
                    "%s: %,d lines have several labels; the first label of each was used",
                    file.getFileName(),
                    multi));
        }
        return docs;
    }

    static List<LabeledText> labelFirst(Path file, Part part, List<String> notices) throws IOException {
        List<LabeledText> docs = new ArrayList<>();
        long line = 0;
        for (String text : TextFiles.lines(file, notices)) {
            line++;
            String s = text.strip();
            if (s.isEmpty()) {
                continue;
            }
            int space = indexOfBlank(s);
            if (space < 0) {
                throw InputFileException.atLine(
                        file, line, "expected 'label text', found only '" + abbreviate(s) + "'");
            }
            docs.add(new LabeledText(
                    s.substring(0, space), s.substring(space + 1).strip(), line, part));
        }
        return docs;
    }

    static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
