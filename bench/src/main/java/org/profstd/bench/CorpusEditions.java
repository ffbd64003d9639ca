package org.profstd.bench;

import java.util.ArrayList;
import java.util.List;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.ParsedEditions;

/** The standards of the corpus as current editions, the way the search index receives them from parsed files. */
final class CorpusEditions {
    private CorpusEditions() {
    }

    /** Every standard read from every readable document; documents in a format not read are left out. */
    static List<IndexedStandard> of(CorpusFiles corpus) {
        List<IndexedStandard> editions = new ArrayList<>();
        for (int i = 0; i < corpus.paths().size(); i++) {
            try {
                editions.addAll(ParsedEditions.of(Standards.parse(corpus.paths().get(i).getFileName().toString(),
                        corpus.contents().get(i))));
            } catch (UnreadableDocumentException e) {
                System.err.println("skipped " + corpus.paths().get(i).getFileName() + ": " + e.getMessage());
            }
        }
        return editions;
    }

    static int cardCount(List<IndexedStandard> editions) {
        return editions.stream().mapToInt(e -> e.standard().cards().size()).sum();
    }
}
