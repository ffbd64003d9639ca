package org.profstd.read;

/**
 * The document cannot be read at all: not a file of a supported format, damaged, or not a professional standard.
 * The message is one line meant for the user.
 */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
