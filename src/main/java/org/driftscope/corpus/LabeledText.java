package org.driftscope.corpus;

import java.util.Objects;

/**
 * One labelled document.
 *
 * @param label the class name as the file spells it
 * @param text the raw text, untokenised
 * @param line the 1-based line it started on, for messages
 */
public record LabeledText(String label, String text, long line) {
    public LabeledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
