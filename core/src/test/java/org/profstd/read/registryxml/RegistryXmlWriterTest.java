package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.profstd.read.registryxml.RegistryFiles.only;
import static org.profstd.read.registryxml.RegistryFiles.parse;
import static org.profstd.read.registryxml.RegistryFiles.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.ActKind;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.LegalAct;
import org.profstd.model.ParseResult;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** A standard that was not read from an export (a KZ one, cards by occupation, functions broken into tasks). */
class RegistryXmlWriterTest {
    private static final Span SPAN = new Span(150, 300);

    /** Two cards of "Поддержка пользователей ИТ" (seed 000), with the wording of that document. */
    private static Standard kazakhStandard() {
        Unit search = new Unit(UnitKind.TASK, "Поиск и отработка решений, удовлетворяющих клиента и соответствующих"
                + " функционалу и возможностям продукта", null, List.of(),
                List.of(new Item("Проводить диагностику инфокоммуникационных систем и/или их составляющих", 229),
                        new Item("Настраивать технологические компоненты поддерживаемых инфокоммуникационных систем",
                                232)),
                List.of(new Item("Основы системного анализа", 267)));
        Unit register = new Unit(UnitKind.TASK, "Регистрация инцидентов", null, List.of(),
                List.of(new Item("Обрабатывать информацию с использованием современных технических средств", 290)),
                List.of(new Item("Этика и психология общения с клиентом при оказании услуг по технической поддержке",
                        306)));
        LaborFunction incidents = new LaborFunction("Обработка инцидентов, связанных с основным функционалом"
                + " поддерживаемого продукта инфокоммуникационных систем", null, FunctionKind.REQUIRED,
                List.of(search, register));
        LaborFunction monitoring = new LaborFunction("Мониторинг проблем сопровождаемого продукта"
                + " инфокоммуникационных систем", null, FunctionKind.REQUIRED, List.of());
        Card analyst = new Card("Аналитик службы поддержки", "3512-1-001", "3512-1", 4, null,
                List.of("Специалист службы поддержки"), List.of(), "Обеспечение технической поддержки",
                "Техническое и профессиональное образование", null, null, SPAN, List.of(incidents, monitoring),
                List.of("Ответственность"), List.of());
        Card senior = new Card("Аналитик службы поддержки", "3512-1-002", "3512-1", 5, null, List.of(),
                List.of(), null, null, null, null, SPAN, List.of(monitoring), List.of(), List.of());
        return new Standard("Поддержка пользователей ИТ", null, null, Jurisdiction.KZ, Language.RU, "kz-2017", "1", 2019, null,
                null, null, null, List.of("62.02"), List.of(), List.of(), List.of("НПП «Атамекен»"), SPAN,
                List.of(analyst, senior));
    }

    @Test
    void aKazakhStandardIsWrittenAsTheRegistryTreeAllows() {
        LegalAct order = new LegalAct("НПП «Атамекен»", "171", "2017-07-17", ActKind.APPROVAL, null, null);
        String xml = RegistryXmlWriter.write(List.of(kazakhStandard()), order);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<XMLCardInfo")
                .contains("<DateOfApproval>17.07.2017</DateOfApproval>");

        ParseResult read = parse("kz.xml", xml);
        // the standard has no code and its monitoring function no tasks: written empty, read back as such
        assertThat(read.diagnostics()).extracting(d -> d.code().code(), Diagnostic::message).containsExactly(
                tuple("missing-field", "the standard has no code of the kind of professional activity"),
                tuple("empty-unit", "A/02.4 has no labor actions, skills or knowledge"),
                tuple("empty-unit", "B/01.5 has no labor actions, skills or knowledge"));
        assertThat(read.act()).extracting(LegalAct::number, LegalAct::date).containsExactly("171", "2017-07-17");
        Standard s = only(read);
        assertThat(s.title()).isEqualTo("Поддержка пользователей ИТ");
        assertThat(s.okedCodes()).containsExactly("62.02");
        assertThat(s.developers()).containsExactly("НПП «Атамекен»");
        // cards coded by occupation are lettered in order; their functions numbered under the letter at its level
        assertThat(s.cards()).extracting(Card::code).containsExactly("A", "B");
        assertThat(s.cards()).extracting(Card::level).containsExactly(4, 5);
        Card a = s.cards().get(0);
        assertThat(a.name()).isEqualTo("Аналитик службы поддержки");
        assertThat(a.jobTitles()).containsExactly("Специалист службы поддержки");
        assertThat(a.education()).isEqualTo("Техническое и профессиональное образование");
        assertThat(a.functions()).extracting(LaborFunction::code).containsExactly("A/01.4", "A/02.4");
        assertThat(s.cards().get(1).functions()).extracting(LaborFunction::code).containsExactly("B/01.5");

        // the tasks of a function become its labor actions; their abilities and knowledge are gathered in order
        Unit incidents = a.functions().get(0).units().get(0);
        assertThat(incidents.kind()).isEqualTo(UnitKind.FUNCTION);
        assertThat(texts(incidents.actions())).containsExactly("Поиск и отработка решений, удовлетворяющих клиента"
                + " и соответствующих функционалу и возможностям продукта", "Регистрация инцидентов");
        assertThat(texts(incidents.abilities())).containsExactly(
                "Проводить диагностику инфокоммуникационных систем и/или их составляющих",
                "Настраивать технологические компоненты поддерживаемых инфокоммуникационных систем",
                "Обрабатывать информацию с использованием современных технических средств");
        assertThat(texts(incidents.knowledge())).containsExactly("Основы системного анализа",
                "Этика и психология общения с клиентом при оказании услуг по технической поддержке");
    }

    @Test
    void textIsEscapedAndDatesPrintedAsExportsPrintThem() {
        Standard s = only(parse("06.024-2015.xml"));
        Standard renamed = new Standard("Специалист по <поддержке> & \"сопровождению\"", s.code(),
                s.registrationNumber(), s.jurisdiction(), s.language(), s.format(), s.version(), s.year(),
                s.reviewDate(), s.description(), s.activity(), s.purpose(), s.okedCodes(), s.okzCodes(), s.terms(),
                s.developers(), s.span(), s.cards());
        String xml = RegistryXmlWriter.write(List.of(renamed), null);
        assertThat(xml).contains("<NameProfessionalStandart>Специалист по &lt;поддержке&gt; &amp; \"сопровождению\"");
        assertThat(only(parse("escaped.xml", xml)).title()).isEqualTo(renamed.title());
        assertThat(RegistryXmlWriter.printedDate("2015-10-05")).isEqualTo("05.10.2015");
    }

    @Test
    void lettersBeyondTheAlphabetContinueAsInSpreadsheets() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52).stream().map(CardLetters::letter))
                .containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA");
    }
}
