package org.driftscope;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public data beside the checkout ({@code ../shared/data}; the build passes its path as the
 * {@code driftscope.sharedData} property). Tests that need it skip, saying why, when it is absent.
 */
public final class SharedData {
    private SharedData() {}

    public static Path file(String relative) {
        Path root = Path.of(System.getProperty("driftscope.sharedData", "../shared/data"));
        Path file = root.resolve(relative);
        assumeTrue(
                Files.exists(file),
                () -> "skipped: " + file.toAbsolutePath()
                        + " is absent (the real-data tests need ../shared/data beside the checkout; CI has it)");
        return file;
    }
}
