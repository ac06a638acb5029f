package org.driftscope.training;

/**
 * How a run ended.
 *
 * @param status completed, stopped by the user, or failed
 * @param epochs epochs finished
 * @param message for a failure, what went wrong and what to try; empty otherwise
 */
public record RunOutcome(Status status, int epochs, String message) {
    public enum Status {
        COMPLETED,
        STOPPED,
        FAILED
    }

    public RunOutcome {
        java.util.Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }
}
