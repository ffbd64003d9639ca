package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word's number formats for list labels. */
class ListLevelsTest {
    @ParameterizedTest
    @CsvSource({
        "1, decimal, 1", "12, decimal, 12", "5, decimalZero, 05", "3, lowerLetter, c", "27, lowerLetter, aa",
        "2, upperLetter, B", "4, lowerRoman, iv", "1994, upperRoman, MCMXCIV", "1, russianLower, а",
        "10, russianLower, к", "29, russianLower, аа", "3, russianUpper, В", "7, chineseCounting, 7", "0, lowerLetter, 0"})
    void writesACounterInAWordNumberFormat(int value, String format, String printed) {
        assertThat(ListLevels.number(value, format)).isEqualTo(printed);
    }
}
