package org.driftscope.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.driftscope.io.InputFileException;
import org.driftscope.io.InputFiles;

/**
 * Reads a text file whole: strict UTF-8, or Windows-1252 when the bytes are not UTF-8 (MR ships so),
 * with a notice. Binary files are refused by name.
 */
final class TextFiles {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {}

    static String read(Path file, List<String> notices) throws IOException {
        byte[] bytes;
        try (InputStream in = InputFiles.open(file)) {
            bytes = in.readAllBytes();
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw InputFileException.atByte(file, i, "holds a NUL byte: this is a binary file, not text");
            }
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            notices.add(file.getFileName() + " is not UTF-8; it was read as Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * The complete lines among the first {@code limit} bytes, decoded leniently: enough to tell a file's
     * layout without reading all of it (the reader that follows checks every byte).
     */
    static List<String> head(Path file, int limit) throws IOException {
        byte[] bytes;
        boolean whole;
        try (InputStream in = InputFiles.open(file)) {
            bytes = in.readNBytes(limit);
            whole = in.read() < 0;
        }
        int end = bytes.length;
        if (!whole) {
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
        }
        return lines(new String(bytes, 0, end, StandardCharsets.UTF_8));
    }

    /** Splits on '\n' only (U+0085, which Windows-1252's 0x85 is not, must never split a line), dropping '\r'. */
    static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                if (i < text.length() || end > start) {
                    lines.add(text.substring(start, end));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
