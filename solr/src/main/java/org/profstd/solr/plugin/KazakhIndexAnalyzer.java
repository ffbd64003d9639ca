package org.profstd.solr.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.profstd.text.KazakhTextAnalyzer;

/** The Kazakh analysis of the embedded index (its stop words and stemmer), as a class Solr's schema can name. */
public final class KazakhIndexAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer analysis = new KazakhTextAnalyzer(null);

    public KazakhIndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analysis;
    }
}
