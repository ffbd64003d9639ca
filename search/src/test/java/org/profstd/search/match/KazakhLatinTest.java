package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KazakhLatinTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the 2018 alphabet: acutes, ı for и and й, sh and ch
            "Júıelik ákimshi jergilikti jelini baptaıdy.|Жүйелік әкімші жергілікті желіні баптайды.",
            "Derekter qoımasyn jobalaý jáne qoldaý.|Деректер қоймасын жобалау және қолдау.",
            "Baǵdarlamashynyń jumysy: kodty tekserý.|Бағдарламашының жұмысы: кодты тексеру.",
            "Túıindeme: júıe ákimshisi|Түйіндеме: жүйе әкімшісі",
            // the 2021 alphabet: umlauts, breves and cedillas, ı for і, i for и and й
            "Bağdarlamalyq jüielerdı äzırleu jäne synau.|Бағдарламалық жүйелерді әзірлеу және сынау.",
            "Qyzmetkerlerdıñ ötınışterın qabyldau.|Қызметкерлердің өтініштерін қабылдау.",
            // ASCII as people type it: the letters ASCII cannot tell are guessed or left plain, as folded Kazakh reads
            "Qoldau qyzmetinin mamany|Қолдау қызметінін маманы",
            "bagdarlamashy retinde jumys tajiribesi|бағдарламашы ретінде жұмыс тажірібесі",
            "derekter ortalygyn jobalau|деректер орталығын жобалау",
            "zhuiege ozgeristerdi engizu|жүйеге өзгерістерді енгізу",
            "serverlerdi dayyndau jane sheshimderdi tekseru|серверлерді дайындау жане шешімдерді тексеру",
            "kompaniyanyn strategiiasyn jasau|компаниянын стратегиясын жасау",
            // names, acronyms and English tools stay Latin inside a Kazakh sentence
            "Kubernetes klasterlerin baptau jane Service Desk arqyly otinishterdi qabyldau"
                    + "|Kubernetes кластерлерін баптау жане Service Desk арқылы өтініштерді қабылдау",
            "SLA-ny saqtau, ITSM procesterin basqaru|SLA-ны сақтау, ITSM procesterin басқару",
            // ұ and ү are guessed in the first syllable only; a compound's second word keeps a plain у
            "AT-infraqurylym mamany|АТ-инфрақурылым маманы"})
    void kazakhInLatinLettersIsRewrittenInCyrillic(String latin, String cyrillic) {
        assertThat(KazakhLatin.toCyrillic(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @ValueSource(strings = {
            "Senior DevOps Engineer",
            "Experience with Kubernetes, Terraform and Ansible is required.",
            "Docker, Kubernetes, Qdrant, PostgreSQL, Kafka",
            "Service Desk, ITSM, SLA",
            "You will join our data platform team in Almaty.",
            "Monitoring: Zabbix, Grafana, Prometheus",
            "Знание Linux и bash обязательно.",
            "Кызметкерлердин отiнiмдерiн кабылдау",
            ""})
    void englishToolListsAndCyrillicStayAsWritten(String text) {
        assertThat(KazakhLatin.toCyrillic(text)).isEqualTo(text);
    }

    @Test
    void aLongTextOrAHugeWordCostsTheirLength() {
        String sentence = "jumys tajiribesi kem degende bes jyl, Python jane SQL bilu; ";
        String text = sentence.repeat(20_000) + " " + "qoldau".repeat(50_000);
        long start = System.nanoTime();
        String rewritten = KazakhLatin.toCyrillic(text);
        long took = System.nanoTime() - start;
        assertThat(rewritten.substring(0, sentence.length()))
                .isEqualTo("жұмыс тажірібесі кем дегенде бес жыл, Python жане SQL білу; ");
        assertThat(rewritten).endsWith("қолдауқолдау");
        // a quadratic pass over these 1.5 million characters would take hours, a linear one a second or less
        assertThat(took).isLessThan(10_000_000_000L);
    }
}
