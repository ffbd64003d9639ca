package org.profstd.read;

/**
 * One straight table border on a page, in page coordinates with the origin at the top left (the coordinates of the
 * text positions): a horizontal rule at height {@code at} from {@code from} to {@code to} along x, or a vertical rule
 * at {@code x = at} from {@code from} to {@code to} along y.
 */
record PdfRule(boolean horizontal, float at, float from, float to) {
    /** How far apart two borders may lie and still count as one: Word draws a border as several touching pieces. */
    static final float TOLERANCE = 2f;

    /** Whether this rule crosses or touches a rule of the other direction. */
    boolean meets(PdfRule other) {
        return other.horizontal != horizontal
                && other.at >= from - TOLERANCE && other.at <= to + TOLERANCE
                && at >= other.from - TOLERANCE && at <= other.to + TOLERANCE;
    }

    /** Whether the rule lies at {@code position} (within the tolerance) and spans the point {@code along}. */
    boolean covers(float position, float along) {
        return Math.abs(at - position) <= TOLERANCE && along >= from - TOLERANCE && along <= to + TOLERANCE;
    }
}
