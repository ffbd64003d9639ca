package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LevelEstimatorTest {
    @Test
    void seniorityWordsWin() {
        assertThat(LevelEstimator.estimate("Senior Java developer, опыт 1 год")).hasValue(6);
        assertThat(LevelEstimator.estimate("Младший специалист технической поддержки")).hasValue(4);
        assertThat(LevelEstimator.estimate("Руководитель отдела ИТ")).hasValue(7);
    }

    @Test
    void yearsOfExperienceAndResponsibility() {
        assertThat(LevelEstimator.estimate("опыт работы от 3 лет")).hasValue(6);
        assertThat(LevelEstimator.estimate("опыт работы от 3 лет, руководство группой")).hasValue(7);
        assertThat(LevelEstimator.estimate("5 жыл жұмыс тәжірибесі")).hasValue(6);
        assertThat(LevelEstimator.estimate("7 жыл жұмыс тәжірибесі")).hasValue(7);
        assertThat(LevelEstimator.estimate("2 years of experience")).hasValue(5);
    }

    @Test
    void yearsWrittenAsWordsAndMonthsCount() {
        assertThat(LevelEstimator.estimate("Опыт самостоятельного администрирования от двух лет")).hasValue(5);
        assertThat(LevelEstimator.estimate("I have been working in operations for five years.")).hasValue(6);
        assertThat(LevelEstimator.estimate("төрт жылдық тәжірибесі бар Java әзірлеушісімін")).hasValue(6);
        assertThat(LevelEstimator.estimate("опыт в поддержке пользователей от 6 месяцев")).hasValue(4);
        assertThat(LevelEstimator.estimate("at least one year in IT support")).hasValue(4);
        assertThat(LevelEstimator.estimate("опыт от 1 года")).hasValue(4);
    }

    @Test
    void theLeadOfATeamIsASeniorAndOnlyLeadingPeopleRaisesTheYears() {
        assertThat(LevelEstimator.estimate("Руководитель группы технической поддержки\nопыт от 3 лет")).hasValue(6);
        assertThat(LevelEstimator.estimate("Руководитель направления искусственного интеллекта")).hasValue(7);
        assertThat(LevelEstimator.estimate("опыт от 2 лет, понимание архитектуры MVVM")).hasValue(5);
        assertThat(LevelEstimator.estimate("3 жыл тәжірибе, пайдаланушылардың қол жеткізу құқықтарын басқару"))
                .hasValue(6);
    }

    @Test
    void seniorityCountsOnlyInTheOpeningLines() {
        String posting = "Service Desk Analyst\n\nThe role\nYou answer calls.\nEvery week you meet the service desk lead.";
        assertThat(LevelEstimator.estimate(posting)).isEqualTo(OptionalInt.empty());
        assertThat(LevelEstimator.estimate("Стажёр в службу поддержки\nОбучим всему")).hasValue(3);
    }

    @Test
    void theOpeningParagraphNamesItsOwnRoleInItsFirstSentence() {
        String cv = "CV: Daniyar S., Robot Programmer\n\nFor four years I have programmed welding cells. I trained the"
                + " operators of every cell.";
        assertThat(LevelEstimator.estimate(cv)).hasValue(6);
        assertThat(LevelEstimator.estimate("Оператор call-центра. Обучим.\nсмены 2/2")).hasValue(3);
    }

    @Test
    void kazakhSeniorityWordsAreWholeWords() {
        // "поштаға кіру" (signing in to mail) holds "аға " and "кіші" only inside other words
        assertThat(LevelEstimator.estimate("Түйіндеме\nпоштаға кіру мәселелерін шешемін, екі жыл")).hasValue(5);
        assertThat(LevelEstimator.estimate("Аға жүйелік әкімші\nсерверлер")).hasValue(6);
        assertThat(LevelEstimator.estimate("Кіші тестілеуші\nмобильді қосымша")).hasValue(4);
    }

    @Test
    void silentTextHasNoEstimate() {
        assertThat(LevelEstimator.estimate("Настройка сетевого оборудования")).isEqualTo(OptionalInt.empty());
        assertThat(LevelEstimator.estimate("")).isEqualTo(OptionalInt.empty());
    }
}
