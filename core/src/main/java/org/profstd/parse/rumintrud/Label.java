package org.profstd.parse.rumintrud;

import java.util.List;
import org.profstd.parse.LabelKind;
import org.profstd.parse.LabelPhrases;
import org.profstd.parse.LabelTable;
import org.profstd.parse.TemplateLabel;

/**
 * The row labels of the Ministry of Labour template, as data. The template exists in Russian only, so there is no
 * Kazakh column. Labels are matched word by word ({@link LabelTable}), so footnote marks, colons and spacing do not
 * matter. A page break can cut a label in two ("Необходимые" / "знания", "Требования к" / "опыту практической
 * работы"): {@link #byHead} and {@link #byTail} find the labels a fragment can belong to.
 */
enum Label implements TemplateLabel {
    // section I
    REGISTRATION_NUMBER(LabelKind.PLAIN, "Регистрационный номер"),
    CODE(LabelKind.PLAIN, "Код"),
    PURPOSE(LabelKind.PLAIN, "Основная цель вида профессиональной деятельности"),
    OCCUPATIONS(LabelKind.PLAIN, "Группа занятий"),
    ACTIVITY_CODES(LabelKind.PLAIN, "Отнесение к видам экономической деятельности"),
    // headers of ОТФ and ТФ in section III; the level label varies ("Уровень квалификации", "Уровень (подуровень)
    // квалификации") and the origin label too, so both match by their first word
    NAME(LabelKind.PLAIN, "Наименование"),
    LEVEL(LabelKind.FIRST_WORD, "Уровень"),
    ORIGIN(LabelKind.FIRST_WORD, "Происхождение"),
    // ОТФ fields, in template order
    JOB_TITLES(LabelKind.PLAIN, "Возможные наименования должностей, профессий"),
    EDUCATION(LabelKind.PLAIN, "Требования к образованию и обучению"),
    EXPERIENCE(LabelKind.PLAIN, "Требования к опыту практической работы"),
    SPECIAL_CONDITIONS(LabelKind.PLAIN, "Особые условия допуска к работе"),
    OTHER(LabelKind.PLAIN, "Другие характеристики"),
    ADDITIONAL(LabelKind.PLAIN, "Дополнительные характеристики"),
    // ТФ item lists, in template order
    ACTIONS(LabelKind.PLAIN, "Трудовые действия"),
    ABILITIES(LabelKind.PLAIN, "Необходимые умения"),
    KNOWLEDGE(LabelKind.PLAIN, "Необходимые знания");

    static final LabelTable<Label> TABLE = LabelTable.of(Label.class);

    private final LabelPhrases phrases;

    Label(LabelKind kind, String text) {
        this.phrases = new LabelPhrases(kind, List.of(text), List.of());
    }

    @Override
    public LabelPhrases phrases() {
        return phrases;
    }

    /** The label as the template prints it. */
    String text() {
        return phrases.ru().get(0);
    }

    /** The label a whole cell is, or null. */
    static Label of(String cell) {
        return TABLE.whole(cell);
    }

    /** The labels that a cell can be the first words of ("Необходимые" gives abilities and knowledge). */
    static List<Label> byHead(String cell) {
        return TABLE.byHead(cell);
    }

    /** The labels that a cell can be the last words of ("знания" gives knowledge). */
    static List<Label> byTail(String cell) {
        return TABLE.byTail(cell);
    }
}
