package org.driftscope.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the user gave us cannot be read as what it claims to be. The message always names the file
 * and, where known, the line (text) or byte offset (binary), so the user can open it and look.
 */
public final class InputFileException extends IOException {
    private final transient Path file;

    private InputFileException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public static InputFileException atLine(Path file, long line, String reason) {
        return new InputFileException(file, file.getFileName() + ", line " + line + ": " + reason);
    }

    public static InputFileException atByte(Path file, long offset, String reason) {
        return new InputFileException(file, file.getFileName() + ", byte " + offset + ": " + reason);
    }

    public static InputFileException whole(Path file, String reason) {
        return new InputFileException(file, file.getFileName() + ": " + reason);
    }

    /** The same error with {@code hint} added to its message (how this caller's user gives another file). */
    public InputFileException withHint(String hint) {
        InputFileException e = new InputFileException(file, getMessage() + hint);
        e.initCause(getCause());
        return e;
    }

    public Path file() {
        return file;
    }
}
