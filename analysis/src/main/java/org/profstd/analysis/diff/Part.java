package org.profstd.analysis.diff;

import org.profstd.analysis.TextProfile;

/**
 * An element of a list being compared (a function, unit or item), prepared once: its position, how reports name it,
 * the text that is reported when it changes, and profiles of its name and content for scoring.
 *
 * @param label   how the path names it, e.g. {@code function 2 «…»} or {@code knowledge 3}
 * @param text    its own text (a name or an item's text)
 * @param line    source line of that text, 0 when the model does not keep one
 * @param code    a code that identifies it across editions (RU function codes), or null
 * @param name    the profile of {@code text}
 * @param content the profile of what it contains (units and items), or of {@code text} for an item
 */
record Part<T>(T element, int index, String label, String text, int line, String code, TextProfile name,
        TextProfile content) {
}
