package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.profstd.read.registryxml.RegistryFiles.lineOf;
import static org.profstd.read.registryxml.RegistryFiles.only;
import static org.profstd.read.registryxml.RegistryFiles.parse;
import static org.profstd.read.registryxml.RegistryFiles.text;
import static org.profstd.read.registryxml.RegistryFiles.texts;
import static org.profstd.read.registryxml.RegistryFiles.unit;
import static org.profstd.read.registryxml.RegistryFiles.withoutLines;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.profstd.json.SchemaValidation;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.ParseResult;
import org.profstd.model.Severity;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;
import org.profstd.read.Decoding;
import org.profstd.read.UnreadableDocumentException;

/**
 * What real exports do besides the corpus files: swapped skills and knowledge, windows-1251, escaped line breaks and
 * entities, odd content, several standards in one file, damaged XML. Each input is a real export changed as
 * the quirk changes it; the expected model is the one read from the unchanged file.
 */
class RegistryXmlQuirksTest {
    private static final String FILE = "06.024-2015.xml";
    private static final String A01_ACTIONS_START = "<LaborAction>Прием обращений клиентов";

    private static Standard original() {
        return withoutLines(only(parse(FILE)));
    }

    /** The export with the skills and knowledge of its first function (A/01.3) exchanged, as old exports had them. */
    private static String withFirstFunctionSwapped() {
        String xml = text(FILE);
        int start = xml.indexOf("<ParticularWorkFunction>");
        int end = xml.indexOf("</ParticularWorkFunction>", start);
        String function = xml.substring(start, end)
                .replace("RequiredSkill", "\u0001").replace("NecessaryKnowledge", "RequiredSkill")
                .replace("\u0001", "NecessaryKnowledge");
        return xml.substring(0, start) + function + xml.substring(end);
    }

    @Test
    void swappedSkillsAndKnowledgeArePutRightAndReported() {
        String swapped = withFirstFunctionSwapped();
        assertThat(swapped).contains("<RequiredSkill>Регламенты обработки обращений");
        ParseResult result = parse("swapped.xml", swapped);
        // told at the line of the function's element
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, DiagnosticCode.ITEMS_SWAPPED,
                lineOf(swapped, "<CodeTF>A/01.3</CodeTF>") - 1,
                "A/01.3: the required skills read as knowledge and the necessary knowledge as skills;"
                        + " they were exchanged"));
        assertThat(withoutLines(only(result))).isEqualTo(original());
        assertThat(texts(unit(only(result), "A/01.3").abilities())).first().asString().startsWith("Выяснять");
    }

    @Test
    void windows1251DeclaredInTheProlog() {
        String xml = text(FILE).replace("encoding=\"utf-8\"", "encoding=\"windows-1251\"");
        ParseResult result = parse(FILE, xml.getBytes(Decoding.WINDOWS_1251));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(withoutLines(only(result))).isEqualTo(original());
    }

    @Test
    void windows1251WithoutDeclarationIsGuessedAndSaidSo() {
        String xml = text(FILE).replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<?xml version=\"1.0\"?>");
        ParseResult result = parse(FILE, xml.getBytes(Decoding.WINDOWS_1251));
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.INFO, DiagnosticCode.ENCODING_GUESSED, 1,
                "no encoding is declared and the bytes are not UTF-8; read as windows-1251"));
        assertThat(withoutLines(only(result))).isEqualTo(original());
    }

    @Test
    void windows1251UnderAPrologThatClaimsUtf8() {
        ParseResult result = parse(FILE, text(FILE).getBytes(Decoding.WINDOWS_1251));
        assertThat(result.diagnostics()).extracting(d -> d.code().code()).containsExactly("encoding-guessed");
        assertThat(result.diagnostics().get(0).message())
                .isEqualTo("the prolog declares utf-8 but the bytes are not in it; read as windows-1251");
        assertThat(withoutLines(only(result))).isEqualTo(original());
    }

    @Test
    void windows1251WithoutAnyProlog() {
        String xml = text(FILE).replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "");
        ParseResult result = parse(FILE, xml.getBytes(Decoding.WINDOWS_1251));
        assertThat(withoutLines(only(result))).isEqualTo(original());
    }

    @Test
    void escapedLineBreaksSplitItemsAndWrappedLinesJoinThem() {
        String xml = text(FILE)
                // two labor actions an author put into one cell, one per line
                .replace("структурных подразделений</LaborAction><LaborAction>Регистрация",
                        "структурных подразделений&lt;br /&gt;Регистрация")
                // a knowledge item whose cell wrapped, with the carriage return the export kept
                .replaceFirst("Регламенты обработки обращений в структурное подразделение",
                        "Регламенты обработки обращений в структурное&#13;\nподразделение")
                // an entity escaped twice and a non-breaking space
                .replaceFirst("Регистрация обращений клиентов", "Регистрация&amp;nbsp;обращений&#160;клиентов");
        ParseResult result = parse("quirks.xml", xml);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(withoutLines(only(result))).isEqualTo(original());

        Unit a01 = unit(only(result), "A/01.3");
        // the two actions split at the escaped break share the line of their one element
        int cell = lineOf(xml, "структурных подразделений&lt;br /&gt;Регистрация");
        assertThat(a01.actions().get(0).line()).isEqualTo(lineOf(xml, A01_ACTIONS_START));
        assertThat(a01.actions()).extracting(i -> i.line()).contains(cell, cell);
        // the wrapped knowledge item begins on the line of its element
        assertThat(a01.knowledge().get(0).text()).isEqualTo(
                "Регламенты обработки обращений в структурное подразделение технической поддержки");
        int knowledge = lineOf(xml, "Регламенты обработки обращений в структурное&#13;");
        assertThat(a01.knowledge().get(0).line()).isEqualTo(knowledge);
        // the element holds the line break, so the next one begins two lines below it
        assertThat(a01.knowledge().get(1).line()).isEqualTo(knowledge + 2);
    }

    @Test
    void oddContentIsReadAndReported() {
        String xml = text(FILE)
                .replace("<OrderNumber>688н</OrderNumber>", "")
                .replace("<CodeTF>A/02.3</CodeTF>", "<CodeTF>02.3.</CodeTF>")
                .replace("<CodeTF>B/03.6</CodeTF>", "<CodeTF>B-03</CodeTF>")
                .replaceFirst("<NameTF>Консультирование клиентов[^<]*</NameTF>", "<NameTF> </NameTF>")
                .replace("<LevelOfQualification>7</LevelOfQualification>",
                        "<LevelOfQualification>12</LevelOfQualification>");
        ParseResult result = parse("odd.xml", xml);
        // each told at the line of its element: the standard, the function of the code or name, the card
        assertThat(result.diagnostics()).containsExactly(
                new Diagnostic(Severity.WARNING, DiagnosticCode.MISSING_FIELD, lineOf(xml, "<ProfessionalStandart>"),
                        "the standard has no order number"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.CODE_MALFORMED, lineOf(xml, "<CodeTF>02.3.</CodeTF>") - 1,
                        "the code 02.3. lacks the letter of its generalized function; read as A/02.3"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.CODE_MALFORMED, lineOf(xml, "<CodeTF>B-03</CodeTF>") - 1,
                        "the code B-03 is not a labor function code such as A/01.3; it was left out"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.EMPTY_NAME, lineOf(xml, "<NameTF> </NameTF>") - 2,
                        "the labor function has no name; \"C/01.6\" stands for it"),
                new Diagnostic(Severity.ERROR, DiagnosticCode.LEVEL_OUT_OF_RANGE,
                        lineOf(xml, "<CodeOTF>D</CodeOTF>") - 1,
                        "the qualification level 12 is outside 1-9"));
        assertThat(result.act()).isNull();
        Standard s = only(result);
        assertThat(s.year()).isNull();
        assertThat(s.cards().get(0).functions().get(1).code()).isEqualTo("A/02.3");
        assertThat(s.cards().get(1).functions().get(2).code()).isNull();
        assertThat(s.cards().get(2).functions().get(0).name()).isEqualTo("C/01.6");
        assertThat(s.cards().get(3).level()).isNull();
        assertThat(SchemaValidation.violations(result)).isEmpty();
    }

    @Test
    void aFileWithSeveralStandardsGivesOneStandardEach() {
        String standard2015 = element(text(FILE));
        String standard2013 = element(text("06.001-2013.xml"));
        String both = text(FILE).replace(standard2015, standard2015 + "\n" + standard2013);
        ParseResult result = parse("two.xml", both);
        assertThat(result.standards()).extracting(Standard::code).containsExactly("06.024", "06.001");
        int second = result.standards().get(1).span().startLine();
        assertThat(second).isEqualTo(lineOf(both, "<NameProfessionalStandart>Программист</NameProfessionalStandart>") - 1);
        assertThat(second).isGreaterThan(result.standards().get(0).span().endLine());
        assertThat(result.act()).isNull();
        assertThat(result.diagnostics()).extracting(d -> d.code().code()).containsExactly("number-repeated", "acts-differ");
        assertThat(result.diagnostics().get(1).message())
                .isEqualTo("the 2 standards of the file were approved by 2 different orders");

        ParseResult twice = parse("twice.xml", text(FILE).replace(standard2015, standard2015 + standard2015));
        assertThat(twice.standards()).hasSize(2);
        assertThat(twice.act().number()).isEqualTo("688н");
    }

    private static String element(String xml) {
        int start = xml.indexOf("<ProfessionalStandart>");
        String end = "</ProfessionalStandart>";
        return xml.substring(start, xml.indexOf(end) + end.length());
    }

    @Test
    void truncatedExportIsUnreadableWithAOneLineReason() {
        byte[] whole = RegistryFiles.bytes(FILE);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> Standards.parse("truncated.xml", half))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("truncated.xml: the XML is damaged at line 4, column ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void xmlThatIsNotARegistryExportIsUnreadable() {
        byte[] other = "<?xml version=\"1.0\"?>\n<catalog><book>Война и мир</book></catalog>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Standards.parse("catalog.xml", other))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("catalog.xml: not a registry export of professional standards"
                        + " (the root element is <catalog>, not <XMLCardInfo>)");

        byte[] empty = "<?xml version=\"1.0\"?><XMLCardInfo><ProfessionalStandarts/></XMLCardInfo>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Standards.parse("empty.xml", empty))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty.xml: the registry export holds no professional standard"
                        + " (no <ProfessionalStandart> element)");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE XMLCardInfo [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + "<XMLCardInfo><ProfessionalStandarts><ProfessionalStandart>"
                + "<NameProfessionalStandart>&secret;</NameProfessionalStandart>"
                + "</ProfessionalStandart></ProfessionalStandarts></XMLCardInfo>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Standards.parse("xxe.xml", xxe))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("xxe.xml: the XML is damaged at line 3")
                .hasMessageContaining("secret");
    }

    @Test
    void absurdNestingIsRefusedBeforeItCanExhaustTheStack() {
        String deep = "<XMLCardInfo>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</XMLCardInfo>";
        assertThatThrownBy(() -> Standards.parse("deep.xml", deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("deep.xml: the XML is damaged at line 1, column 314: elements are nested deeper than 100");
    }
}
