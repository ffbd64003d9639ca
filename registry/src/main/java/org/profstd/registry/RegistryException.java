package org.profstd.registry;

/** A request the registry cannot carry out, with a one-line reason meant for the user. */
public final class RegistryException extends RuntimeException {
    /** What went wrong, so an interface can map it to an exit code or an HTTP status. */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, UNAVAILABLE }

    private final Kind kind;

    public RegistryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RegistryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static RegistryException notFound(String what, long id) {
        return new RegistryException(Kind.NOT_FOUND, "no " + what + " with id " + id);
    }
}
