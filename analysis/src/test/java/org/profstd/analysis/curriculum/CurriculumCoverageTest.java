package org.profstd.analysis.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.CorpusDocuments;
import org.profstd.analysis.StandardChoice;
import org.profstd.model.Standard;

/** Programmes written by the team in the shapes universities publish, against standards of the corpus. */
class CurriculumCoverageTest {
    private static Programme programme(String name) throws IOException {
        try (var in = CurriculumCoverageTest.class.getResourceAsStream("/curriculum/" + name)) {
            return ProgrammeReader.read(name, new String(Objects.requireNonNull(in).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }

    private static Standard programmer() {
        return CorpusDocuments.parse(CorpusDocuments.root().resolve("ru-xml").resolve("06.001-2022.xml"))
                .standards().get(0);
    }

    @Test
    void aRussianWorkProgrammeReadsAsDisciplinesWithKnowCanMaster() throws IOException {
        Programme p = programme("software-developer-ru.md");
        assertThat(p.title()).isEqualTo("Образовательная программа бакалавриата 09.03.04 «Программная инженерия»");
        assertThat(p.disciplines()).extracting(Discipline::name).containsExactly("Основы программирования",
                "Тестирование программного обеспечения", "Проектирование программного обеспечения",
                "Системы управления версиями и сборка программ", "Базы данных");
        Discipline first = p.disciplines().get(0);
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.outcomes()).extracting(Outcome::kind).containsExactly("know", "know", "know", "can", "can",
                "can", "master");
        assertThat(first.outcomes().get(3)).isEqualTo(new Outcome("can",
                "писать программный код на языке программирования по алгоритму", 13));
    }

    @Test
    void aKazakhProgrammeAndAnEnglishModuleListRead() throws IOException {
        Programme kz = programme("programme-kz-ru.txt");
        assertThat(kz.disciplines()).extracting(Discipline::name).containsExactly(
                "Администрирование информационных систем", "Поддержка пользователей");
        // "Результаты обучения:" with its outcomes inline, separated by semicolons
        assertThat(kz.disciplines().get(1).outcomes()).extracting(Outcome::text).containsExactly(
                "консультировать пользователей по работе информационных систем",
                "регистрировать и обрабатывать обращения пользователей");
        Programme en = programme("module-list-en.md");
        assertThat(en.disciplines()).extracting(Discipline::name).containsExactly("Programming Fundamentals",
                "Software Testing", "Web Development");
        assertThat(en.disciplines().get(2).outcomes()).extracting(Outcome::kind, Outcome::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("topic", "HTTP and REST"),
                org.assertj.core.groups.Tuple.tuple("topic", "HTML and CSS"),
                org.assertj.core.groups.Tuple.tuple("topic", "server-side frameworks"));
    }

    @Test
    void anOutcomeThatStartsWithTheWordModuleDoesNotOpenADiscipline() {
        Programme p = ProgrammeReader.read("p.txt", "Программа\nДисциплина «Тестирование»\nУметь:\n"
                + "- модульное тестирование программ\nМодульные тесты писать по требованиям\n");
        assertThat(p.disciplines()).singleElement().satisfies(d -> assertThat(d.outcomes()).extracting(Outcome::text)
                .containsExactly("модульное тестирование программ", "Модульные тесты писать по требованиям"));
    }

    @Test
    void aTextWithoutDisciplinesIsRefused() {
        assertThatThrownBy(() -> ProgrammeReader.read("cv.txt", "Иванов Иван\nопыт работы 5 лет"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cv.txt: no discipline or module with learning outcomes was found");
    }

    @Test
    void aSoftwareDeveloperProgrammeCoversMostOfTheProgrammerAndLittleOfRobotMaintenance() throws IOException {
        Programme p = programme("software-developer-ru.md");
        CoverageReport programmer = CurriculumCoverage.compute("06.001-2022.xml", programmer(), p, null);
        assertThat(programmer.functions()).hasSize(16);
        assertThat(programmer.covered()).isGreaterThanOrEqualTo(12);
        assertThat(programmer.matrix()).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(16));
        // version control (A/04.3) is covered by the discipline on versions and builds
        int versions = 3;
        assertThat(programmer.functions().get(versions).code()).isEqualTo("A/04.3");
        assertThat(programmer.matrix().get(3).get(versions)).isPositive();
        assertThat(programmer.evidence()).anySatisfy(e -> {
            assertThat(e.function()).isEqualTo(versions);
            assertThat(e.discipline()).isEqualTo("Системы управления версиями и сборка программ");
        });

        Standard robots = StandardChoice.choose(CorpusDocuments.parse(CorpusDocuments.seed("002")), "J075");
        CoverageReport robotics = CurriculumCoverage.compute("002", robots, p, null);
        assertThat(robotics.covered()).isLessThanOrEqualTo(robotics.functions().size() / 3);
        assertThat(robotics.uncovered()).contains("Периодический контроль работы промышленных роботов",
                "Диагностика и ремонт промышленных роботов");
        StringWriter csv = new StringWriter();
        CoverageCsv.print(robotics, new PrintWriter(csv));
        assertThat(csv.toString()).startsWith("function_code,function,card,requirements,covered,coverage,"
                + "Основы программирования,");
        assertThat(csv.toString().split("\r\n")).hasSize(robotics.functions().size() + 1);
    }
}
