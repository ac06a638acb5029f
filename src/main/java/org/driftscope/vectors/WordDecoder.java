package org.driftscope.vectors;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a word's bytes into a String: ASCII directly, otherwise strict UTF-8, and bytes that are not
 * UTF-8 as Windows-1252 (real files have a few Latin-1 words), counted so the load can report them.
 */
final class WordDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long fallbacks;
    private String firstFallback;
    private long firstFallbackAt;

    /**
     * @param where line number (text) or byte offset (binary) for the report
     */
    String decode(byte[] bytes, int from, int to, long where) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, from, to - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            String word = new String(bytes, from, to - from, WINDOWS_1252);
            if (fallbacks++ == 0) {
                firstFallback = word;
                firstFallbackAt = where;
            }
            return word;
        }
    }

    long fallbacks() {
        return fallbacks;
    }

    /** For example "clichés (line 812)", or empty when every word was UTF-8. */
    String example(String unit) {
        return fallbacks == 0 ? "" : firstFallback + " (" + unit + " " + firstFallbackAt + ")";
    }
}
