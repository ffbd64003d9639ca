package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.profstd.search.Suggestion;

/**
 * Completion of what a person starts to type: the names of cards, functions and skills (or tasks) of the current
 * editions, matched on the beginning of any of their words, the most frequent names first.
 */
public final class Suggester {
    private final StandardIndex index;
    private AnalyzingInfixSuggester lookup;
    private long builtAt = -1;

    public Suggester(StandardIndex index) {
        this.index = index;
    }

    public synchronized List<Suggestion> suggest(String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        try {
            rebuildIfStale();
            List<Suggestion> suggestions = new ArrayList<>();
            for (Lookup.LookupResult result : lookup.lookup(prefix, limit, true, false)) {
                suggestions.add(new Suggestion(result.key.toString(), result.payload.utf8ToString()));
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException("suggest failed: " + prefix, e);
        }
    }

    private void rebuildIfStale() throws IOException {
        if (builtAt == index.version() && lookup != null) {
            return;
        }
        if (lookup != null) {
            lookup.close();
        }
        lookup = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new PrefixAnalyzer(), new PrefixAnalyzer(),
                2, true);
        Map<String, Named> names = names();
        lookup.build(new NamesIterator(names.values()));
        builtAt = index.version();
    }

    /** Each distinct name once, weighted by how often it occurs. */
    private Map<String, Named> names() {
        Map<String, Named> names = new LinkedHashMap<>();
        for (IndexedStandard edition : index.editions()) {
            if (!IndexedStandard.CURRENT.equals(edition.status())) {
                continue;
            }
            for (Entry entry : Entries.of(edition)) {
                if (entry.type() == EntryType.CARD || entry.type() == EntryType.FUNCTION
                        || entry.type() == EntryType.UNIT) {
                    String name = entry.type() == EntryType.CARD ? entry.card().name() : entry.text();
                    names.merge(name.toLowerCase(), new Named(name, entry.type().id(), 1),
                            (a, b) -> new Named(a.text, a.type, a.count + 1));
                }
            }
        }
        return names;
    }

    private record Named(String text, String type, long count) {
    }

    private static final class NamesIterator implements org.apache.lucene.search.suggest.InputIterator {
        private final java.util.Iterator<Named> names;
        private Named current;

        NamesIterator(java.util.Collection<Named> names) {
            this.names = List.copyOf(names).iterator();
        }

        @Override
        public BytesRef next() {
            current = names.hasNext() ? names.next() : null;
            return current == null ? null : new BytesRef(current.text);
        }

        @Override
        public long weight() {
            return current.count;
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.type);
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public java.util.Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }

    /** Words lower-cased with ё read as е, not stemmed: a prefix must match the beginning of a word as written. */
    private static final class PrefixAnalyzer extends Analyzer {
        private static final NormalizeCharMap YO = yo();

        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return new MappingCharFilter(YO, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, stream);
        }

        private static NormalizeCharMap yo() {
            NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
            map.add("ё", "е");
            map.add("Ё", "Е");
            return map.build();
        }
    }
}
