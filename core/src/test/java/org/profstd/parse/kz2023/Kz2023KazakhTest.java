package org.profstd.parse.kz2023;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Severity;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;

/**
 * Seed 004: "Компьютерлік жүйелердің инфрақұрылымы" in Kazakh, a plain-text conversion with one value per line and
 * labels broken over lines. Every figure here was counted in the document itself.
 */
class Kz2023KazakhTest {
    private static ParseResult result;
    private static Standard standard;

    @BeforeAll
    static void parse() {
        result = Corpus.parseSeed("004");
        standard = result.standards().get(0);
    }

    private static Unit skill(int card, int function, int skill) {
        return standard.cards().get(card).functions().get(function).units().get(skill);
    }

    @Test
    void readsThePassport() {
        assertThat(result.standards()).hasSize(1);
        assertThat(standard.title()).isEqualTo("Компьютерлік жүйелердің инфрақұрылымы");
        assertThat(standard.code()).isEqualTo("J63991041");
        assertThat(standard.language()).isEqualTo(Language.KK);
        assertThat(standard.version()).isEqualTo("2");
        assertThat(standard.year()).isEqualTo(2022);
        assertThat(standard.reviewDate()).isEqualTo("2025-12-30");
        assertThat(standard.okedCodes()).containsExactly("J", "63", "63.9", "63.99", "63.99.1");
        assertThat(standard.description()).isEqualTo("Инфрақұрылымнан сәулетті жобалау");
        assertThat(standard.developers())
                .containsExactly("«Фактор» жүйелік зерттеу компаниясы» жауапкершілігі шектеулі серіктестігі");
        // 11 terms and 3 abbreviations
        assertThat(standard.terms()).hasSize(14);
        assertThat(standard.terms().get(13))
                .isEqualTo(new Term("ББХСК", "Білім берудің халықаралық стандартты классификациясы"));
        assertThat(standard.terms().get(6).term()).isEqualTo("Ақпараттық жүйенің архитектурасы");
    }

    @Test
    void readsEveryCardWithItsFieldsJoinedAcrossLines() {
        assertThat(standard.cards()).extracting(Card::name, Card::level, Card::code).containsExactly(
                tuple("АТ-инфрақұрылым сәулетшілері", 7, "2521-2-001"),
                tuple("Ақпараттық технологиялар инфрақұрылымы инженері", 6, "2523-0-007"),
                tuple("Ақпараттық технологиялар инфрақұрылымы инженері", 7, "2523-0-007"),
                tuple("АТ-инфрақұрылым сәулетшілері", 5, "2521-2-001"),
                tuple("АТ-инфрақұрылым сәулетшілері", 6, "2521-2-001"));
        Card first = standard.cards().get(0);
        assertThat(first.groupCode()).isEqualTo("2521-2");
        assertThat(first.span().startLine()).isEqualTo(89);
        assertThat(first.education()).isEqualTo("Білім деңгейі: жоғары оқу орнынан кейінгі білім (магистратура,"
                + " резидентура); Мамандық: Ақпараттық-коммуникациялық технологиялар; Біліктілік: -");
        assertThat(first.experience()).isNull();
        assertThat(first.goal()).isEqualTo("Аппараттық құралдар, инфрақұрылым, байланыс құралдары және аппараттық"
                + " компоненттер сияқты АКТ желілерінің топологиясы мен қосылу мүмкіндіктерін дамыту");
        assertThat(first.personalCompetencies()).containsExactly("Жауапкершілік", "Стратегиялық ойлау",
                "Тәртіптілік", "Аналитикалық ойлау", "Бастамашылық", "Ұйымдастыру", "Зейін", "Орындаушылық",
                "Жобаларды басқару");
        // "6 Ақпараттық технологиялар инфрақұрылымының" and "инженері" two lines below
        assertThat(first.relatedProfessions()).containsExactly(
                new RelatedProfession(6, "Ақпараттық технологиялар инфрақұрылымының инженері"),
                new RelatedProfession(7, "Ақпараттық технологиялар инфрақұрылымының инженері"));
        assertThat(standard.cards().get(1).altNames()).containsExactly("2522-0-006 - Жүйелік әкімші");
    }

    @Test
    void readsFunctionsAndSkillsNamedOverSeveralLines() {
        assertThat(standard.cards()).extracting(c -> c.functions().stream().map(f -> f.units().size()).toList())
                .containsExactly(List.of(1, 2), List.of(2, 2), List.of(2, 2), List.of(2, 2), List.of(2, 2));
        assertThat(standard.cards().get(1).functions()).extracting(LaborFunction::name, LaborFunction::kind)
                .containsExactly(
                        tuple("Жүйенің жұмыс істеуін ұйымдастыру үшін кәсіпорын объектілері арасында өзара байланыс"
                                + " құру", FunctionKind.REQUIRED),
                        tuple("АТ инфрақұрылымының компоненттерін бақылау және жаңғырту", FunctionKind.REQUIRED));
        assertThat(skill(1, 0, 0).name()).isEqualTo("АТ инфрақұрылымының өзара байланысты компоненттерінің жұмыс"
                + " қабілеттілігі мен қауіпсіздігін қамтамасыз ету");
        // the one skill name left in Russian
        assertThat(skill(2, 1, 0).name()).isEqualTo("Планирование обновления компонентов инфраструктуры");
    }

    @Test
    void readsItemsWrappedOverLines() {
        Unit first = skill(0, 0, 0);
        assertThat(first.name()).isEqualTo("АТ-инфрақұрылым жобасын іске асыру");
        assertThat(first.recognition()).isEqualTo("-");
        assertThat(first.abilities()).containsExactly(
                new Item("Инфрақұрылымнан жобалау және әзірлеу процестерінің сапасын бағалау және бақылау,"
                        + " процестерді басқару", 160),
                new Item("Инфрақұрылымды жобалау және әзірлеу процесін бақылау және оңтайландыру", 163));
        assertThat(first.knowledge()).hasSize(2);
        assertThat(skill(0, 1, 0).abilities()).hasSize(6);
        assertThat(skill(0, 1, 0).knowledge()).hasSize(11);
        assertThat(skill(0, 1, 1).abilities()).hasSize(9);
        assertThat(skill(0, 1, 1).knowledge()).hasSize(12);
        assertThat(skill(4, 1, 0).abilities()).hasSize(15);
        assertThat(skill(4, 1, 0).knowledge()).hasSize(11);
        assertThat(skill(4, 0, 0).knowledge().get(13)).isEqualTo(
                new Item("ҚР СТ ANSI/TIA-942-A-2016, Tier Standard: Operational Sustainability стандарттары", 1074));
    }

    @Test
    void reportsRussianLabelsAndTheMissingTitleLine() {
        assertThat(result.diagnostics()).containsExactly(
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 64,
                        "the label \"Название профессионального стандарта:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 78, "the label \"Краткое описание профессионального"
                        + " стандарта:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 98,
                        "the label \"подуровень квалификации по ОРК:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 313,
                        "the label \"подуровень квалификации по ОРК:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 533,
                        "the label \"подуровень квалификации по ОРК:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 747,
                        "the label \"подуровень квалификации по ОРК:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LABEL_OTHER_LANGUAGE, 972,
                        "the label \"подуровень квалификации по ОРК:\" is in Russian in a document in Kazakh"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.MISSING_TITLE, 1, "the standard has no title line; the title is the"
                        + " passport's name of the standard"));
    }
}
