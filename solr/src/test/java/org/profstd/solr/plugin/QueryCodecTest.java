package org.profstd.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.search.SearchService;
import org.profstd.search.index.QueryFactory;
import org.profstd.solr.CloudFixture;

/** The queries the project builds reach the shards as built: codes, typos, synonyms, Kazakh compounds, filters. */
class QueryCodecTest {
    private static SearchService service;

    @BeforeAll
    static void index() throws Exception {
        service = new SearchService();
        service.putAll(CloudFixture.wholeCorpus());
    }

    @AfterAll
    static void close() throws Exception {
        service.close();
    }

    @Test
    void everyPlanComesBackEqual() {
        QueryFactory queries = new QueryFactory(service.index().analysis());
        IndexSearcher searcher = service.index().acquire();
        try {
            for (String text : List.of("программист", "06.024", "A/01.3", "БД", "администрирование серверв",
                    "деректер қоры", "дерекқор", "разработка программного обеспечения для мобильных устройств",
                    "бағдарламалық қамтамасыз ету", "")) {
                for (boolean relaxed : List.of(false, true)) {
                    Query plan = queries.plan(text, searcher.getIndexReader(), relaxed).query();
                    assertThat(QueryCodec.decode(QueryCodec.encode(plan))).as(text).isEqualTo(plan);
                }
            }
        } finally {
            service.index().release(searcher);
        }
    }

    @Test
    void aQueryTheProjectNeverBuildsIsRefused() {
        assertThatThrownBy(() -> QueryCodec.encode(TermRangeQuery.newStringRange("code", "a", "b", true, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot carry a TermRangeQuery");
        assertThatThrownBy(() -> QueryCodec.decode("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a query carried by profstd");
    }
}
