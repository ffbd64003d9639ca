package org.profstd.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.LockObtainFailedException;
import org.profstd.concurrent.DaemonThreads;
import org.profstd.model.Language;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardChanges;
import org.profstd.search.SearchService;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.StandardIndex;

/**
 * Keeps the search index in step with the registry. Each commit of the index records which registry it reflects and
 * the registry's change horizon at that moment; opening the index catches up with what changed since, and a missing,
 * corrupt or outdated index is rebuilt in one pass over the registry.
 *
 * <p>One process writes an index folder at a time. Another process (a command run while the server runs) opens it
 * read-only and waits, briefly, for the writer to catch up with the registry before it answers.
 */
public final class IndexKeeper implements SearchIndexKeeper {
    static final String FORMAT = "profstd.index.format";
    static final String REGISTRY = "profstd.registry";
    static final String HORIZON = "profstd.horizon";
    /** Standards read from the registry per query during a rebuild. */
    private static final int REBUILD_BATCH = 100;
    private static final Duration READ_ONLY_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    private final Registry registry;
    private final StandardIndex index;
    /** Search, suggestions and matching over {@link #index}. */
    private final SearchService search;
    private final IndexProgress progress;
    private final String registryId;
    private String horizon;
    private boolean rebuiltWhenOpened;
    /** Whether opening changed what the index held (a rebuild, a catch-up that re-read standards, another writer). */
    private boolean changedWhenOpened = true;
    private volatile RegistryFollower follower;

    private IndexKeeper(Registry registry, SearchService search, IndexProgress progress) {
        this.registry = registry;
        this.search = search;
        this.index = search.index();
        this.progress = progress;
        this.registryId = registry.registryId();
    }

    /** An index in memory, built from the registry now: for tests and for a registry without an index folder. */
    public static IndexKeeper inMemory(Registry registry, IndexProgress progress) {
        IndexKeeper keeper = new IndexKeeper(registry, new SearchService(new StandardIndex(new Analysis())), progress);
        keeper.rebuild();
        return keeper;
    }

    /**
     * The index in a folder, brought up to date with the registry.
     *
     * @param waitForWriter how long to wait for another process that writes the folder to let go of it (a server
     *                      starting while a command runs); zero opens it read-only at once
     */
    public static IndexKeeper open(Registry registry, Path folder, Duration waitForWriter, IndexProgress progress) {
        return open(registry, IndexOpening.now(folder), waitForWriter, progress);
    }

    /** The index an {@link IndexOpening} began to open, brought up to date with the registry. */
    public static IndexKeeper open(Registry registry, IndexOpening opening, Duration waitForWriter,
            IndexProgress progress) {
        long deadline = System.nanoTime() + waitForWriter.toNanos();
        Path folder = opening.folder();
        while (true) {
            try {
                return writable(registry, opening, progress);
            } catch (LockObtainFailedException held) {
                if (System.nanoTime() >= deadline) {
                    return readOnly(registry, folder, progress);
                }
                pause();
            }
        }
    }

    private static IndexKeeper writable(Registry registry, IndexOpening opening, IndexProgress progress)
            throws LockObtainFailedException {
        Path folder = opening.folder();
        SearchService search;
        try {
            search = opening.take();
        } catch (LockObtainFailedException held) {
            throw held;
        } catch (IOException | RuntimeException unreadable) {
            progress.notice("the search index in " + folder + " cannot be read (" + unreadable.getMessage()
                    + "); it is rebuilt");
            try {
                search = new SearchService(StandardIndex.createWritable(new Analysis(), folder));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the search index in " + folder, e);
            }
        }
        IndexKeeper keeper = new IndexKeeper(registry, search, progress);
        try {
            if (keeper.reflectsThisRegistry(search.index().committedState())) {
                keeper.changedWhenOpened = keeper.catchUp() > 0;
            } else {
                keeper.rebuild();
                keeper.rebuiltWhenOpened = true;
            }
        } catch (RuntimeException e) {
            keeper.closeQuietly();
            throw e;
        }
        return keeper;
    }

    /**
     * Another process writes the folder: read its last commit, and give it a moment to take in the registry's latest
     * changes. An index this process cannot use (not there yet, another registry's, an outdated format) is replaced
     * by one in memory.
     */
    private static IndexKeeper readOnly(Registry registry, Path folder, IndexProgress progress) {
        long deadline = System.nanoTime() + READ_ONLY_WAIT.toNanos();
        StandardIndex index = null;
        try {
            while (index == null) {
                try {
                    index = StandardIndex.openReadOnly(new Analysis(), folder);
                } catch (IndexNotFoundException notYet) {
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    pause();
                }
            }
        } catch (IOException e) {
            index = null;
        }
        if (index == null) {
            progress.notice("the search index in " + folder + " is being written by another process; this command"
                    + " reads the registry into memory instead");
            return inMemory(registry, progress);
        }
        IndexKeeper keeper = new IndexKeeper(registry, new SearchService(index), progress);
        while (!keeper.reflectsThisRegistry(index.committedState()) || keeper.behind()) {
            if (System.nanoTime() >= deadline) {
                if (!keeper.reflectsThisRegistry(index.committedState())) {
                    keeper.closeQuietly();
                    progress.notice("the search index in " + folder + " is being rebuilt by another process; this"
                            + " command reads the registry into memory instead");
                    return inMemory(registry, progress);
                }
                progress.notice("the search index is written by another process that has not yet taken in the"
                        + " registry's latest changes; results may lack them");
                break;
            }
            pause();
            index.refresh();
        }
        return keeper;
    }

    private boolean reflectsThisRegistry(Map<String, String> state) {
        boolean usable = SearchService.INDEX_FORMAT.equals(state.get(FORMAT)) && registryId.equals(state.get(REGISTRY))
                && state.get(HORIZON) != null;
        if (usable) {
            horizon = state.get(HORIZON);
        }
        return usable;
    }

    /** True when the registry changed after the index's last commit. */
    private boolean behind() {
        return !registry.changesSince(horizon).isEmpty();
    }

    /**
     * What the index holds and how it stands to the registry.
     *
     * @param writable  false when another process writes the index
     * @param horizon   the registry's change horizon the index has taken in
     * @param behind    the number of standards changed in the registry since
     */
    public record Status(boolean writable, String format, String horizon, int editions, int entries, int behind) {
    }

    public synchronized Status status() {
        Map<String, String> state = index.committedState();
        String seen = index.writable() ? horizon : state.get(HORIZON);
        return new Status(index.writable(), state.get(FORMAT), seen, index.editionCount(), index.entryCount(),
                registry.changesSince(seen).standardIds().size());
    }

    public StandardIndex index() {
        return index;
    }

    @Override
    public boolean rebuiltWhenOpened() {
        return rebuiltWhenOpened;
    }

    @Override
    public boolean changedWhenOpened() {
        return changedWhenOpened;
    }

    /** Search, suggestions and matching over the index this keeper keeps. */
    public SearchService search() {
        return search;
    }

    /** False when another process writes the index and this one only reads it. */
    public boolean writable() {
        return index.writable();
    }

    /**
     * Takes in the registry's changes since the last call (re-reading every edition of each changed standard), or,
     * for a read-only index, whatever its writer committed. Returns the number of standards re-read.
     */
    public synchronized int catchUp() {
        if (!index.writable()) {
            index.refresh();
            return 0;
        }
        StandardChanges changes = registry.changesSince(horizon);
        if (!changes.isEmpty()) {
            List<IndexedStandard> editions = indexed(registry.editionsOf(changes.standardIds()));
            index.apply(changes.standardIds().stream().map(String::valueOf).toList(), editions, state(changes.horizon()));
        }
        horizon = changes.horizon();
        return changes.standardIds().size();
    }

    /**
     * Reads the whole registry into an empty index, committing once at the end: a rebuild killed midway leaves the
     * index as it was. The horizon is taken first, so a change made while the rebuild reads is taken in afterwards.
     */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        String from = registry.horizon();
        List<Long> standards = registry.standardIds();
        index.stageClear();
        // reading a batch (a query and JSON) costs little beside analysing and indexing it, so every core takes
        // batches whole: the index writer takes documents from several threads at once
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, DaemonThreads.numbered("profstd-index-rebuild"));
        try {
            // Russian editions first, then Kazakh ones: segments of one language keep each language's text field
            // (and its norms) dense, which a search reads for every entry it scores. Each pass asks the registry for
            // its language only, so every edition is read once.
            List<Future<Integer>> batches = new ArrayList<>();
            for (Language language : List.of(Language.RU, Language.KK)) {
                for (int start = 0; start < standards.size(); start += REBUILD_BATCH) {
                    int first = start;
                    batches.add(workers.submit(() -> {
                        index.stage(batch(standards, first, language));
                        return Math.min(REBUILD_BATCH, standards.size() - first);
                    }));
                }
            }
            int done = 0;
            for (Future<Integer> batch : batches) {
                done += batch.get();
                progress.rebuilding(done / 2, standards.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        index.commitStaged(state(from));
        horizon = from;
        progress.rebuilt(standards.size(), (System.nanoTime() - started) / 1_000_000);
        catchUp();
    }

    /** The editions in one language of the standards from {@code start}, one batch of them (none past the end). */
    private List<IndexedStandard> batch(List<Long> standards, int start, Language language) {
        if (start >= standards.size()) {
            return List.of();
        }
        return indexed(registry.editionsOf(standards.subList(start, Math.min(standards.size(), start + REBUILD_BATCH)),
                language));
    }

    /** Catches up every {@code interval} from now on, in the background, until closed: how a server follows. */
    public synchronized void follow(Duration interval) {
        if (follower != null) {
            return;
        }
        follower = RegistryFollower.start("profstd-index-follower", interval, "the search index", this::catchUp,
                progress);
    }

    private Map<String, String> state(String horizonNow) {
        return Map.of(FORMAT, SearchService.INDEX_FORMAT, REGISTRY, registryId, HORIZON, Objects.requireNonNull(horizonNow));
    }

    private static List<IndexedStandard> indexed(Collection<EditionSnapshot> editions) {
        List<IndexedStandard> indexed = new ArrayList<>(editions.size());
        for (EditionSnapshot e : editions) {
            indexed.add(new IndexedStandard(String.valueOf(e.standardId()), String.valueOf(e.editionId()), e.status(),
                    e.standard()));
        }
        return indexed;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // closing after a failure: the failure is what the caller hears about
        }
    }

    @Override
    public void close() throws IOException {
        RegistryFollower following = follower;
        if (following != null) {
            following.close();
        }
        synchronized (this) {
            index.close();
        }
    }
}
