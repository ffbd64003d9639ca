package org.profstd.search.match;

import java.util.Set;

/** An item of a card (ability, knowledge or action) with the analysed terms of its text. */
record Requirement(String text, String kind, Set<String> terms) {
}
