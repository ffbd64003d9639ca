package org.profstd.text;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The Kazakh stem filter as Lucene tests its own stemmers: word forms and sentences of the Kazakh standard
 * "Компьютерлік жүйелердің инфрақұрылымы" (corpus seed 004) with their offsets and positions, keyword protection,
 * the empty term, random text, and the factory found by name.
 */
public class KazakhStemFilterTest extends BaseTokenStreamTestCase {
    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new KazakhStemFilter(new LowerCaseFilter(source)));
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    /** Forms of seed 004, each with the stem every form of its word shares. */
    public void testWordFormsOfTheStandard() throws IOException {
        checkOneTerm(analyzer, "жүйелерінің", "жүйе");
        checkOneTerm(analyzer, "Жүйелердің", "жүйе");
        checkOneTerm(analyzer, "инфрақұрылымынан", "инфрақұрылым");
        checkOneTerm(analyzer, "инфрақұрылымнан", "инфрақұрылым");
        checkOneTerm(analyzer, "деректерді", "дерек");
        checkOneTerm(analyzer, "Дерекқордың", "дерекқор");
        checkOneTerm(analyzer, "мақсаты", "мақсат");
        checkOneTerm(analyzer, "бөлігі", "бөлік");
        checkOneTerm(analyzer, "қауіпсіздігін", "қауіпсіздік");
        checkOneTerm(analyzer, "принциптері", "принцип");
        checkOneTerm(analyzer, "технологиялар", "технология");
    }

    public void testWordsThatOnlyEndLikeASuffixStayWhole() throws IOException {
        for (String word : new String[] {"дағды", "желі", "жүйелік", "бағдарламалық", "талдау", "ұйым"}) {
            checkOneTerm(analyzer, word, word);
        }
    }

    /**
     * Ability 4 of the first skill of "АТ-инфрақұрылым сәулетшілері" (seed 004, line 613). Without a dictionary the
     * adjective тұрақты reads as тұрақ + accusative ты; index and queries cut it alike, so search is not hurt.
     */
    public void testASentenceKeepsOffsetsAndPositions() throws IOException {
        assertAnalyzesTo(analyzer, "Жүйелердің іс-әрекеттерін тұрақты мониторингілеу",
                new String[] {"жүйе", "іс", "әрекет", "тұрақ", "мониторингілеу"},
                new int[] {0, 11, 14, 26, 34},
                new int[] {10, 13, 25, 33, 48},
                new int[] {1, 1, 1, 1, 1});
        assertAnalyzesTo(analyzer, "Ақпараттық технологиялар инфрақұрылымын ұйымдастыру принциптері",
                new String[] {"ақпараттық", "технология", "инфрақұрылым", "ұйымдастыру", "принцип"});
    }

    public void testKeywordsAreNotStemmed() throws IOException {
        CharArraySet protectedWords = new CharArraySet(java.util.List.of("деректерді"), false);
        Analyzer protecting = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new KazakhStemFilter(new SetKeywordMarkerFilter(source, protectedWords)));
            }
        };
        assertAnalyzesTo(protecting, "деректерді жүйелерді", new String[] {"деректерді", "жүйе"});
        protecting.close();
    }

    public void testEmptyTerm() throws IOException {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new KazakhStemFilter(source));
            }
        };
        checkOneTerm(keyword, "", "");
        keyword.close();
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), new KazakhTextAnalyzer(null), 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), new RussianTextAnalyzer(null), 200 * RANDOM_MULTIPLIER);
    }

    public void testTheFactoryIsFoundByName() throws IOException {
        assertTrue(TokenFilterFactory.availableTokenFilters().contains(KazakhStemFilterFactory.NAME));
        assertEquals(KazakhStemFilterFactory.class, TokenFilterFactory.lookupClass(KazakhStemFilterFactory.NAME));
        Analyzer byName = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(KazakhStemFilterFactory.NAME).build();
        assertAnalyzesTo(byName, "Компьютерлік жүйелердің инфрақұрылымы",
                new String[] {"компьютерлік", "жүйе", "инфрақұрылым"});
        byName.close();
    }

    public void testTheFactoryRefusesArguments() {
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> new KazakhStemFilterFactory(new java.util.HashMap<>(Map.of("mode", "light"))));
        assertTrue(e.getMessage().contains("mode"));
    }
}
