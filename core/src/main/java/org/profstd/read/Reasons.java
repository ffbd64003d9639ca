package org.profstd.read;

/** Turns a library exception into a short reason for a one-line message. */
final class Reasons {
    private static final int MAX_LENGTH = 160;

    private Reasons() {
    }

    /** The innermost message of an exception chain, on one line and cut to a readable length. */
    static String of(Throwable e) {
        Throwable root = e;
        String message = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            root = t;
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        String text = message == null ? root.getClass().getSimpleName() : message;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }
}
