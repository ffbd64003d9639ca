package org.profstd.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    private final Analysis analysis = new Analysis();

    @Test
    void russianStemsAndFoldsYo() {
        assertThat(terms(analysis.index("ru"), "Администрирование серверов и настроённых сетей"))
                .isEqualTo(terms(analysis.index("ru"), "администрировании сервера и настроенной сети"));
        assertThat(terms(analysis.index("ru"), "и в на")).isEmpty();
    }

    @Test
    void kazakhSentenceFromTheStandardIsStemmed() {
        // seed 004, a knowledge item of "АТ-инфрақұрылым сәулетшілері"
        assertThat(terms(analysis.index("kk"), "Ақпараттық технологиялар инфрақұрылымын ұйымдастыру принциптері"))
                .containsExactly("ақпараттық", "технология", "инфрақұрылым", "ұйымдастыру", "принцип");
        assertThat(terms(analysis.index("kk"), "Жүйелік және желілік оқиғалар"))
                .containsExactly("жүйелік", "желілік", "оқиға");
    }

    @Test
    void querySideExpandsSynonymsToTheWordsOfStandards() {
        assertThat(terms(analysis.query("ru"), "БД")).contains("баз", "дан");
        assertThat(terms(analysis.query("ru"), "сисадмин")).contains("системн", "администратор");
        assertThat(terms(analysis.query("ru"), "ИБ")).contains("информацион", "безопасн");
        assertThat(terms(analysis.query("kk"), "ДҚ")).contains("дерек", "қоры");
    }

    @Test
    void detectsTheLanguageOfAQuery() {
        assertThat(Analysis.languageOf("деректер қорын басқару")).isEqualTo("kk");
        assertThat(Analysis.languageOf("администрирование баз данных")).isEqualTo("ru");
        assertThat(Analysis.languageOf("DevOps")).isEqualTo("ru");
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
