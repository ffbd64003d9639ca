package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The row labels of the Ministry of Labour template, as data. The template exists in Russian only, so there is no
 * Kazakh column. A page break can cut a label in two ("Необходимые" / "знания", "Требования к" / "опыту практической
 * работы"): {@link #byHead} and {@link #byTail} find the labels a fragment can belong to.
 */
enum Label {
    // section I
    REGISTRATION_NUMBER("Регистрационный номер", false),
    CODE("Код", false),
    PURPOSE("Основная цель вида профессиональной деятельности", false),
    OCCUPATIONS("Группа занятий", false),
    ACTIVITY_CODES("Отнесение к видам экономической деятельности", false),
    // headers of ОТФ and ТФ in section III; the level label varies ("Уровень квалификации", "Уровень (подуровень)
    // квалификации") and the origin label too, so both match by their first word
    NAME("Наименование", false),
    LEVEL("Уровень", true),
    ORIGIN("Происхождение", true),
    // ОТФ fields, in template order
    JOB_TITLES("Возможные наименования должностей, профессий", false),
    EDUCATION("Требования к образованию и обучению", false),
    EXPERIENCE("Требования к опыту практической работы", false),
    SPECIAL_CONDITIONS("Особые условия допуска к работе", false),
    OTHER("Другие характеристики", false),
    ADDITIONAL("Дополнительные характеристики", false),
    // ТФ item lists, in template order
    ACTIONS("Трудовые действия", false),
    ABILITIES("Необходимые умения", false),
    KNOWLEDGE("Необходимые знания", false);

    private final String text;
    private final String key;
    private final boolean byFirstWord;

    Label(String text, boolean byFirstWord) {
        this.text = text;
        this.key = normalize(text);
        this.byFirstWord = byFirstWord;
    }

    String text() {
        return text;
    }

    /** The label a whole cell is, or null. */
    static Label of(String cell) {
        String k = normalize(cell);
        for (Label label : values()) {
            if (k.equals(label.key) || label.byFirstWord && k.startsWith(label.key)) {
                return label;
            }
        }
        return null;
    }

    /** The labels that a cell can be the first words of ("Необходимые" gives abilities and knowledge). */
    static List<Label> byHead(String cell) {
        String k = normalize(cell);
        List<Label> found = new ArrayList<>();
        for (Label label : values()) {
            if (!k.isEmpty() && label.key.startsWith(k + " ")) {
                found.add(label);
            }
        }
        return found;
    }

    /** The labels that a cell can be the last words of ("знания" gives knowledge). */
    static List<Label> byTail(String cell) {
        String k = normalize(cell);
        List<Label> found = new ArrayList<>();
        for (Label label : values()) {
            if (!k.isEmpty() && label.key.endsWith(" " + k)) {
                found.add(label);
            }
        }
        return found;
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\*\\(\\d+\\)", "").replaceAll("[\\s:]+$", "")
                .replaceAll("\\s+", " ").strip();
    }
}
