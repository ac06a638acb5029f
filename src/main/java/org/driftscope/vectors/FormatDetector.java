package org.driftscope.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.driftscope.io.InputFileException;

/**
 * Tells the layout of a vector file from its first 64 KB, and says plainly what a file is when it is
 * not vectors at all (an image, an archive, a dataset).
 */
final class FormatDetector {
    private static final int SAMPLE = 1 << 16;

    private FormatDetector() {}

    static VectorFormat detect(Path file) throws IOException {
        byte[] head = new byte[SAMPLE];
        int n;
        try (InputStream in = SourceStream.open(file, ReadOptions.all())) {
            n = in.readNBytes(head, 0, SAMPLE);
        }
        return detect(file, head, n);
    }

    static VectorFormat detect(Path file, byte[] head, int n) throws InputFileException {
        if (n == 0) {
            throw InputFileException.whole(file, "the file is empty, so it holds no vectors");
        }
        String kind = knownBinary(head, n);
        if (kind != null) {
            throw InputFileException.whole(file, "this looks like " + kind + ", not a word-vector file");
        }
        int end1 = indexOf(head, 0, n, (byte) '\n');
        int nul = indexOf(head, 0, end1 < 0 ? n : end1, (byte) 0);
        if (nul >= 0) {
            // word2vec binary keeps its zero bytes after a text header; a first line holding one is no text
            throw InputFileException.atByte(
                    file, nul, "a zero byte where a text line is expected: this is not a word-vector file");
        }
        String[] first = tokens(head, 0, end1 < 0 ? n : end1);
        // word2vec separates its header with a space; projector rows are tab-separated numbers
        boolean tabbed = indexOf(head, 0, end1 < 0 ? n : end1, (byte) '\t') >= 0;
        if (!tabbed
                && first.length == 2
                && isSignedCount(first[0])
                && isSignedCount(first[1])
                && (first[0].startsWith("-") || first[1].startsWith("-"))) {
            // a word2vec header with a sign: never a GloVe row (a word "-5" with one number)
            throw InputFileException.atLine(
                    file,
                    1,
                    "the header '" + first[0] + " " + first[1]
                            + "' gives a negative count; a word2vec header is 'rows dimensions', both positive");
        }
        if (!tabbed && first.length == 2 && isCount(first[0]) && isCount(first[1])) {
            if (end1 < 0) {
                return VectorFormat.WORD2VEC_TEXT;
            }
            int end2 = indexOf(head, end1 + 1, n, (byte) '\n');
            String[] second = tokens(head, end1 + 1, end2 < 0 ? n : end2);
            // Text rows hold numbers after the word (their count is checked when parsing, with a line
            // number); binary rows hold raw float bytes that do not parse as numbers.
            return allNumbers(second, 1) ? VectorFormat.WORD2VEC_TEXT : VectorFormat.WORD2VEC_BINARY;
        }
        if (tabbed && allNumbers(first, 0)) {
            return VectorFormat.PROJECTOR_TSV;
        }
        if (first.length >= 2 && allNumbers(first, 1)) {
            return VectorFormat.GLOVE_TEXT;
        }
        String shown = new String(head, 0, Math.min(60, end1 < 0 ? n : end1), StandardCharsets.ISO_8859_1).strip();
        throw InputFileException.atLine(
                file,
                1,
                "expected a word followed by numbers, found '" + shown
                        + "'; this does not look like a word-vector file (is it a dataset?)");
    }

    private static String knownBinary(byte[] b, int n) {
        if (n >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "a PNG image";
        }
        if (n >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "a JPEG image";
        }
        if (n >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "a GIF image";
        }
        if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "a PDF document";
        }
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "a zip archive (unpack it first)";
        }
        return null;
    }

    private static boolean isSignedCount(String s) {
        return isCount(s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s);
    }

    static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 18) { // fits a long; the sizes are checked where they are used
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allNumbers(String[] tokens, int from) {
        if (tokens.length <= from) {
            return false;
        }
        for (int i = from; i < tokens.length; i++) {
            byte[] t = tokens[i].getBytes(StandardCharsets.ISO_8859_1);
            try {
                FloatParser.parse(t, 0, t.length);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static String[] tokens(byte[] b, int from, int to) {
        String line = new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip();
        return line.isEmpty() ? new String[0] : line.split("[ \\t]+");
    }

    private static int indexOf(byte[] b, int from, int to, byte x) {
        for (int i = from; i < to; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
