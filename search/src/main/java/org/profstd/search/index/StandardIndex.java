package org.profstd.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.profstd.search.analysis.Analysis;

/**
 * The Lucene index of the registry's editions, and the editions themselves (match and gap read a card's requirements
 * from the model). Editions are added or replaced whole and removed by standard; searchers see a change at once.
 */
public final class StandardIndex implements Closeable {
    private final Analysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = Fields.facetsConfig();
    private final Map<String, IndexedStandard> editions = new LinkedHashMap<>();
    private long version;

    public StandardIndex(Analysis analysis) {
        this(analysis, new ByteBuffersDirectory());
    }

    public StandardIndex(Analysis analysis, Directory directory) {
        this.analysis = analysis;
        this.directory = directory;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analysis.perField(Fields.TEXT_FIELDS)));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** Adds an edition, or replaces the edition with the same id. */
    public synchronized void put(IndexedStandard edition) {
        putAll(List.of(edition));
    }

    /**
     * Adds or replaces many editions with one commit: loading a whole registry edition by edition would commit (and
     * reopen the searchers) once per edition, which makes Lucene merge thousands of tiny segments.
     */
    public synchronized void putAll(Collection<IndexedStandard> added) {
        try {
            for (IndexedStandard edition : added) {
                write(edition);
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + added.size() + " editions", e);
        }
    }

    private void write(IndexedStandard edition) throws IOException {
        writer.deleteDocuments(new Term(Fields.EDITION, edition.editionId()));
        List<Document> documents = new ArrayList<>();
        for (Entry entry : Entries.of(edition)) {
            documents.add(Fields.document(entry, facets, analysis));
        }
        writer.addDocuments(documents);
        editions.put(edition.editionId(), edition);
    }

    /** Removes every edition of a standard. */
    public synchronized void remove(String standardId) {
        try {
            writer.deleteDocuments(new Term(Fields.STANDARD_ID, standardId));
            editions.values().removeIf(e -> e.standardId().equals(standardId));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + standardId, e);
        }
    }

    public synchronized Collection<IndexedStandard> editions() {
        return List.copyOf(editions.values());
    }

    /** The edition a card id belongs to (card ids are {@code editionId/n}). */
    public synchronized Optional<IndexedStandard> editionOfCard(String cardId) {
        int slash = cardId.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.ofNullable(editions.get(cardId.substring(0, slash)));
    }

    /** Grows by one on every change, so caches built from the index know when to rebuild. */
    public synchronized long version() {
        return version;
    }

    public Analysis analysis() {
        return analysis;
    }

    public FacetsConfig facetsConfig() {
        return facets;
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        version++;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
