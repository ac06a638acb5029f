package org.driftscope.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;

/**
 * Keeps a run's session on disk while it trains: rewritten (atomically) after every epoch, so a crash or
 * a kill loses at most the epoch in progress. The newest {@link #KEEP} autosaves are kept.
 */
public final class Autosave {
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    /** Epochs in the session last written; only a session with more replaces it. */
    private int written;

    private Autosave(Path file) {
        this.file = file;
    }

    /** An autosave for a run starting now, in {@code folder}, named after the workspace and the time. */
    public static Autosave begin(Path folder, String name, LocalDateTime now) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return new Autosave(folder.resolve(safe + "-" + STAMP.format(now) + ".driftscope"));
    }

    public Path file() {
        return file;
    }

    /**
     * Writes the session so far, then removes all but the newest autosaves in the folder. Writes may come
     * from several threads, one per epoch, and finish in any order: they take turns, and one that holds
     * fewer epochs than the file already does is skipped, so an earlier epoch's write never replaces a
     * later one's.
     */
    public synchronized void write(Session session) throws IOException {
        if (session.epochs().size() <= written) {
            return;
        }
        Files.createDirectories(file.getParent());
        SessionFiles.write(session, file);
        written = session.epochs().size();
        prune(file.getParent());
    }

    private static void prune(Path folder) throws IOException {
        List<Path> saves;
        try (Stream<Path> files = Files.list(folder)) {
            saves = files.filter(p -> p.getFileName().toString().endsWith(".driftscope"))
                    .sorted(Comparator.comparing(Autosave::modified).reversed())
                    .toList();
        }
        for (Path old : saves.subList(Math.min(KEEP, saves.size()), saves.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
