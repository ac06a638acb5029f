package org.driftscope.corpus;

import java.util.Objects;

/**
 * One labelled document.
 *
 * @param label the class name as the file spells it
 * @param text the raw text, untokenised
 * @param line the 1-based line it started on (0 for a whole file), for messages
 * @param part which part of the dataset's own split it came from
 */
public record LabeledText(String label, String text, long line, Part part) {
    public LabeledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(part, "part");
    }

    public LabeledText(String label, String text, long line) {
        this(label, text, line, Part.UNSPLIT);
    }
}
