package org.profstd.search.match;

import java.util.List;

/**
 * An item of a card (ability, knowledge or action) as the index stores it: its text, kind, language and the terms its
 * language's analysis made of it.
 */
record Requirement(String text, String kind, String language, List<String> terms) {
}
