package org.profstd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmerTest {
    @Test
    void russianWordFormsOfOneWordShareAStem() {
        assertThat(Stemmer.stem("поддержка", "ru")).isEqualTo("поддержк");
        assertThat(Stemmer.stem("поддержки", "ru")).isEqualTo("поддержк");
        assertThat(Stemmer.stem("пользователей", "ru")).isEqualTo(Stemmer.stem("пользователя", "ru"));
        assertThat(Stemmer.stem("инфокоммуникационных", "ru")).isEqualTo(Stemmer.stem("инфокоммуникационной", "ru"));
        assertThat(Stemmer.stem("обеспечение", "ru")).isEqualTo(Stemmer.stem("обеспечения", "ru"))
                .isEqualTo(Stemmer.stem("обеспечением", "ru"));
        assertThat(Stemmer.stem("безопасность", "ru")).isEqualTo(Stemmer.stem("безопасности", "ru"))
                .isEqualTo("безопасн");
    }

    @Test
    void kazakhEndingsStackAndAreStrippedOutermostFirst() {
        // инфрақұрылым + possessive + genitive / ablative / accusative
        assertThat(Stemmer.stem("инфрақұрылымының", "kk")).isEqualTo("инфрақұрылым");
        assertThat(Stemmer.stem("инфрақұрылымынан", "kk")).isEqualTo("инфрақұрылым");
        assertThat(Stemmer.stem("инфрақұрылымын", "kk")).isEqualTo("инфрақұрылым");
        // жүйе + plural + genitive
        assertThat(Stemmer.stem("жүйелердің", "kk")).isEqualTo("жүйе");
        assertThat(Stemmer.stem("жобаны", "kk")).isEqualTo("жоба");
    }

    @Test
    void derivationalSuffixesStaySoDifferentWordsStayApart() {
        assertThat(Stemmer.stem("қауіпсіздік", "kk")).isEqualTo("қауіпсіздік");
        assertThat(Stemmer.stem("обеспечивать", "ru")).isNotEqualTo(Stemmer.stem("обеспечение", "ru"));
    }

    @Test
    void shortWordsNumbersAndLatinAreLeftAlone() {
        assertThat(Stemmer.stem("базы", "ru")).isEqualTo("базы");
        assertThat(Stemmer.stem("sql", "ru")).isEqualTo("sql");
        assertThat(Stemmer.stem("3512", "kk")).isEqualTo("3512");
        assertThat(Stemmer.stem("", "ru")).isEmpty();
    }

    @Test
    void aKazakhLetterSelectsTheKazakhEndingsInARussianDocument() {
        assertThat(Stemmer.stem("жүйелер", "ru")).isEqualTo("жүйе");
    }
}
