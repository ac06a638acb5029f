package org.driftscope.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.driftscope.io.InputFileException;
import org.driftscope.io.InputFiles;

/**
 * Reads dataset text through a {@link Reader}, never holding a file's bytes whole: strict UTF-8, or
 * Windows-1252 when the bytes are not UTF-8 (MR ships so), with a notice. A leading byte order mark is
 * dropped with a notice; binary files are refused by name.
 */
final class TextFiles {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int PROBE = 8192;

    private TextFiles() {}

    /** What reads the decoded text; may throw {@link CharacterCodingException}, directly or wrapped. */
    interface Body<T> {
        T read(Reader in) throws IOException;
    }

    /**
     * Runs {@code body} on the file's text. When the bytes turn out not to be UTF-8 it runs again from
     * the start on a Windows-1252 reading, so {@code body} must not keep anything from a failed run.
     */
    static <T> T read(Path file, List<String> notices, Body<T> body) throws IOException {
        boolean bom = probe(file);
        if (bom) {
            notices.add(file.getFileName() + " starts with a UTF-8 byte order mark; it was ignored");
        }
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = reader(file, bom, strict)) {
            return body.read(in);
        } catch (CharacterCodingException e) {
            // fall through to the Windows-1252 reading
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
        }
        try (Windows1252Reader in =
                new Windows1252Reader(new java.io.BufferedInputStream(InputFiles.open(file), 1 << 16))) {
            T result = body.read(in);
            String notice = file.getFileName() + " is not UTF-8; it was read as Windows-1252";
            if (in.undefined() > 0) {
                notice += String.format(
                        Locale.ROOT,
                        " (%,d bytes that Windows-1252 leaves undefined, the first at byte %,d, were read as"
                                + " control characters)",
                        in.undefined(),
                        in.firstUndefined());
            }
            notices.add(notice);
            return result;
        }
    }

    /** The file's lines (see {@link #lines(Reader)}). */
    static List<String> lines(Path file, List<String> notices) throws IOException {
        return read(file, notices, TextFiles::lines);
    }

    /** The file's whole text (one document of a folder-per-class dataset). */
    static String text(Path file, List<String> notices) throws IOException {
        return read(file, notices, in -> {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[PROBE];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        });
    }

    /** True when the file starts with a UTF-8 BOM; refuses a file with a NUL byte near its start. */
    private static boolean probe(Path file) throws IOException {
        byte[] head;
        try (InputStream in = InputFiles.open(file)) {
            head = in.readNBytes(PROBE);
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw InputFileException.atByte(file, i, "holds a NUL byte: this is a binary file, not text");
            }
        }
        return head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
    }

    private static Reader reader(Path file, boolean skipBom, CharsetDecoder decoder) throws IOException {
        InputStream in = new java.io.BufferedInputStream(InputFiles.open(file), 1 << 16);
        if (skipBom) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, decoder);
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
        try (Reader in = new java.io.StringReader(new String(bytes, 0, end, StandardCharsets.UTF_8))) {
            return lines(in);
        }
    }

    /**
     * Splits on '\n' only (U+0085, which Windows-1252's 0x85 is not, must never split a line), dropping
     * a '\r' before it; a final line without '\n' counts, an empty one after the last '\n' does not.
     */
    static List<String> lines(Reader in) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[PROBE];
        boolean pending = false;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.append(buffer, start, i - start);
                    lines.add(withoutCr(line));
                    line.setLength(0);
                    start = i + 1;
                }
            }
            line.append(buffer, start, n - start);
            pending = line.length() > 0;
        }
        if (pending) {
            lines.add(withoutCr(line));
        }
        return lines;
    }

    private static String withoutCr(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /**
     * Refuses a dataset too large to hold: its text is kept in memory as the documents (and tokenised
     * beside them), which takes a few times its size on disk.
     *
     * @param bytes the dataset's size on disk, all its files together
     */
    static void checkSize(Path source, long bytes) throws InputFileException {
        long heap = Runtime.getRuntime().maxMemory();
        long limit = heap / 6;
        if (bytes > limit) {
            throw InputFileException.whole(
                    source,
                    String.format(
                            Locale.ROOT,
                            "is %s; a dataset is held in memory, and this Java heap (%s) holds one of at most %s:"
                                    + " train on a sample of it, or give Java more memory (-Xmx)",
                            size(bytes),
                            size(heap),
                            size(limit)));
        }
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
}
