package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsRussianKazakhAndNumericDates() {
        assertThat(Dates.find("от 5 октября 2015 г. N 688н")).isEqualTo("2015-10-05");
        assertThat(Dates.find("от 20 апреля 2026 года № 209/НК")).isEqualTo("2026-04-20");
        assertThat(Dates.find("от 1 мая 2020 года")).isEqualTo("2020-05-01");
        assertThat(Dates.find("2020 жылғы 30 желтоқсандағы № 553")).isEqualTo("2020-12-30");
        assertThat(Dates.find("17.07.2017")).isEqualTo("2017-07-17");
        assertThat(Dates.find("без даты")).isNull();
    }

    @Test
    void foldsCyrillicCodeLetters() {
        assertThat(Codes.normalize("А/01.3 ")).isEqualTo("A/01.3");
        assertThat(Codes.hadCyrillic("А/01.3")).isTrue();
        assertThat(Codes.normalize("C/03.6.")).isEqualTo("C/03.6");
        assertThat(Codes.normalize("Ю069")).isEqualTo("Ю069");
    }
}
