package org.profstd.read;

/**
 * A limit of {@link ReadLimits} broken inside a reader whose signature cannot carry a checked exception; the guard
 * around every reader ({@link Readers#read}) reports it as an {@link UnreadableDocumentException} with this message.
 */
final class DocumentRefusedException extends RuntimeException {
    DocumentRefusedException(String message) {
        super(message);
    }
}
