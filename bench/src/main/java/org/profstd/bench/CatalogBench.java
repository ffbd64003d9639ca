package org.profstd.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.profstd.registry.ListingFilter;
import org.profstd.registry.Registry;
import org.profstd.search.index.IndexedStandard;
import org.profstd.services.CatalogListing;
import org.profstd.services.CatalogQuery;
import org.profstd.services.StandardFilter;

/**
 * What a catalog or home page costs as the registry grows: the registry filled with synthetic standards (straight
 * through SQL, as the search benchmark fills it), then the page's reads timed: one page of the catalog with its six
 * facets, the same filtered, the home page's counts and latest editions, and, for comparison, reading every edition
 * whole, which is what each of those pages did before the listing moved into SQL. Prints the median and the slowest
 * of the rounds, in milliseconds.
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.profstd.bench.CatalogBench
 *      [--cards 10000,100000] [--rounds 15]</pre>
 */
public final class CatalogBench {
    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> cardCounts = List.of(10_000, 100_000);
        int rounds = 15;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cards" -> cardCounts = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CorpusVocabulary vocabulary = CorpusVocabulary.of(CorpusEditions.of(CorpusFiles.load()));
        System.out.printf(Locale.ROOT, "%-8s %-10s %-44s %10s %10s%n", "cards", "standards", "read", "median ms",
                "max ms");
        for (int cards : cardCounts) {
            List<IndexedStandard> editions = new SyntheticRegistry(vocabulary, SyntheticRegistry.SEED).generate(cards);
            Path data = Files.createTempDirectory("profstd-catalog-bench");
            try (Registry registry = Registry.embedded(data.resolve("data"), "bench")) {
                RegistryLoader.load(registry.jdbcUrl(), editions);
                CatalogListing listing = new CatalogListing(registry);
                String size = String.format(Locale.ROOT, "%-8d %-10d", cards, editions.size());
                time(size, "catalog: first page and six facets", rounds,
                        () -> listing.page(new CatalogQuery(StandardFilter.NONE, "code", 20, 0)));
                time(size, "catalog: KZ, area, by cards, page 3", rounds, () -> listing.page(new CatalogQuery(
                        new StandardFilter("KZ", null, null, null, null, null, "программ"), "cards", 20, 40)));
                time(size, "home: counts and latest editions", rounds, () -> List.of(listing.totals(), listing.latest()));
                time(size, "API listing: one page by code, no facets", rounds,
                        () -> registry.listing(ListingFilter.NONE, "code", 50, 0));
                time(size, "API listing: one page by title, no facets", rounds,
                        () -> registry.listing(ListingFilter.NONE, "title", 50, 0));
                time(size, "before: every edition read whole", Math.min(rounds, 5), registry::editions);
            } finally {
                delete(data);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void delete(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void time(String size, String what, int rounds, Callable<?> read) throws Exception {
        read.call(); // warm: the first call pays for connections and plans
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            read.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%s %-44s %10.1f %10.1f%n", size, what, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1));
        System.out.flush();
    }
}
