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
 * The query the embedded index runs for a text a person typed, in one of two forms:
 * <ul>
 * <li>{@code {!profstd}plan:ENCODED}: the query made by the project's own {@link QueryFactory} in the process that
 * asks, against the terms of the whole collection, carried whole ({@link QueryCodec}): every shard runs the same
 * query, as one index would. This is what profstd sends.</li>
 * <li>{@code {!profstd relaxed=false}TEXT}: the query made here, from the terms of this shard alone (a word missing
 * from one shard is read as a typo there): for trying a query by hand. {@code relaxed=true} needs any of the words
 * instead of all or most of them.</li>
 * </ul>
 * A text with nothing to search for matches nothing.
 */
public final class ProfstdQParserPlugin extends QParserPlugin {
    public static final String NAME = "profstd";
    public static final String RELAXED = "relaxed";
    /** Marks a carried query. */
    public static final String PLAN = "plan:";

    /** The analysis reads its synonyms once; it is immutable and shared by every request. */
    private static final class Shared {
        static final QueryFactory QUERIES = new QueryFactory(new Analysis());
    }

    @Override
    public QParser createParser(String text, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(text, localParams, params, req) {
            @Override
            public Query parse() {
                if (qstr != null && qstr.startsWith(PLAN)) {
                    return QueryCodec.decode(qstr.substring(PLAN.length()));
                }
                boolean relaxed = localParams != null && localParams.getBool(RELAXED, false);
                QueryFactory.Plan plan = Shared.QUERIES.plan(qstr, req.getSearcher().getIndexReader(), relaxed);
                return plan.query() == null ? new MatchNoDocsQuery("nothing to search for") : plan.query();
            }
        };
    }
}
