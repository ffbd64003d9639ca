package org.profstd.cli;

/** A failure whose message is meant for the user as it stands, with the exit code to end with. */
public class UserFacingException extends RuntimeException {
    private final int exitCode;

    public UserFacingException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
