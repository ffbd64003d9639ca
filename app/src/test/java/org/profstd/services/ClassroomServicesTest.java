package org.profstd.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.curriculum.CoverageReport;
import org.profstd.analysis.curriculum.FunctionCoverage;
import org.profstd.analysis.equivalence.Equivalence;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryException;

/**
 * Curriculum coverage, KZ-RU equivalence and the registry-XML refusal through the application services, over the
 * corpus in an embedded registry: the figures the command line gives for the same documents.
 */
class ClassroomServicesTest {
    /** A software developer's programme written by the team for the curriculum tests of the analysis module. */
    static final Path PROGRAMME = Path.of("..", "analysis", "src", "test", "resources", "curriculum",
            "software-developer-ru.md");
    static Path data;
    static Registry registry;
    static Services services;

    @BeforeAll
    static void load() throws IOException {
        data = Files.createTempDirectory("profstd-classroom");
        registry = Registry.embedded(data, "tester");
        services = Services.over(registry);
        services.loadIfEmpty(Path.of(System.getProperty("profstd.corpus", "../../shared/corpus")));
    }

    @AfterAll
    static void close() throws IOException {
        services.close();
        registry.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static EditionSnapshot current(String code) {
        return registry.editions().stream().filter(e -> code.equals(e.standard().code()))
                .filter(e -> e.status().equals("current")).findFirst().orElseThrow();
    }

    @Test
    void theUserSupportStandardsAreRelatedInEitherOrderAndTheAnimationOneIsNot() {
        long j076 = current("J076").editionId();
        long ru = current("06.024").editionId();
        Equivalence support = services.equivalences().compare(ru, j076);
        assertThat(support.related()).isTrue();
        assertThat(support.kz().code()).isEqualTo("J076");
        assertThat(support.pairs()).isNotEmpty().allSatisfy(p -> assertThat(p.shared()).isNotEmpty());
        assertThat(support.sharedOccupationGroups()).contains("3512");

        Equivalence animation = services.equivalences().compare(current("J077").editionId(), ru);
        assertThat(animation.related()).isFalse();
        assertThat(animation.verdict().get(0)).startsWith("unrelated: ");
    }

    @Test
    void twoStandardsOfOneJurisdictionAreRefusedInWords() {
        assertThatThrownBy(() -> services.equivalences().compare(current("J076").editionId(),
                current("J077").editionId()))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("equivalence pairs a Kazakh standard with a Russian one");
    }

    @Test
    void theSimilarStandardsOfTheRussianSupportStandardIncludeTheKazakhOneAndNotTheAnimation() {
        SimilarStandards similar = services.equivalences().similar(current("06.024").editionId());
        assertThat(similar.comparable()).isTrue();
        assertThat(similar.jurisdiction()).isEqualTo(Jurisdiction.KZ);
        assertThat(similar.compared()).isGreaterThan(10);
        List<String> codes = similar.similar().stream().map(SimilarStandard::code).toList();
        assertThat(codes).contains("J076").doesNotContain("J077");
        SimilarStandard j076 = similar.similar().get(codes.indexOf("J076"));
        assertThat(j076.kzShared()).isPositive().isLessThanOrEqualTo(j076.kzFunctions());
        assertThat(j076.ruShared()).isPositive().isLessThanOrEqualTo(j076.ruFunctions());
        // asked again, the same answer from the figures kept
        assertThat(services.equivalences().similar(current("06.024").editionId())).isEqualTo(similar);

        SimilarStandards back = services.equivalences().similar(current("J076").editionId());
        assertThat(back.similar()).extracting(SimilarStandard::code).contains("06.024");
    }

    @Test
    void aKazakhTextIsComparedWithNothing() {
        EditionSnapshot kazakh = registry.editions().stream().filter(e -> e.standard().language() == Language.KK)
                .findFirst().orElseThrow();
        SimilarStandards similar = services.equivalences().similar(kazakh.editionId());
        assertThat(similar.comparable()).isFalse();
        assertThat(similar.similar()).isEmpty();
    }

    @Test
    void aSoftwareDeveloperProgrammeCoversMostOfTheProgrammerAndLittleOfRobots() throws Exception {
        String text = services.curricula().read("software-developer-ru.md", Files.readAllBytes(PROGRAMME));
        CoverageReport programmer = services.curricula().cover("software-developer-ru.md", text,
                current("06.001").editionId(), null);
        assertThat(programmer.disciplines()).hasSize(5);
        assertThat(programmer.covered()).isGreaterThan(programmer.functions().size() / 2);

        CoverageReport robots = services.curricula().cover("software-developer-ru.md", text,
                current("J075").editionId(), null);
        assertThat(robots.covered()).isLessThan(robots.functions().size() / 2);
        assertThat(robots.uncovered()).contains("Базовое техническое обслуживание");

        String csv = Curricula.csv(robots);
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("\uFEFFfunction_code,function,card,requirements,covered,coverage,Основы программирования");
        assertThat(csv.lines().count()).isEqualTo(robots.functions().size() + 1);
    }

    @Test
    void oneCardIsCoveredAloneAndAnUnknownCardOrATextWithoutDisciplinesIsRefused() throws Exception {
        String text = Files.readString(PROGRAMME, StandardCharsets.UTF_8);
        long edition = current("06.001").editionId();
        CoverageReport one = services.curricula().cover("p.md", text, edition, 1);
        assertThat(one.card()).isEqualTo(registry.edition(edition).standard().cards().get(0).name());
        assertThat(one.functions()).extracting(FunctionCoverage::card).containsOnly(one.card());
        assertThatThrownBy(() -> services.curricula().cover("p.md", text, edition, 99))
                .isInstanceOf(RegistryException.class).hasMessageContaining("there is no card 99");
        assertThatThrownBy(() -> services.curricula().cover("cv.txt", "Иванов Иван\nопыт работы 5 лет", edition, null))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("cv.txt: no discipline or module with learning outcomes was found");
    }

    @Test
    void registryXmlOfAKazakhStandardIsRefusedNamingWhatItWouldLose() {
        EditionSnapshot kz = current("J076");
        assertThatThrownBy(() -> services.exports().export(kz.editionId(), "registry-xml"))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("registry-xml cannot carry \"Поддержка пользователей ИТ\" (J076), a Kazakh"
                        + " standard; it would lose its jurisdiction")
                .hasMessageContaining("the occupation codes of its cards");
        assertThat(Exports.formatsFor(kz.standard())).containsExactly("json", "csv", "case");
        EditionSnapshot ru = current("06.024");
        assertThat(new String(services.exports().export(ru.editionId(), "registry-xml").body(),
                StandardCharsets.UTF_8)).contains("<XMLCardInfo");
        assertThat(Exports.formatsFor(ru.standard())).isEqualTo(Exports.FORMATS);
    }
}
