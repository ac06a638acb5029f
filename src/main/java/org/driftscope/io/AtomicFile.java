package org.driftscope.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a file under a temporary name beside the target and renames it into place, so a crash or an
 * error half-way never leaves a truncated file where the user expects a good one. The data is forced
 * to disk before the rename and the folder after it, so a power cut cannot leave the new name pointing
 * at data that never reached the disk; temporary files that an earlier, killed write of the same target
 * left behind are removed.
 */
public final class AtomicFile {
    /** A temporary file this old belongs to no write still under way. */
    static final Duration STALE = Duration.ofMinutes(1);
    /** The temporary name {@link #write} gives a target: {@code .name.<hex>.part}. */
    private static final java.util.regex.Pattern TEMPORARY =
            java.util.regex.Pattern.compile("\\.(.+)\\.[0-9a-f]+\\.part");

    /** The body of a write: gets the temporary file's stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStale(dir, absolute.getFileName().toString());
        // Not Files.createTempFile: it makes the file owner-only (0600), and the user's umask should decide.
        Path temp =
                dir.resolve(prefix(absolute.getFileName().toString()) + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new KeptOpen(Channels.newOutputStream(channel));
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The channel's stream, which a writer may close (a zip stream closes what it wraps) before the force. */
    private static final class KeptOpen extends java.io.FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * The file a temporary file of {@link #write} stands for ({@code .name.<hex>.part} -> {@code name}),
     * or {@code path} itself: what a message about a failed write names for the user.
     */
    public static Path targetOf(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return path;
        }
        var m = TEMPORARY.matcher(name.toString());
        return m.matches() ? path.resolveSibling(m.group(1)) : path;
    }

    private static String prefix(String name) {
        return "." + name + ".";
    }

    /** Deletes this target's temporary files older than {@link #STALE}: leftovers of a killed write. */
    static void removeStale(Path dir, String name) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> parts =
                Files.newDirectoryStream(dir, prefix(name).replace("[", "\\[") + "*.part")) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy; the write itself must not fail for it.
        }
    }

    /** Forces the folder's entry for the renamed file to disk, where the system allows it (not on Windows). */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
