package org.driftscope.app;

/**
 * An error for a dialog: what failed and why, never a stack trace.
 *
 * @param title what the user tried
 * @param reason the cause, naming the file and line where there is one
 */
record ErrorReport(String title, String reason) {
    static ErrorReport of(String title, Throwable e) {
        String message = e.getMessage();
        return new ErrorReport(
                title, message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
}
