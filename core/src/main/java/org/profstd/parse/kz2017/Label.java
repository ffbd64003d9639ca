package org.profstd.parse.kz2017;

import java.util.List;
import org.profstd.parse.KzPhrases.Kk;
import org.profstd.parse.KzPhrases.Ru;
import org.profstd.parse.LabelKind;
import org.profstd.parse.LabelPhrases;
import org.profstd.parse.LabelTable;
import org.profstd.parse.TemplateLabel;

/**
 * The labels of the kz-2017 template, Russian and Kazakh phrasings side by side (the Kazakh column holds the labels
 * the Kazakh standards of the corpus print; it grows as Kazakh kz-2017 documents are read). A phrase is matched word by word,
 * case and punctuation aside ({@link LabelTable}), so it is found however the conversion broke it across lines. A
 * {@link LabelKind#LIST_HEAD} label is only a label when a colon or the end of the line follows, so an item "Знания
 * принципов ..." stays text.
 */
enum Label implements TemplateLabel {
    // standard level
    GENERAL(LabelKind.NUMBERED_HEADING, List.of("общие положения"), List.of()),
    GLOSSARY(LabelKind.NUMBERED_HEADING, List.of("глоссарий",
            "в настоящем профессиональном стандарте применяются следующие термины и определения",
            "в настоящем профессиональном стандарте используются следующие сокращения"), List.of()),
    PASSPORT(LabelKind.NUMBERED_HEADING, List.of("паспорт профессионального стандарта"), List.of()),
    STANDARD_NAME(LabelKind.NUMBERED_HEADING, List.of("название пс", "наименование пс", Ru.STANDARD_NAME), List.of()),
    STANDARD_CODE(LabelKind.NUMBERED_HEADING, List.of("номер пс", "номер профессионального стандарта"), List.of()),
    PURPOSE(LabelKind.NUMBERED_HEADING, List.of("цель разработки пс"), List.of()),
    OKED(LabelKind.NUMBERED_HEADING, List.of("названия секции раздела группы класса и подкласса согласно окэд",
            "название секции раздела группы класса и подкласса согласно окэд"), List.of()),
    /** "Основная группа", "Профессиональная группа" and "подгруппа" of the older passport; not held in the model. */
    GROUPS(LabelKind.NUMBERED_HEADING, List.of("основная группа", "профессиональная группа", "профессиональная подгруппа",
            "названия группы"), List.of()),
    DESCRIPTION(LabelKind.NUMBERED_HEADING, List.of("краткое описание пс", Ru.DESCRIPTION), List.of()),
    CARD_LIST(LabelKind.NUMBERED_HEADING, List.of(Ru.CARD_LIST, "перечень профессий"), List.of()),
    CARDS_SECTION(LabelKind.NUMBERED_HEADING, List.of("карточки профессий"), List.of()),
    TECHNICAL(LabelKind.NUMBERED_HEADING, List.of("технические данные профессионального стандарта",
            "технические характеристики профессионального стандарта"), List.of()),
    DEVELOPED(LabelKind.PLAIN, List.of("разработано"), List.of()),
    /** "Утверждено приказом ..." printed in the developers' cell: the approving order, not a developer. */
    APPROVED(LabelKind.PLAIN, List.of("утверждено приказом"), List.of()),
    PROJECT_LEAD(LabelKind.PLAIN, List.of(Ru.PROJECT_LEAD), List.of()),
    EXPERTISE(LabelKind.PLAIN, List.of("экспертиза предоставлена", "экспертиза представлена"), List.of()),
    /** "Актуализировано:" and the body that revised the standard; not held in the model. */
    REVISED(LabelKind.PLAIN, List.of("актуализировано"), List.of()),
    VERSION(LabelKind.PLAIN, List.of(Ru.VERSION), List.of()),
    REVIEW_DATE(LabelKind.PLAIN, List.of(Ru.REVIEW_DATE), List.of()),

    // card level
    CARD(LabelKind.PLAIN, List.of(Ru.CARD), List.of(Kk.CARD)),
    CARD_CODE(LabelKind.PLAIN, List.of("код", "код профессии"), List.of()),
    GROUP_CODE(LabelKind.PLAIN, List.of(Ru.GROUP_CODE), List.of()),
    PROFESSION(LabelKind.PLAIN, List.of("профессия", Ru.PROFESSION_NAME), List.of()),
    ALT_NAMES(LabelKind.PLAIN, List.of("другие возможные названия профессии", Ru.ALT_NAMES), List.of()),
    LEVEL(LabelKind.PLAIN, List.of("квалификационный уровень по орк", Ru.LEVEL,
            "классификационный уровень по орк"), List.of()),
    KS_LEVEL(LabelKind.PLAIN, List.of("уровень квалификации по кс"), List.of()),
    GOAL(LabelKind.PLAIN, List.of(Ru.GOAL), List.of()),
    FUNCTION_LIST(LabelKind.PLAIN, List.of("трудовые функции"), List.of()),
    REQUIRED_FUNCTIONS(LabelKind.PLAIN, List.of(Ru.REQUIRED_FUNCTIONS), List.of()),
    ADDITIONAL_FUNCTIONS(LabelKind.PLAIN, List.of(Ru.ADDITIONAL_FUNCTIONS), List.of()),
    FUNCTION(LabelKind.NUMBERED, List.of(Ru.FUNCTION), List.of(Kk.FUNCTION)),
    TASK(LabelKind.NUMBERED, List.of("задача"), List.of()),
    /** "Умения и навыки" of the older variant, whose functions have no tasks. */
    SKILLS_AND_ABILITIES(LabelKind.LIST_HEAD, List.of("умения и навыки"), List.of()),
    ABILITIES(LabelKind.LIST_HEAD, List.of(Ru.ABILITIES), List.of(Kk.ABILITIES)),
    KNOWLEDGE(LabelKind.LIST_HEAD, List.of(Ru.KNOWLEDGE), List.of(Kk.KNOWLEDGE)),
    PERSONAL(LabelKind.PLAIN, List.of(Ru.COMPETENCIES), List.of(Kk.COMPETENCIES)),
    RELATED(LabelKind.PLAIN, List.of(Ru.RELATED), List.of()),
    ETKS(LabelKind.PLAIN, List.of("связь с еткс или кс"), List.of()),
    EDUCATION_LINK(LabelKind.PLAIN, List.of("связь с системой образования и квалификации"), List.of()),
    EDUCATION_LEVEL(LabelKind.PLAIN, List.of("уровень образования"), List.of()),
    /** The document column of the education table ("Аттестат о среднем образовании"), which ends the education level. */
    EDUCATION_DOCUMENT(LabelKind.PLAIN, List.of("аттестат", "диплом"), List.of()),
    /** The speciality column of the education table, which ends the education level where no document is named. */
    SPECIALITY(LabelKind.LIST_HEAD, List.of("специальность", "направление"), List.of());

    static final LabelTable<Label> TABLE = LabelTable.of(Label.class);

    private final LabelPhrases phrases;

    Label(LabelKind kind, List<String> ru, List<String> kk) {
        this.phrases = new LabelPhrases(kind, ru, kk);
    }

    @Override
    public LabelPhrases phrases() {
        return phrases;
    }
}
