package org.profstd.analysis.equivalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.CorpusDocuments;
import org.profstd.model.ParseResult;

/** KZ and RU standards of the corpus: user support on both sides, and animation against support. */
class EquivalenceFinderTest {
    private static final ParseResult ORDER = CorpusDocuments.parse(CorpusDocuments.seed("002"));
    private static final ParseResult SUPPORT_TEXT = CorpusDocuments.parse(CorpusDocuments.seed("003"));
    private static final ParseResult SUPPORT_XML = CorpusDocuments.parse(
            CorpusDocuments.root().resolve("ru-xml").resolve(Path.of("06.024-2015.xml")));

    private static Equivalence compare(ParseResult a, ParseResult b, String standard) {
        StandardPair pair = StandardPair.choose(a, b, standard);
        return EquivalenceFinder.compare(pair.kzFile(), pair.kz(), pair.ruFile(), pair.ru());
    }

    @Test
    void userSupport2025AndTechnicalSupportAreRelatedWithTheirSharedFunctions() {
        Equivalence e = compare(ORDER, SUPPORT_TEXT, "J076");
        assertThat(e.related()).isTrue();
        assertThat(e.kz().code()).isEqualTo("J076");
        assertThat(e.ru().code()).isEqualTo("06.024");
        assertThat(e.verdict().get(0)).startsWith("related: \"Поддержка пользователей ИТ\" (J076)");
        assertThat(e.sharedOccupationGroups()).containsExactly("3512");
        // the support analyst handles incidents (KZ) as the first-line specialist handles requests (RU A/01.3)
        assertThat(e.pairs()).anySatisfy(p -> {
            assertThat(p.kz().name()).isEqualTo("Аналитик службы поддержки");
            assertThat(p.ru().code()).isEqualTo("A");
            assertThat(p.shared()).anySatisfy(f -> {
                assertThat(f.kz()).isEqualTo("Обработка инцидентов, связанных с основным функционалом"
                        + " поддерживаемого продукта инфокоммуникационных систем");
                assertThat(f.ruCode()).isEqualTo("A/01.3");
                assertThat(f.sharedRequirements()).anySatisfy(r -> assertThat(r.kind()).isEqualTo("knowledge"));
            });
            assertThat(p.onlyKz()).contains("Опытная проверка поддерживаемого продукта инфокоммуникационных систем");
        });
        assertThat(e.levels()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.kz()).isBetween(1, 8);
            assertThat(row.ru()).isBetween(1, 9);
        });
    }

    @Test
    void userSupport2019AndTheRegistryXmlOfTechnicalSupportAreRelated() {
        Equivalence e = compare(SUPPORT_XML, CorpusDocuments.parse(CorpusDocuments.seed("000")), null);
        assertThat(e.related()).isTrue();
        assertThat(e.kz().file()).isEqualTo("000_08e08ce78b8a3f0b.txt");
        // the call-centre operator works with the first requests of clients, as RU A/01.3 does
        assertThat(e.pairs()).flatExtracting(CardPair::shared).anySatisfy(f -> {
            assertThat(f.kz()).isEqualTo("Работа с первичными обращениями клиентов по вопросам эксплуатации"
                    + " инфокоммуникационных систем и/или их составляющих");
            assertThat(f.ruCode()).isEqualTo("A/01.3");
        });
    }

    @Test
    void animationAndTechnicalSupportAreUnrelatedThoughTheyShareAnOccupationGroup() {
        for (ParseResult support : new ParseResult[] {SUPPORT_TEXT, SUPPORT_XML}) {
            Equivalence e = compare(ORDER, support, "J077");
            assertThat(e.related()).isFalse();
            assertThat(e.verdict().get(0)).startsWith("unrelated: \"Разработка анимационных фильмов, видеоигр и"
                    + " интерактивных 3D-приложений\" (J077)");
            assertThat(e.sharedOccupationGroups()).contains("2512");
            assertThat(e.pairs()).isEmpty();
            assertThat(e.levels()).isEmpty();
            assertThat(e.unpairedKz()).hasSize(9);
        }
    }

    @Test
    void withoutStandardTheOrderGivesTheStandardSharingTheMostFunctions() {
        assertThat(StandardPair.choose(ORDER, SUPPORT_TEXT, null).kz().code()).isEqualTo("J076");
    }

    @Test
    void oneCloudFunctionLikeTwoProgrammerFunctionsDoesNotMakeCloudTechnologiesAProgrammer() {
        ParseResult programmer = CorpusDocuments.parse(CorpusDocuments.root().resolve("ru-xml")
                .resolve("06.001-2022.xml"));
        Equivalence cloud = compare(ORDER, programmer, "J072");
        assertThat(cloud.related()).isFalse();
        assertThat(cloud.verdict()).contains("1 of the 10 labor functions of the KZ standard have a counterpart among"
                + " 2 of the 16 functions of the RU standard");
        // software development is the programmer's standard
        assertThat(StandardPair.choose(ORDER, programmer, null).kz().code()).isEqualTo("J073");
    }

    @Test
    void twoKazakhDocumentsCannotBeCompared() {
        assertThatThrownBy(() -> StandardPair.choose(ORDER, CorpusDocuments.parse(CorpusDocuments.seed("000")), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("equivalence pairs a Kazakh standard with a Russian one;");
    }
}
