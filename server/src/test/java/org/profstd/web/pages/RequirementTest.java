package org.profstd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Education requirements as the KZ 2023 cards of seed 002 print them, cut into their options. */
class RequirementTest {

    @Test
    void twoAcceptableEducationsWithDashesForWhatTheyLeaveOpen() {
        // seed 002, line 226-227: a card accepting a master's degree in ICT, or a bachelor's degree in any field
        String education = "Уровень образования: послевузовское образование (магистратура, резидентура) "
                + "Специальность: Информационно-коммуникационные технологии Квалификация: - "
                + "Уровень образования: высшее образование (бакалавриат, специалитет, ординатура) "
                + "Специальность: - Квалификация: -";
        assertThat(Requirement.options(education)).containsExactly(
                List.of(new Requirement.Part("Уровень образования", "послевузовское образование (магистратура, резидентура)"),
                        new Requirement.Part("Специальность", "Информационно-коммуникационные технологии")),
                List.of(new Requirement.Part("Уровень образования",
                        "высшее образование (бакалавриат, специалитет, ординатура)")));
    }

    @Test
    void aKazakhRequirementIsCutAtItsKazakhLabels() {
        String education = "Білім деңгейі: жоғары білім Мамандық: Ақпараттық-коммуникациялық технологиялар Біліктілік: -";
        assertThat(Requirement.options(education)).containsExactly(List.of(
                new Requirement.Part("Білім деңгейі", "жоғары білім"),
                new Requirement.Part("Мамандық", "Ақпараттық-коммуникациялық технологиялар")));
    }

    @Test
    void textWithoutLabelsIsOneOptionAndNothingIsNothing() {
        assertThat(Requirement.options("Высшее образование - бакалавриат"))
                .containsExactly(List.of(new Requirement.Part(null, "Высшее образование - бакалавриат")));
        assertThat(Requirement.options(null)).isEmpty();
        assertThat(Requirement.options("  ")).isEmpty();
    }
}
