package org.profstd.read;

/**
 * How much work one document may cost before it is refused, whatever its format. Published standards are far below
 * every limit (the largest Word body in the corpus unpacks to 1.2 MB and nests tables two deep); the limits stop a
 * hostile or broken file from taking the process's memory, stack or time.
 */
public final class ReadLimits {
    /** Largest file read at all. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Largest unpacked part of a Word package (its body XML, styles, numbering ...). */
    public static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** Largest unpacked Word package, all parts together. */
    public static final long MAX_PACKAGE_BYTES = 96L * 1024 * 1024;
    /** Deepest nesting of XML or HTML elements (a table in a table adds three or four). */
    public static final int MAX_DEPTH = 256;
    /** Time one document may take to read, after which it is refused. */
    public static final int BUDGET_SECONDS = 60;

    private ReadLimits() {
    }

    static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }
}
