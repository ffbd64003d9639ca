package org.profstd.solr.plugin;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/**
 * {@code {!profstd relaxed=false}TEXT}: the query the embedded index runs for a text a person typed, made by the
 * project's own {@link QueryFactory} on each shard from that shard's terms (codes, exact titles, synonyms, typos and
 * Kazakh compounds as the embedded index reads them). {@code relaxed=true} needs any of the words instead of all or
 * most of them. A text with nothing to search for matches nothing.
 */
public final class ProfstdQParserPlugin extends QParserPlugin {
    public static final String NAME = "profstd";
    public static final String RELAXED = "relaxed";

    /** The analysis reads its synonyms once; it is immutable and shared by every request. */
    private static final class Shared {
        static final QueryFactory QUERIES = new QueryFactory(new Analysis());
    }

    @Override
    public QParser createParser(String text, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(text, localParams, params, req) {
            @Override
            public Query parse() {
                boolean relaxed = localParams != null && localParams.getBool(RELAXED, false);
                QueryFactory.Plan plan = Shared.QUERIES.plan(qstr, req.getSearcher().getIndexReader(), relaxed);
                return plan.query() == null ? new MatchNoDocsQuery("nothing to search for") : plan.query();
            }
        };
    }
}
