package org.profstd.analysis.align;

import org.profstd.analysis.TextProfile;

/** Two texts, one in each language, taken to say the same thing. */
public record TextPair(TextProfile first, TextProfile second) {
}
