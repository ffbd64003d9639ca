package org.profstd.parse;

import org.profstd.model.Language;

/**
 * The lines of a document that hold one standard, with what the recognizer found out about them.
 *
 * @param startLine first line, 1-based, inclusive
 * @param endLine   last line, inclusive
 * @param language  Russian or Kazakh
 * @param appendix  the appendix number the standard carries in its order, as printed, or null
 * @param titleLine the line of its "Профессиональный стандарт" title, or 0 when it has none
 */
public record Segment(int startLine, int endLine, Family family, Language language, String appendix, int titleLine) {
}
