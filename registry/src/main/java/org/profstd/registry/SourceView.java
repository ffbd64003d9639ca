package org.profstd.registry;

import java.util.List;

/** The text lines a document was read as, so a fact can be shown in its original words (line i is {@code lines.get(i - 1)}). */
public record SourceView(long documentId, String file, String format, List<String> lines) {
}
