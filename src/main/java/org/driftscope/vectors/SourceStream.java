package org.driftscope.vectors;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPInputStream;
import org.driftscope.io.InputFileException;
import org.driftscope.io.InputFiles;

/**
 * Opens a vector file for reading: decompresses gzip (found by its magic bytes, not the name), counts
 * the file's bytes for progress, polls for cancellation, and turns a corrupt gzip stream into an error
 * that names the file and the compressed byte offset.
 */
final class SourceStream {
    private static final long REPORT_EVERY = 4L << 20;

    private SourceStream() {}

    static InputStream open(Path file, ReadOptions options) throws IOException {
        return open(file, options, () -> {});
    }

    /** @param onBom told when a leading UTF-8 byte order mark was dropped */
    static InputStream open(Path file, ReadOptions options, Runnable onBom) throws IOException {
        InputStream in = InputFiles.open(file);
        var counting = new Counting(in, file, Files.size(file), options);
        InputStream raw = new BufferedInputStream(counting, 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 != 0x1f || b1 != 0x8b) {
            return withoutBom(raw, onBom);
        }
        try {
            return withoutBom(new Gunzip(new GZIPInputStream(raw, 1 << 16), file, counting), onBom);
        } catch (IOException e) {
            throw InputFileException.atByte(
                    file, counting.count, "the gzip header is corrupt (" + e.getMessage() + ")");
        }
    }

    /**
     * The stream without a leading UTF-8 byte order mark, which some editors and Windows tools write:
     * left in, it would become part of the first word ("\uFEFFthe" instead of "the").
     */
    private static InputStream withoutBom(InputStream in, Runnable onBom) throws IOException {
        var pushback = new java.io.PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = pushback.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (bom) {
            onBom.run();
        } else if (n > 0) {
            pushback.unread(head, 0, n);
        }
        return pushback;
    }

    /** Counts raw bytes, reports progress and polls for cancellation every few MB. */
    private static final class Counting extends FilterInputStream {
        private final Path file;
        private final long total;
        private final ReadOptions options;
        private long count;
        private long nextReport = REPORT_EVERY;

        Counting(InputStream in, Path file, long total, ReadOptions options) {
            super(in);
            this.file = file;
            this.total = total;
            this.options = options;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advanced(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advanced(n);
            } else if (n < 0 && options.progress() != null) {
                options.progress().update(total, total);
            }
            return n;
        }

        private void advanced(int n) {
            count += n;
            if (count >= nextReport) {
                nextReport = count + REPORT_EVERY;
                if (options.cancelled() != null && options.cancelled().getAsBoolean()) {
                    throw new CancellationException("reading " + file.getFileName() + " was cancelled");
                }
                if (options.progress() != null) {
                    options.progress().update(count, total);
                }
            }
        }
    }

    /** Rethrows the JDK's terse inflater errors as a message naming the file and where it broke. */
    private static final class Gunzip extends FilterInputStream {
        private final Path file;
        private final Counting counting;

        Gunzip(InputStream in, Path file, Counting counting) {
            super(in);
            this.file = file;
            this.counting = counting;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw corrupt(e);
            }
        }

        private IOException corrupt(IOException e) {
            if (e instanceof InputFileException) {
                return e;
            }
            return InputFileException.atByte(
                    file, counting.count, "the gzip data is corrupt or cut short (" + e.getMessage() + ")");
        }
    }
}
