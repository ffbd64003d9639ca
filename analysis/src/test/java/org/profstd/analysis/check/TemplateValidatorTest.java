package org.profstd.analysis.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.profstd.analysis.Models.card;
import static org.profstd.analysis.Models.coded;
import static org.profstd.analysis.Models.function;
import static org.profstd.analysis.Models.skill;
import static org.profstd.analysis.Models.standard;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.model.Severity;
import org.profstd.model.Source;
import org.profstd.model.Span;
import org.profstd.model.Standard;

class TemplateValidatorTest {
    @Test
    void aKzDraftBreakingTheRulesGetsOneFindingPerBrokenRule() {
        Standard draft = standard("Черновик", Language.RU,
                card("Техник", "3512-1-06", 9, function("Обслуживание", skill("Ремонт", "Чинить"))),
                card("Оператор", "3512-1-003", 4, function("Прием обращений")),
                card("Аналитик", "3512-1-001", 5));
        List<Diagnostic> found = TemplateValidator.validate(draft);
        assertThat(found).extracting(d -> d.code().code(), Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("level-out-of-range",
                        "the card \"Техник\" has level 9; the framework has levels 1 to 8"),
                org.assertj.core.groups.Tuple.tuple("code-malformed",
                        "the occupation code \"3512-1-06\" of \"Техник\" is not of the form 3512-1-001"),
                org.assertj.core.groups.Tuple.tuple("empty-unit",
                        "the skill \"Ремонт\" of \"Обслуживание\" has no knowledge"),
                org.assertj.core.groups.Tuple.tuple("empty-function",
                        "the labor function \"Прием обращений\" of \"Оператор\" has no skills or tasks"),
                org.assertj.core.groups.Tuple.tuple("missing-section",
                        "the card \"Аналитик\" has no labor functions"));
    }

    @Test
    void ruFunctionCodesMustFollowTheirOtfAndEachOther() {
        Card b = card("Проверка работоспособности", "B", 4,
                coded("B/01.4", "Разработка процедур", skill(null, "Разрабатывать", "|", "Методы")),
                coded("B/04.5", "Исправление дефектов", skill(null, "Исправлять", "|", "Системы")));
        Standard s = new Standard("Программист", "06.001", "4", Jurisdiction.RU, Language.RU, "ru-mintrud", null, null, null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), new Span(1, 9), List.of(b));
        assertThat(TemplateValidator.validate(s)).extracting(Diagnostic::message).contains(
                "the function B/04.5 states level 5 but its ОТФ B has level 4",
                "the function B/04.5 follows function number 1 of ОТФ B");
    }

    @Test
    void theAuthorsReportExplainsEachFindingAndDoesNotRepeatTheParser() {
        Standard draft = standard("Черновик", Language.RU, card("Аналитик", "3512-1-001", 5));
        Diagnostic parserSaid = new Diagnostic(Severity.WARNING, DiagnosticCode.MISSING_SECTION, 50,
                "no functions under the card");
        ParseResult result = new ParseResult(new Source("draft.txt", "0", "text", Language.RU), null, List.of(draft),
                List.of(parserSaid, new Diagnostic(Severity.INFO, DiagnosticCode.ENCODING_GUESSED, 0, "windows-1251")));
        CheckReport report = AuthorCheck.check(result, n -> n == 50 ? "КАРТОЧКА ПРОФЕССИИ\t«АНАЛИТИК»" : "");
        assertThat(report.documentFindings()).extracting(Finding::code).containsExactly("encoding-guessed");
        assertThat(report.standards().get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo("parser");
            assertThat(f.explanation()).isEqualTo("A section the template requires is missing.");
            assertThat(f.source()).isEqualTo("КАРТОЧКА ПРОФЕССИИ «АНАЛИТИК»");
        });
        assertThat(report.counts()).containsEntry("warning", 1).containsEntry("info", 1).containsEntry("error", 0);
    }
}
