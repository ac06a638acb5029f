package org.driftscope.session;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.driftscope.io.InputFileException;

/**
 * What a session file's JSON must say before anything is built from it (issue 20): sizes that fit
 * together, words that exist, numbers that are finite. Each failure names the file and the field, in
 * words a user can act on, rather than an index or arithmetic error from deep inside the rebuild.
 */
final class SessionChecks {
    /** Far more words than any layout draws; a larger count means a damaged file. */
    static final int MAX_WORDS = 1_000_000;

    static final int MAX_DIMENSION = 100_000;

    /** Values per vector array (a gigabyte of floats): a layout of 100,000 words x 300 takes 30 million. */
    static final long MAX_VALUES = 250_000_000;

    private SessionChecks() {}

    static void check(Path file, SessionJson json) throws InputFileException {
        List<String> words = json.words();
        require(file, words != null && !words.isEmpty(), "the session lists no words");
        int n = words.size();
        require(file, n <= MAX_WORDS, "the session lists " + n + " words, more than a session can hold");
        require(
                file,
                json.dimension() >= 1 && json.dimension() <= MAX_DIMENSION,
                "the session says its vectors have " + json.dimension() + " dimensions; expected 1 to "
                        + MAX_DIMENSION);
        require(
                file,
                (long) n * json.dimension() <= MAX_VALUES,
                n + " words of " + json.dimension() + " dimensions are more values than a session can hold");
        require(file, json.config() != null, "the session lacks its run settings (config)");
        require(file, json.provenance() != null, "the session lacks its provenance");
        require(file, json.epochs() != null && !json.epochs().isEmpty(), "the session holds no epoch");
        sameLength(file, "trainCounts", json.trainCounts() == null ? -1 : json.trainCounts().length, n);
        sameLength(file, "leaning", json.leaning() == null ? -1 : json.leaning().length, n);
        sameLength(file, "association", json.association() == null ? -1 : json.association().length, n);
        sameLength(file, "pretrained", json.pretrained() == null ? -1 : json.pretrained().length, n);
        int classes = json.labels() == null ? 0 : json.labels().size();
        for (int l : json.leaning()) {
            require(file, l >= -1 && l < classes, "a word leans to class " + l + ", but the session has " + classes);
        }
        if (json.named() != null) {
            for (Integer i : json.named()) {
                require(
                        file,
                        i != null && i >= 0 && i < n,
                        "a named word points at row " + i + ", but the session has " + n + " words");
            }
        }
        if (json.watch() != null) {
            for (List<String> pair : json.watch()) {
                require(file, pair != null && pair.size() == 2, "a watched pair does not name two words");
                for (String w : pair) {
                    require(
                            file,
                            words.contains(w),
                            "the watched pair " + String.join(":", pair) + " names '" + w
                                    + "', which is not among the session's words");
                }
            }
        }
        for (SessionJson.EpochJson e : json.epochs()) {
            require(file, e != null && e.epoch() >= 0, "an epoch has a negative number");
        }
        String started = json.provenance().started();
        try {
            Instant.parse(started == null ? "" : started);
        } catch (DateTimeParseException e) {
            throw InputFileException.whole(
                    file,
                    "the session's start time '" + started + "' is not a time (expected like 2026-12-01T10:00:00Z)");
        }
    }

    /** Throws unless every value is finite: a NaN or infinity would draw nothing or say "NaN". */
    static void finite(Path file, String entry, float[] values) throws InputFileException {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw InputFileException.whole(
                        file, entry + " holds " + values[i] + " at value " + i + "; the file is damaged");
            }
        }
    }

    static void finite(Path file, String entry, double[] values) throws InputFileException {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw InputFileException.whole(
                        file, entry + " holds " + values[i] + " at value " + i + "; the file is damaged");
            }
        }
    }

    private static void sameLength(Path file, String field, int length, int words) throws InputFileException {
        require(file, length == words, field + " has " + Math.max(0, length) + " values for " + words + " words");
    }

    private static void require(Path file, boolean ok, String reason) throws InputFileException {
        if (!ok) {
            throw InputFileException.whole(file, reason + "; the file is damaged");
        }
    }
}
