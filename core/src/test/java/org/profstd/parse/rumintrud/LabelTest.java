package org.profstd.parse.rumintrud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTest {
    @Test
    void matchesWholeLabelsAsPrinted() {
        assertThat(Label.of("Трудовые действия")).isEqualTo(Label.ACTIONS);
        assertThat(Label.of("Необходимые знания ")).isEqualTo(Label.KNOWLEDGE);
        assertThat(Label.of("Основная цель вида профессиональной деятельности:")).isEqualTo(Label.PURPOSE);
        assertThat(Label.of("Уровень (подуровень) квалификации")).isEqualTo(Label.LEVEL);
        assertThat(Label.of("Уровень квалифик")).isEqualTo(Label.LEVEL);
        assertThat(Label.of("Происхождение обобщенной трудовой функции")).isEqualTo(Label.ORIGIN);
        assertThat(Label.of("Наименование документа")).isNull();
        assertThat(Label.of("Код оригинала")).isNull();
        assertThat(Label.of("Регламенты обработки обращений")).isNull();
    }

    @Test
    void findsTheLabelsAPageBreakCutInTwo() {
        assertThat(Label.byHead("Необходимые")).containsExactly(Label.ABILITIES, Label.KNOWLEDGE);
        assertThat(Label.byHead("Требования к")).containsExactly(Label.EDUCATION, Label.EXPERIENCE);
        assertThat(Label.byHead("Другие")).containsExactly(Label.OTHER);
        assertThat(Label.byTail("знания")).containsExactly(Label.KNOWLEDGE);
        assertThat(Label.byTail("опыту практической работы")).containsExactly(Label.EXPERIENCE);
        assertThat(Label.byTail("характеристики")).containsExactly(Label.OTHER, Label.ADDITIONAL);
        assertThat(Label.byHead("")).isEmpty();
        assertThat(Label.byTail("поддержки")).isEmpty();
    }
}
