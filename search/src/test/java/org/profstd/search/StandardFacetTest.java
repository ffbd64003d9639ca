package org.profstd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.search.index.Entries;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.ParsedEditions;

/**
 * The standard facet over an index of many segments with deleted entries: the 14 standards of seed 002 put one by one
 * (a segment each), the Russian 06.024 of seed 003, then one standard removed and one put again.
 */
class StandardFacetTest {
    private static SearchService service;
    private static final Map<String, Integer> entriesByStandard = new HashMap<>();
    private static String removed;

    @BeforeAll
    static void index() {
        List<IndexedStandard> order = ParsedEditions.of(CorpusIndex.parseSeed("002"));
        List<IndexedStandard> russian = ParsedEditions.of(CorpusIndex.parseSeed("003"));
        service = new SearchService();
        order.forEach(service::put);
        service.putAll(russian);
        removed = order.get(3).standardId();
        service.remove(removed);
        service.put(order.get(5));
        for (IndexedStandard edition : order) {
            entriesByStandard.merge(edition.standardId(), Entries.of(edition).size(), Integer::sum);
        }
        russian.forEach(edition -> entriesByStandard.merge(edition.standardId(), Entries.of(edition).size(),
                Integer::sum));
        entriesByStandard.remove(removed);
    }

    @AfterAll
    static void close() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyEntryIsCountedForItsStandardAndARemovedStandardForNone() {
        SearchResult all = service.search("", SearchFilters.NONE, 1);
        assertThat(all.facets().get("standard")).isEqualTo(entriesByStandard);
    }

    @Test
    void aStandardCountsWhatTheSameQueryLimitedToItFinds() {
        SearchResult result = service.search("администрирование", SearchFilters.NONE, 1);
        Map<String, Integer> byStandard = result.facets().get("standard");
        assertThat(byStandard).hasSizeGreaterThan(2);
        for (String standardId : entriesByStandard.keySet()) {
            SearchResult limited = service.search("администрирование", SearchFilters.NONE.withStandard(standardId), 1);
            int entries = limited.facets().get("type").values().stream().mapToInt(Integer::intValue).sum();
            assertThat(byStandard.getOrDefault(standardId, 0)).as(standardId).isEqualTo(entries);
        }
        assertThat(byStandard).doesNotContainKey(removed);
    }
}
