package org.profstd.solr.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.profstd.text.RussianTextAnalyzer;

/**
 * The Russian analysis of the embedded index, as a class Solr's schema can name: Solr builds an analyzer from its
 * class with no arguments, and the project's analyzer takes its synonyms (none on the index side).
 */
public final class RussianIndexAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer analysis = new RussianTextAnalyzer(null);

    public RussianIndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analysis;
    }
}
