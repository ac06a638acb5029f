package org.driftscope.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens files the user chose, turning the JDK's terse failures into messages that say what is wrong. */
public final class InputFiles {
    private InputFiles() {}

    public static InputStream open(Path file) throws InputFileException {
        if (Files.isDirectory(file)) {
            throw InputFileException.whole(file, "is a folder, not a file (" + file.toAbsolutePath() + ")");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe would block the reader forever, a device could stream without end.
            throw InputFileException.whole(
                    file,
                    "is not a regular file but a pipe, socket or device (" + file.toAbsolutePath()
                            + "); save the data to a file first");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw InputFileException.whole(file, "the file does not exist (" + file.toAbsolutePath() + ")");
        } catch (AccessDeniedException e) {
            throw InputFileException.whole(
                    file, "permission to read the file was denied (" + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw InputFileException.whole(file, "the file cannot be read: " + e.getMessage());
        }
    }
}
