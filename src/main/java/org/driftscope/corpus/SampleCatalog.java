package org.driftscope.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The samples bundled under {@code samples/} (on the class path as {@code /samples}). Each sample is a
 * folder named in {@code catalog.txt}, holding a {@code manifest.properties} and the files it names.
 * When the samples live inside a jar, their files are unpacked to the user's own folder
 * ({@code ~/.driftscope/samples}, or a per-user folder under the temporary one when home cannot be
 * written), so readers always get a plain {@link Path}. A file already there with the same bytes is
 * left alone: its date stays, so a session saved from a sample still finds the file the run read.
 */
public final class SampleCatalog {
    private static final String ROOT = "/samples/";

    private SampleCatalog() {}

    public static List<Sample> load() throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String line : readResource("catalog.txt").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                samples.add(loadSample(name));
            }
        }
        return List.copyOf(samples);
    }

    public static Optional<Sample> find(String name) throws IOException {
        return load().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static Sample loadSample(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(open(name + "/manifest.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new Sample(
                name,
                p.getProperty("title", name),
                p.getProperty("story", ""),
                file(name, required(p, name, "vectors")),
                file(name, required(p, name, "data")),
                split(p.getProperty("watch", "")).stream().map(WatchPair::parse).toList(),
                split(p.getProperty("show", "")),
                rate(p, name, "embedding-learning-rate"));
    }

    private static double rate(Properties p, String sample, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IOException("sample '" + sample + "': manifest.properties has '" + key + "=" + value.strip()
                    + "', which is not a number");
        }
    }

    private static String required(Properties p, String sample, String key) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException("sample '" + sample + "': manifest.properties lacks '" + key + "'");
        }
        return value.strip();
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Path file(String sample, String relative) throws IOException {
        URL url = SampleCatalog.class.getResource(ROOT + sample + "/" + relative);
        if (url == null) {
            throw new IOException("sample '" + sample + "': file " + relative + " is missing");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("sample '" + sample + "': bad location " + url, e);
            }
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        return unpack(
                bytes,
                unpackFolder(sample).resolve(Path.of(relative).getFileName().toString()));
    }

    /** Where a sample's files are unpacked: the user's own, never a folder other users share. */
    static Path unpackFolder(String sample) throws IOException {
        Path home = Path.of(System.getProperty("user.home"), ".driftscope", "samples", sample);
        try {
            return Files.createDirectories(home);
        } catch (IOException e) {
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            return Files.createDirectories(
                    Path.of(System.getProperty("java.io.tmpdir"), "driftscope-samples-" + user, sample));
        }
    }

    /**
     * Puts {@code bytes} at {@code target} unless the file there holds them already (then it is not
     * touched, and keeps its date); written to a temporary name and renamed into place.
     */
    static Path unpack(byte[] bytes, Path target) throws IOException {
        if (Files.isRegularFile(target)
                && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        org.driftscope.io.AtomicFile.write(target, out -> out.write(bytes));
        return target;
    }

    private static String readResource(String relative) throws IOException {
        try (InputStream in = open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String relative) throws IOException {
        InputStream in = SampleCatalog.class.getResourceAsStream(ROOT + relative);
        if (in == null) {
            throw new IOException("bundled sample file samples/" + relative + " is missing");
        }
        return in;
    }
}
