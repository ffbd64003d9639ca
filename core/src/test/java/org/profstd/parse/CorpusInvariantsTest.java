package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.profstd.Corpus;
import org.profstd.json.CanonicalJson;
import org.profstd.json.SchemaValidation;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/**
 * What must hold for every document of the corpus, whatever its family and file format (text conversions, registry
 * XML, DOCX): the promises of the canonical JSON.
 */
class CorpusInvariantsTest {
    /**
     * Table labels that must never leak into item text. A label word followed by a lower-case word is prose, not a
     * label: kz-2017 seed 000 has the knowledge item "Знания принципов и методов взаимодействия БД ...".
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(Умения|Знания|Навык|Задача|Машықтар|Білімдер|Трудовые действия|Необходимые умения|Необходимые знания)\\b(?!\\s+\\p{Ll})"
                    + "|\\b(Умения|Знания|Машықтар|Білімдер|Трудовые действия)\\s*:");
    private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][^>]*>|&[a-z]+;|&#\\d+;");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,3}\\s*[.)]\\s");

    static Stream<Path> documents() {
        return Corpus.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentParsesIntoSchemaValidJson(Path file) throws Exception {
        ParseResult result = Standards.parse(file);
        assertThat(SchemaValidation.violations(result)).isEmpty();
        assertThat(CanonicalJson.read(CanonicalJson.write(result))).isEqualTo(result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyStandardHasNamedCardsWithFunctionsAndLevelsInRange(Path file) throws Exception {
        ParseResult result = Standards.parse(file);
        assertThat(result.standards()).isNotEmpty();
        for (Standard s : result.standards()) {
            assertThat(s.title()).as("title of standard at line %d", s.span().startLine()).isNotBlank();
            assertThat(s.cards()).as("cards of %s", s.title()).isNotEmpty();
            for (Card c : s.cards()) {
                assertThat(c.name()).as("card at line %d", c.span().startLine()).isNotBlank();
                assertThat(c.level()).as("level of %s", c.name()).isNotNull()
                        .isBetween(1, s.jurisdiction() == Jurisdiction.RU ? 9 : 8);
                assertThat(c.functions()).as("functions of %s (line %d)", c.name(), c.span().startLine()).isNotEmpty();
                assertThat(c.span().startLine()).isBetween(s.span().startLine(), s.span().endLine());
                for (LaborFunction f : c.functions()) {
                    assertThat(f.name()).as("function of %s", c.name()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void itemTextIsCleanProseThatPointsIntoItsStandard(Path file) throws Exception {
        ParseResult result = Standards.parse(file);
        List<String> problems = new ArrayList<>();
        for (Standard s : result.standards()) {
            for (Card c : s.cards()) {
                for (LaborFunction f : c.functions()) {
                    for (Unit u : f.units()) {
                        for (List<Item> list : List.of(u.actions(), u.abilities(), u.knowledge())) {
                            for (Item item : list) {
                                String t = item.text();
                                if (t.isBlank() || LABEL.matcher(t).find() || HTML.matcher(t).find()
                                        || LIST_NUMBER.matcher(t).find()
                                        || item.line() < s.span().startLine() || item.line() > s.span().endLine()) {
                                    problems.add("line " + item.line() + ": " + t);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
