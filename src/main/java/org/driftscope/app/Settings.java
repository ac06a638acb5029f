package org.driftscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.driftscope.io.AtomicFile;

/**
 * What the app remembers between runs (theme, window size, recent files), in one properties file a user
 * can read. A missing or unreadable file means defaults: settings are a convenience, never a reason
 * not to start.
 */
final class Settings {
    static final int RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings in {@code home}/settings.properties. */
    static Settings load(Path home) {
        Settings s = new Settings(home.resolve("settings.properties"));
        try (InputStream in = Files.newInputStream(s.file)) {
            s.values.load(in);
        } catch (NoSuchFileException e) {
            // First start.
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("driftscope: ignoring unreadable settings " + s.file + ": " + e.getMessage());
        }
        return s;
    }

    boolean dark() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    void setDark(boolean on) {
        values.setProperty("theme.dark", Boolean.toString(on));
    }

    /** x, y, width, height of the window, or {@code null} before the first close. */
    double[] window() {
        String text = values.getProperty("window");
        if (text == null) {
            return null;
        }
        try {
            String[] parts = text.split(",");
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
            return v[2] >= 400 && v[3] >= 300 ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    void setWindow(double x, double y, double width, double height) {
        values.setProperty("window", x + "," + y + "," + width + "," + height);
    }

    /** The folder the last export went to, while it still exists; else {@code fallback}. */
    Path exportFolder(Path fallback) {
        String text = values.getProperty("export.folder");
        try {
            Path folder = text == null ? null : Path.of(text);
            return folder != null && Files.isDirectory(folder) ? folder : fallback;
        } catch (java.nio.file.InvalidPathException e) {
            return fallback;
        }
    }

    void setExportFolder(Path folder) {
        values.setProperty("export.folder", folder.toAbsolutePath().toString());
    }

    /** Recently opened entries, newest first: sessions and vectors|dataset pairs, as the user opened them. */
    List<String> recent() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String v = values.getProperty("recent." + i);
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    /** Replaces the recent entries with these, newest first. */
    void recentReplace(List<String> entries) {
        for (int i = 0; i < RECENT; i++) {
            if (i < entries.size()) {
                values.setProperty("recent." + i, entries.get(i));
            } else {
                values.remove("recent." + i);
            }
        }
    }

    void save() {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> values.store(out, "Driftscope settings"));
        } catch (IOException e) {
            System.err.println("driftscope: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
