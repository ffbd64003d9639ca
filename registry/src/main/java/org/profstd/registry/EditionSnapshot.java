package org.profstd.registry;

import org.profstd.model.Standard;

/** One edition with its status and content, as the search index and the web pages take it. */
public record EditionSnapshot(long standardId, long editionId, String status, String sourceFile, Standard standard) {
}
