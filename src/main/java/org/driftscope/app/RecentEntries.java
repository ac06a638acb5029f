package org.driftscope.app;

import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftscope.corpus.DatasetFormat;

/**
 * What was opened lately, newest first, as the settings file keeps it: {@code sample:NAME},
 * {@code files:VECTORS|DATA[|LAYOUT]} or {@code session:FILE}.
 */
final class RecentEntries {
    private final ObservableList<String> entries = FXCollections.observableArrayList();

    static String sample(String name) {
        return "sample:" + name;
    }

    static String files(Dialogs.FilePair files) {
        return "files:" + files.vectors().toAbsolutePath() + "|"
                + files.dataset().toAbsolutePath()
                + (files.layout() == null ? "" : "|" + files.layout().label());
    }

    static String session(Path file) {
        return "session:" + file.toAbsolutePath();
    }

    /** The files of a {@code files:} entry. */
    static Dialogs.FilePair filesOf(String entry) {
        String[] parts = entry.substring("files:".length()).split("\\|", 3);
        return new Dialogs.FilePair(
                Path.of(parts[0]),
                Path.of(parts[1]),
                parts.length > 2 ? DatasetFormat.ofLabel(parts[2]).orElse(null) : null);
    }

    /** Puts {@code entry} first, once, and keeps the list to {@link Settings#RECENT}. */
    void remember(String entry) {
        entries.remove(entry);
        entries.add(0, entry);
        if (entries.size() > Settings.RECENT) {
            entries.remove(Settings.RECENT, entries.size());
        }
    }

    ObservableList<String> list() {
        return entries;
    }
}
