package org.profstd.text;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link KazakhStemFilter}s, so that an analysis chain can be declared by name, as Solr and
 * {@code CustomAnalyzer} do: {@code CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
 * .addTokenFilter("kazakhStem")}. It takes no arguments.
 */
public final class KazakhStemFilterFactory extends TokenFilterFactory {
    /** The name the filter is registered under. */
    public static final String NAME = "kazakhStem";

    public KazakhStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("the Kazakh stemmer takes no arguments, not " + args.keySet());
        }
    }

    /** Only for the service loader, which looks the factory up by name before it builds one. */
    public KazakhStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new KazakhStemFilter(input);
    }
}
