package org.profstd.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.profstd.search.analysis.Analysis;

/**
 * The Lucene index of the registry's editions. Editions are added or replaced whole and removed by standard; every
 * change is one commit that carries the caller's state (which registry change it reflects), so a process that opens
 * the index later knows where to catch up from, and a process killed midway leaves the last commit intact.
 *
 * <p>An index on disk has one writer at a time (Lucene's lock in the folder). A second process opens it
 * {@linkplain #openReadOnly read-only}: it sees what the writer commits when it {@linkplain #refresh() refreshes}.
 */
public final class StandardIndex implements Closeable {
    private final Analysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Searches slices of segments at the same time: a broad query on a large registry uses every core. */
    private final ExecutorService slices = SliceExecutor.create();
    private long version;

    /** An index in memory, for tests and one-off work. */
    public StandardIndex(Analysis analysis) {
        this(analysis, new ByteBuffersDirectory());
    }

    public StandardIndex(Analysis analysis, Directory directory) {
        this(analysis, directory, writer(analysis, directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    private StandardIndex(Analysis analysis, Directory directory, IndexWriter writer) {
        this.analysis = analysis;
        this.directory = directory;
        this.writer = writer;
        try {
            SearcherFactory factory = new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, slices);
                }
            };
            searchers = writer != null ? new SearcherManager(writer, factory)
                    : new SearcherManager(directory, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /**
     * The writable index in a folder, created when missing.
     *
     * @throws LockObtainFailedException when another process writes it
     * @throws IOException when what the folder holds is not a readable index (corrupt, or of an older Lucene)
     */
    public static StandardIndex openWritable(Analysis analysis, Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            return new StandardIndex(analysis, directory, openWriter(analysis, directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * A fresh, empty index in the folder, replacing whatever it held (after a corrupt or outdated index): its files are
     * deleted under the folder's write lock, so a process that writes the folder meanwhile is never cut off.
     */
    public static StandardIndex createWritable(Analysis analysis, Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
            return new StandardIndex(analysis, directory, openWriter(analysis, directory, IndexWriterConfig.OpenMode.CREATE));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * The index another process writes, as it was last committed.
     *
     * @throws IndexNotFoundException when nothing has been committed there yet
     */
    public static StandardIndex openReadOnly(Analysis analysis, Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexNotFoundException("no search index in " + folder);
            }
            return new StandardIndex(analysis, directory, null);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static IndexWriter writer(Analysis analysis, Directory directory, IndexWriterConfig.OpenMode mode) {
        try {
            return openWriter(analysis, directory, mode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    private static IndexWriter openWriter(Analysis analysis, Directory directory, IndexWriterConfig.OpenMode mode)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis.perField(Fields.TEXT_FIELDS)).setOpenMode(mode);
        // a bulk load buffers more before it flushes a segment (shared by the threads of a rebuild): fewer, larger
        // segments to merge
        config.setRAMBufferSizeMB(256);
        IndexWriter writer = new IndexWriter(directory, config);
        if (mode != IndexWriterConfig.OpenMode.APPEND && !DirectoryReader.indexExists(directory)) {
            writer.commit(); // an empty commit, so that readers in other processes can open the folder at once
        }
        return writer;
    }

    public boolean writable() {
        return writer != null;
    }

    /** Adds an edition, or replaces the edition with the same id. */
    public void put(IndexedStandard edition) {
        putAll(List.of(edition));
    }

    /** Adds or replaces many editions with one commit: how a whole registry is loaded. */
    public void putAll(Collection<IndexedStandard> added) {
        apply(List.of(), added, null);
    }

    /** Removes every edition of a standard. */
    public void remove(String standardId) {
        apply(List.of(standardId), List.of(), null);
    }

    /**
     * One change, one commit: removes every edition of some standards, adds editions (replacing those with the same
     * ids), and records {@code state} with the commit (kept from the last commit when null).
     */
    public synchronized void apply(Collection<String> removedStandards, Collection<IndexedStandard> added,
            Map<String, String> state) {
        requireWriter();
        try {
            for (String standardId : removedStandards) {
                writer.deleteDocuments(new Term(Fields.STANDARD_ID, standardId));
            }
            for (IndexedStandard edition : added) {
                write(edition);
            }
            commit(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /**
     * Adds editions without committing, after {@link #stageClear()}: a rebuild writes the registry in batches and
     * commits once at the end, so that a rebuild killed midway leaves the previous commit as it was. Nothing is
     * replaced (the index was cleared), so nothing is deleted first. Several threads may stage at once (the index
     * writer takes documents from each in parallel); the caller keeps other changes out meanwhile.
     */
    public void stage(Collection<IndexedStandard> added) {
        requireWriter();
        try {
            for (IndexedStandard edition : added) {
                writer.addDocuments(documents(edition));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Removes every entry without committing: the start of a rebuild. */
    public synchronized void stageClear() {
        requireWriter();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the search index", e);
        }
    }

    /** Commits what was staged, with the caller's state. */
    public synchronized void commitStaged(Map<String, String> state) {
        requireWriter();
        try {
            commit(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    private void write(IndexedStandard edition) throws IOException {
        writer.deleteDocuments(new Term(Fields.EDITION, edition.editionId()));
        writer.addDocuments(documents(edition));
    }

    /**
     * The documents of an edition's entries, ordered by their group key so that the entries one hit shows are
     * adjacent (see {@link GroupCollector}); each keeps its place in the edition as {@link Fields#POSITION}.
     */
    private List<Document> documents(IndexedStandard edition) {
        record Keyed(BytesRef group, Document document) {
        }
        List<Keyed> keyed = new ArrayList<>();
        List<Entry> entries = Entries.of(edition);
        for (int position = 0; position < entries.size(); position++) {
            Document document = Fields.document(entries.get(position), analysis);
            document.add(new NumericDocValuesField(Fields.POSITION, position));
            keyed.add(new Keyed(document.getBinaryValue(Fields.GROUP), document));
        }
        keyed.sort(Comparator.comparing(Keyed::group));
        return keyed.stream().map(Keyed::document).toList();
    }

    /** The state recorded with the last commit (empty for an index never committed with one). */
    public synchronized Map<String, String> committedState() {
        try {
            if (writer != null) {
                Map<String, String> live = new HashMap<>();
                for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
                    live.put(e.getKey(), e.getValue());
                }
                return live;
            }
            IndexSearcher searcher = acquire();
            try {
                IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
                return new HashMap<>(commit.getUserData());
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index state", e);
        }
    }

    /** A read-only index sees the last commit of the writing process; true when that changed what it sees. */
    public synchronized boolean refresh() {
        try {
            IndexSearcher before = acquire();
            try {
                searchers.maybeRefreshBlocking();
            } finally {
                release(before);
            }
            IndexSearcher after = acquire();
            try {
                boolean changed = after != before;
                if (changed) {
                    version++;
                            }
                return changed;
            } finally {
                release(after);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /** How many editions the index holds (whatever their status): each has one standard entry. */
    public int editionCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new org.apache.lucene.search.TermQuery(new Term(Fields.TYPE, EntryType.STANDARD.id())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** How many searchable entries (standards, cards, functions, units, items) the index holds. */
    public int entryCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Grows by one on every change, so caches built from the index know when to rebuild. */
    public synchronized long version() {
        return version;
    }

    public Analysis analysis() {
        return analysis;
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

    private void commit(Map<String, String> state) throws IOException {
        if (state != null) {
            writer.setLiveCommitData(new LinkedHashMap<>(state).entrySet());
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        version++;
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the search index is open read-only: another process writes it");
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (slices != null) {
            slices.shutdown();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
