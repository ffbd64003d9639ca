package org.profstd.parse.rumintrud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small rules that tell the pieces of a page-broken table apart, on fragments taken from seed 003. */
class RowRulesTest {
    @Test
    void aRowInLowerCaseContinuesTheItemAbove() {
        assertThat(Continuation.continues("Регламенты обработки обращений в структурное",
                "подразделение технической поддержки")).isTrue();
        assertThat(Continuation.continues("Координировать ход выполнения заявки клиента со",
                "специалистами соответствующих технических подразделений")).isTrue();
    }

    @Test
    void aCapitalStartsANewItemUnlessTheRowAboveHangs() {
        assertThat(Continuation.continues("Регламенты взаимодействия сотрудников ... с другими структурными"
                + " подразделениями организации", "Организационная структура организации")).isFalse();
        assertThat(Continuation.continues("Работа с клиентами при", "Подготовке отчетов")).isTrue();
        assertThat(Continuation.continues("программно-", "Аппаратного обеспечения")).isTrue();
        assertThat(Continuation.continues(null, "подразделение")).isFalse();
        assertThat(Continuation.continues("Основы психологии", "")).isFalse();
    }

    @Test
    void splitsJobTitlesAtCapitalisedWords() {
        assertThat(JobTitles.split("Специалист первой линии технической поддержки Оператор технической поддержки"
                + " Специалист диспетчерской службы Специалист службы поддержки")).containsExactly(
                "Специалист первой линии технической поддержки", "Оператор технической поддержки",
                "Специалист диспетчерской службы", "Специалист службы поддержки");
        assertThat(JobTitles.split("Специалист-техник по поддержке пользователей ИКТ"))
                .containsExactly("Специалист-техник по поддержке пользователей ИКТ");
        assertThat(JobTitles.split("Инженер (Программист)")).containsExactly("Инженер (Программист)");
    }

    @Test
    void tellsPiecesOfHeaderLabelsFromPiecesOfNames() {
        assertThat(Header.isLabelDebris("Наименова")).isTrue();
        assertThat(Header.isLabelDebris("ние")).isTrue();
        assertThat(Header.isLabelDebris("квалифика-")).isTrue();
        assertThat(Header.isLabelDebris("(подуровень)")).isTrue();
        assertThat(Header.isLabelDebris("Оригинал X")).isTrue();
        assertThat(Header.isLabelDebris("Регистрацион-")).isTrue();
        assertThat(Header.isLabelDebris("по вопросам эксплуатации")).isFalse();
        assertThat(Header.isLabelDebris("инфокоммуникационных систем")).isFalse();
        assertThat(Header.isLabelDebris("и/или их составляющих")).isFalse();
    }

    @Test
    void readsCodesAndLevels() {
        org.profstd.parse.Diagnostics diagnostics = new org.profstd.parse.Diagnostics();
        ValueReader values = new ValueReader(diagnostics);
        assertThat(values.functionCode("С/02.6", 410)).isEqualTo("C/02.6");
        assertThat(values.cardCode("D", 482)).isEqualTo("D");
        assertThat(values.functionCode("A/1.3", 7)).isEqualTo("A/1.3");
        assertThat(values.level("3", 80)).isEqualTo(3);
        assertThat(values.level("12", 9)).isNull();
        assertThat(values.level("-", 9)).isNull();
        assertThat(diagnostics.list()).extracting(d -> d.line() + " " + d.code())
                .containsExactly("410 code-cyrillic", "7 code-malformed", "9 level-out-of-range");
    }
}
