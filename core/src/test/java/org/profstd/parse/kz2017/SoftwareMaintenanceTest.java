package org.profstd.parse.kz2017;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Seed 001, "Обеспечение сопровождения программного обеспечения", appendix 6 of Atameken order 171 of 17.07.2017: the
 * older kz-2017 variant, one profession at levels 4, 5 and 6, functions with "Умения и навыки" and no tasks.
 */
class SoftwareMaintenanceTest {
    private static ParseResult result;
    private static Standard standard;

    @BeforeAll
    static void parse() {
        result = Corpus.parseSeed("001");
        standard = result.standards().get(0);
    }

    private static Unit unit(int card, int function) {
        return standard.cards().get(card - 1).functions().get(function - 1).units().get(0);
    }

    @Test
    void actAndPassport() {
        assertThat(result.act().number()).isEqualTo("171");
        assertThat(result.act().date()).isEqualTo("2017-07-17");
        assertThat(standard.title()).isEqualTo("Обеспечение сопровождения программного обеспечения");
        assertThat(standard.code()).isNull();
        assertThat(standard.purpose()).isEqualTo("Системное и структурированное описание трудовых функций, "
                + "соответствующих требований к знаниям, умениям, навыкам и личностным компетенциям работников");
        assertThat(standard.description()).isEqualTo("Сопровождение эксплуатации ПО, поддержка пользователей, "
                + "техническая поддержка программно-аппаратного комплекса для обеспечения работы ПО");
        assertThat(standard.version()).isNull();
        assertThat(standard.okedCodes()).isEmpty();
    }

    @Test
    void termsAndAbbreviations() {
        assertThat(standard.terms()).hasSize(18);
        assertThat(standard.terms().get(0)).isEqualTo(new Term("квалификация",
                "степень готовности работника к качественному выполнению конкретных трудовых функций"));
        assertThat(standard.terms()).extracting(Term::term).endsWith("ИС", "ИБ", "БД");
        assertThat(standard.terms().get(17).definition()).isEqualTo("база данных");
    }

    @Test
    void threeCardsOfOneProfession() {
        assertThat(standard.cards()).extracting(Card::name, Card::code, Card::level).containsExactly(
                tuple("Специалист по сопровождению программного обеспечения", "2132", 4),
                tuple("Специалист по сопровождению программного обеспечения", "2132", 5),
                tuple("Специалист по сопровождению программного обеспечения", "2132", 6));
        assertThat(standard.cards().get(1).education()).isEqualTo("Техническое и профессиональное образование, "
                + "с практическим опытом; Высшее образование, дополнительные профессиональные образовательные программы, "
                + "без практического опыта");
    }

    @Test
    void eachFunctionIsOneUnitNamedLikeIt() {
        assertThat(standard.cards()).extracting(c -> c.functions().size()).containsExactly(5, 5, 6);
        assertThat(standard.cards().get(2).functions()).extracting(LaborFunction::name).containsExactly(
                "Подготовка к сопровождению ПО", "Техническая поддержка ПО", "Поддержка пользователей ПО",
                "Анализ проблем и изменений ПО", "Перенос ПО в новую среду, снятие ПО с эксплуатации",
                "Управление развитием службы сопровождения ПО");
        for (Card c : standard.cards()) {
            for (LaborFunction f : c.functions()) {
                assertThat(f.kind()).isNull(); // this variant does not say required or additional
                assertThat(f.units()).extracting(Unit::kind, Unit::name).containsExactly(tuple(UnitKind.FUNCTION, f.name()));
            }
        }
    }

    @Test
    void itemsCountedByHand() {
        assertThat(unit(1, 1).abilities()).hasSize(2);
        assertThat(unit(1, 1).knowledge()).hasSize(4);
        assertThat(unit(2, 2).abilities()).hasSize(15);
        assertThat(unit(2, 2).knowledge()).hasSize(5);
        assertThat(unit(3, 5).abilities()).hasSize(9);
        assertThat(unit(3, 5).knowledge()).hasSize(10);
    }

    @Test
    void itemText() {
        // a real hyphen at the line end: "бизнес-" / "процессов"
        assertThat(unit(1, 1).abilities().get(1))
                .isEqualTo(new Item("Изучение предметной области и бизнес-процессов, поддерживаемых ПО", 234));
        assertThat(unit(3, 5).knowledge().get(9)).isEqualTo(new Item("Методы и средства анализа работы ПО", 1058));
    }

    @Test
    void personalCompetenciesAndRelatedProfessions() {
        assertThat(standard.cards().get(0).personalCompetencies()).containsExactly("Организованность",
                "инициативность", "внимательность", "ответственность", "дисциплинированность", "исполнительность",
                "ориентация на результат", "навыки делового общения");
        assertThat(standard.cards().get(0).relatedProfessions()).isEmpty(); // "-"
        // occupation codes, not levels, stand before these names
        assertThat(standard.cards().get(2).relatedProfessions()).containsExactly(
                new RelatedProfession(null, "Проектировщик программного обеспечения"),
                new RelatedProfession(null, "Администратор баз данных"),
                new RelatedProfession(null, "Специалист по системному и сетевому администрированию (системный администратор)"),
                new RelatedProfession(null, "Руководитель команды"));
    }

    @Test
    void onlyThePageNumberInsideAListIsIrregular() {
        assertThat(result.diagnostics()).extracting(d -> d.code().code(), Diagnostic::line, d -> d.severity().value())
                .containsExactly(tuple("page-number-removed", 1062, "info"));
    }
}
