package org.driftscope.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into tokens with the rules of Kim (2014)'s {@code clean_str}: anything but ASCII letters,
 * digits and {@code (),!?'`} becomes a space; clitics ('s, 've, n't, 're, 'd, 'll) and punctuation
 * become tokens of their own.
 *
 * <p>Kim, Y. (2014). Convolutional Neural Networks for Sentence Classification. EMNLP.
 */
public final class Tokenizer {
    private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9(),!?'`]");
    private static final Pattern CLITIC = Pattern.compile("('s|'ve|n't|'re|'d|'ll)");
    private static final Pattern PUNCT = Pattern.compile("([,!()?])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final boolean lowercase;

    public Tokenizer(boolean lowercase) {
        this.lowercase = lowercase;
    }

    /** Kim's rules with lowercasing, as his experiments ran. */
    public static Tokenizer kim() {
        return new Tokenizer(true);
    }

    public List<String> tokenize(String text) {
        String s = OTHER.matcher(text).replaceAll(" ");
        s = CLITIC.matcher(s).replaceAll(" $1");
        s = PUNCT.matcher(s).replaceAll(" $1 ");
        s = s.strip();
        if (lowercase) {
            s = s.toLowerCase(java.util.Locale.ROOT);
        }
        return s.isEmpty() ? List.of() : List.of(SPACES.split(s));
    }
}
