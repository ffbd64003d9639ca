package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.search.analysis.Analysis;

/** The role a posting names, found in its first lines and compared with the names of cards. */
class TitleSignalTest {
    private static final Analysis ANALYSIS = new Analysis();
    private static final Vocabulary TITLES = Vocabulary.load(Vocabulary.TITLES, ANALYSIS);
    private static final Vocabulary TERMS = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);

    @Test
    void theTitleIsALabelledLineOrAShortFirstLineOrTheWordsBeforeAColon() {
        assertThat(TitleSignal.titleOf("О компании\nВакансия: инженер техподдержки\nОбязанности: ..."))
                .hasValue("инженер техподдержки");
        assertThat(TitleSignal.titleOf("\n## Senior DevOps Engineer\n\nWe run 40 services.")).hasValue("Senior DevOps Engineer");
        assertThat(TitleSignal.titleOf("Data Engineer: Spark / Airflow / Kafka / dbt / Snowflake / Python / SQL. Remote,"
                + " full-time, long description of the team and the product follows here.")).hasValue("Data Engineer");
        assertThat(TitleSignal.titleOf("Data Engineer (Hadoop, Spark, Hive, Airflow). Загрузка и обработка данных в"
                + " хранилище, оптимизация джобов, опыт от двух лет.")).hasValue("Data Engineer");
        assertThat(TitleSignal.titleOf("Наша компания двадцать лет строит сети для банков и ищет человека, который"
                + " возьмёт на себя поддержку пользователей в трёх офисах и склад.")).isEmpty();
    }

    @Test
    void aCvNamesItsRoleAfterItsLabelAndThePersonsName() {
        assertThat(TitleSignal.titleOf("CV — Timur Abenov, DevOps Engineer\n\nI have been working in operations"))
                .hasValue("DevOps Engineer");
        assertThat(TitleSignal.titleOf("Резюме: инженер по искусственному интеллекту\n\nЯ занимаюсь ИИ"))
                .hasValue("инженер по искусственному интеллекту");
        assertThat(TitleSignal.titleOf("Түйіндеме: бағдарламалық жасақтама әзірлеушісі\n")).hasValue(
                "бағдарламалық жасақтама әзірлеушісі");
        assertThat(TitleSignal.titleOf("Резюме. Техник по обслуживанию промышленных роботов\n")).hasValue(
                "Техник по обслуживанию промышленных роботов");
    }

    @Test
    void aRenderingOfASpecificRoleDoesNotFullyNameAShorterGeneralCard() {
        TitleSignal robots = signal("Industrial Robot Programmer\nKUKA, ABB");
        double own = robots.fit(List.of("Техник-программист по обслуживанию промышленных роботов"), Analysis.RU)
                .orElseThrow().score();
        double general = robots.fit(List.of("Техник-программист"), Analysis.RU).map(TitleSignal.Fit::score)
                .orElse(0.0);
        assertThat(own).isGreaterThan(general + 0.2);
    }

    @Test
    void aRussianGameProgrammersTitleAndADistributedSystemsEngineersNameTheirOwnStandardsCards() {
        TitleSignal unity = signal("Программист Unity (gameplay)\nC#, мобильные игры");
        double game = unity.fit(List.of("Разработчик компьютерных игр"), Analysis.RU).orElseThrow().score();
        assertThat(game).isGreaterThan(0.9);
        // "systems engineer" inside "Distributed Systems Engineer" is not the systems engineer's card
        TitleSignal distributed = signal("Distributed Systems Engineer\nRaft, replication");
        double parallel = distributed.fit(List.of("Разработчик параллельных программ"), Analysis.RU).orElseThrow()
                .score();
        double systems = distributed.fit(List.of("Системный инженер"), Analysis.RU).map(TitleSignal.Fit::score)
                .orElse(0.0);
        assertThat(parallel).isGreaterThan(systems + 0.3);
    }

    @Test
    void anEnglishTitleNamesTheCardOfItsRole() {
        TitleSignal devops = signal("Senior DevOps Engineer\nKubernetes, Terraform");
        assertThat(devops.fit(List.of("Администратор облачных технологий"), Analysis.RU))
                .hasValueSatisfying(f -> assertThat(f.score()).isGreaterThan(0.9));
        assertThat(devops.fit(List.of("Разработчик-мультипликатор"), Analysis.RU)).isEmpty();
        TitleSignal qa = signal("QA Engineer (manual)\n...");
        assertThat(qa.fit(List.of("Тестировщик", "Инженер-тестировщик"), Analysis.RU)).isPresent();
    }

    @Test
    void aTradeWithoutAFieldNamesNoCard() {
        TitleSignal engineer = signal("Инженер\nвыезды к клиентам, настройка роутеров");
        assertThat(engineer.fit(List.of("Инженер-программист"), Analysis.RU)).isEmpty();
        assertThat(engineer.fit(List.of("Системный инженер"), Analysis.RU)).isEmpty();
        TitleSignal itSpecialist = signal("IT маманы\nөтінімдерді қабылдау");
        assertThat(itSpecialist.fit(List.of("Инженер инфраструктуры информационных технологий"), Analysis.RU))
                .isEmpty();
        // a word of the field beside the trade still names the card
        assertThat(signal("Системный инженер\nLinux").fit(List.of("Системный инженер"), Analysis.RU)).isPresent();
        assertThat(signal("Инженер-тестировщик\nPostman").fit(List.of("Инженер-тестировщик"), Analysis.RU))
                .isPresent();
    }

    @Test
    void theTitleAsWrittenOutweighsARoleWordInsideIt() {
        TitleSignal hpc = signal("Разработчик параллельных программ (HPC)\nMPI, OpenMP");
        double own = hpc.fit(List.of("Разработчик параллельных программ"), Analysis.RU).orElseThrow().score();
        double generic = hpc.fit(List.of("Программист приложений"), Analysis.RU).map(TitleSignal.Fit::score).orElse(0.0);
        assertThat(own).isGreaterThan(generic);
    }

    @Test
    void aRoleInsideALongerOneDoesNotCount() {
        TitleSignal unity = signal("Unity Developer (Senior)\nИгры для телефонов");
        double game = unity.fit(List.of("Разработчик компьютерных игр"), Analysis.RU).orElseThrow().score();
        assertThat(game).isGreaterThan(0.9);
        assertThat(unity.fit(List.of("Программист"), Analysis.RU)).isEmpty();
    }

    @Test
    void aKazakhTitleNamesARussianCard() {
        TitleSignal kazakh = signal("IoT әзірлеушісі: ESP32 құрылғыларына бағдарлама, MQTT, бұлттық платформа");
        assertThat(kazakh.fit(List.of("Инженер-программист IoT систем"), Analysis.RU)).isPresent();
    }

    @Test
    void aOneLinePostingNamesItsRoleBeforeTheColonHoweverShort() {
        assertThat(TitleSignal.titleOf("Тренер ICPC: C++, алгоритмы, разборы контестов.")).hasValue("Тренер ICPC");
        assertThat(TitleSignal.titleOf("Эникейщик в офис: компьютеры, принтеры, заявки")).hasValue("Эникейщик в офис");
        assertThat(TitleSignal.titleOf("Разработчик параллельных программ (HPC)\nMPI"))
                .hasValue("Разработчик параллельных программ (HPC)");
    }

    @Test
    void aRoleIsFoundInATitleWithOtherWordsBetweenItsOwn() {
        TitleSignal robots = signal("Robotics Field Service Technician\nFANUC, Yaskawa");
        assertThat(robots.fit(List.of("Техник по робототехнике"), Analysis.RU))
                .hasValueSatisfying(f -> assertThat(f.score()).isGreaterThan(0.7));
    }

    @Test
    void aCardNameAgreeingOnlyWithPartOfARecognisedRoleIsNotTitled() {
        TitleSignal robots = signal("Программист промышленных роботов (сварочные линии)\nKUKA, ABB");
        assertThat(robots.fit(List.of("Программист"), Analysis.RU)).isEmpty();
        assertThat(robots.fit(List.of("Техник-программист по обслуживанию промышленных роботов"), Analysis.RU))
                .isPresent();
        TitleSignal hpc = signal("HPC-программист: C++, MPI, OpenMP, Slurm");
        assertThat(hpc.fit(List.of("Программист-разработчик"), Analysis.RU)).isEmpty();
        assertThat(hpc.fit(List.of("Разработчик параллельных программ"), Analysis.RU)).isPresent();
    }

    @Test
    void whatATitleAddsInBracketsDoesNotDiluteTheRoleItNames() {
        assertThat(TitleSignal.head("Software Developer (C#, manufacturing systems)")).isEqualTo("Software Developer");
        assertThat(TitleSignal.head("(Senior) Data Engineer [remote]")).isEqualTo("Data Engineer");
        assertThat(TitleSignal.head("(DevOps)")).isEqualTo("(DevOps)");
        TitleSignal developer = signal("Software Developer (C#, manufacturing systems)\nASP.NET Core");
        assertThat(developer.fit(List.of("Разработчик программного обеспечения"), Analysis.RU))
                .hasValueSatisfying(f -> assertThat(f.score()).isGreaterThan(0.9));
    }

    @Test
    void aKazakhTitleTypedWithoutKazakhLettersNamesItsRole() {
        TitleSignal support = signal("Техникалык колдау маманы\nотiнiмдер, принтерлер");
        assertThat(support.fit(List.of("Специалист технической поддержки"), Analysis.RU))
                .hasValueSatisfying(f -> assertThat(f.score()).isGreaterThan(0.9));
        assertThat(TitleSignal.titleOf("Туйиндеме: Мадина Ержанкызы, тестилеуши\nМен 3 жыл")).hasValue("тестилеуши");
        // the label alone on its line: the role is where the author introduces themself
        assertThat(TitleSignal.titleOf("Түйіндеме\n\nМен Дәурен Сейітов, әзірлеушімін, Java бойынша 5 жыл"))
                .hasValue("әзірлеушімін");
        assertThat(TitleSignal.titleOf("Резюме\nЯ Ольга Ким, тестировщик. Пять лет в банке.")).hasValue("тестировщик");
        assertThat(TitleSignal.titleOf("CV\nDevOps Engineer\nKubernetes, Terraform")).hasValue("DevOps Engineer");
        TitleSignal tester = signal("Тестилеуши (junior)\nмобильдi банкинг");
        assertThat(tester.fit(List.of("Тестировщик"), Analysis.RU)).isPresent();
    }

    @Test
    void aFieldOfProgrammingInATitleNamesItsSpecialistNotTheProgrammer() {
        TitleSignal parallel = signal("Параллель бағдарламалау маманы: C++, MPI, OpenMP, CUDA");
        assertThat(parallel.fit(List.of("Разработчик параллельных программ"), Analysis.RU)).isPresent();
        assertThat(parallel.fit(List.of("Программист"), Analysis.RU)).isEmpty();
        TitleSignal robots = signal("CV: Aruzhan Tlegenova, Robotics Programmer\nABB, Yaskawa");
        assertThat(robots.fit(List.of("Техник-программист по обслуживанию промышленных роботов"), Analysis.RU))
                .isPresent();
        assertThat(robots.fit(List.of("Разработчик программного обеспечения"), Analysis.RU)).isEmpty();
    }

    @Test
    void aRenderingNamesNoCardThatHasLessThanHalfOfItsWords() {
        // "техник-программист по обслуживанию промышленных роботов" is not the developers' "Техник-программист"
        TitleSignal robots = signal("Robot Programmer\nABB RAPID, KUKA KRL");
        assertThat(robots.fit(List.of("Техник-программист"), Analysis.RU)).isEmpty();
        assertThat(robots.fit(List.of("Техник-программист по обслуживанию промышленных роботов"), Analysis.RU))
                .hasValueSatisfying(f -> assertThat(f.score()).isGreaterThan(0.9));
    }

    private static TitleSignal signal(String text) {
        return TitleSignal.of(text, ANALYSIS, TITLES, TERMS, TitleSignal.Words.of(ANALYSIS));
    }
}
