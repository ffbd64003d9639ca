package org.profstd.parse.kz2017;

import java.util.List;

/**
 * The labels of the kz-2017 template, Russian and Kazakh phrasings side by side (the Kazakh column holds the labels
 * the Kazakh standards of the corpus print; it grows as Kazakh kz-2017 documents are read). A phrase is matched word by word,
 * case and punctuation aside, so it is found however the conversion broke it across lines.
 */
enum Label {
    // standard level
    GENERAL(Kind.NUMBERED_HEADING, List.of("общие положения"), List.of()),
    GLOSSARY(Kind.NUMBERED_HEADING, List.of("глоссарий",
            "в настоящем профессиональном стандарте применяются следующие термины и определения",
            "в настоящем профессиональном стандарте используются следующие сокращения"), List.of()),
    PASSPORT(Kind.NUMBERED_HEADING, List.of("паспорт профессионального стандарта"), List.of()),
    STANDARD_NAME(Kind.NUMBERED_HEADING, List.of("название пс", "наименование пс",
            "название профессионального стандарта"), List.of()),
    STANDARD_CODE(Kind.NUMBERED_HEADING, List.of("номер пс", "номер профессионального стандарта"), List.of()),
    PURPOSE(Kind.NUMBERED_HEADING, List.of("цель разработки пс"), List.of()),
    OKED(Kind.NUMBERED_HEADING, List.of("названия секции раздела группы класса и подкласса согласно окэд",
            "название секции раздела группы класса и подкласса согласно окэд"), List.of()),
    /** "Основная группа", "Профессиональная группа" and "подгруппа" of the older passport; not held in the model. */
    GROUPS(Kind.NUMBERED_HEADING, List.of("основная группа", "профессиональная группа", "профессиональная подгруппа",
            "названия группы"), List.of()),
    DESCRIPTION(Kind.NUMBERED_HEADING, List.of("краткое описание пс",
            "краткое описание профессионального стандарта"), List.of()),
    CARD_LIST(Kind.NUMBERED_HEADING, List.of("перечень карточек профессий", "перечень профессий"), List.of()),
    CARDS_SECTION(Kind.NUMBERED_HEADING, List.of("карточки профессий"), List.of()),
    TECHNICAL(Kind.NUMBERED_HEADING, List.of("технические данные профессионального стандарта",
            "технические характеристики профессионального стандарта"), List.of()),
    DEVELOPED(Kind.PLAIN, List.of("разработано"), List.of()),
    /** "Утверждено приказом ..." printed in the developers' cell: the approving order, not a developer. */
    APPROVED(Kind.PLAIN, List.of("утверждено приказом"), List.of()),
    PROJECT_LEAD(Kind.PLAIN, List.of("руководитель проекта"), List.of()),
    EXPERTISE(Kind.PLAIN, List.of("экспертиза предоставлена", "экспертиза представлена"), List.of()),
    /** "Актуализировано:" and the body that revised the standard; not held in the model. */
    REVISED(Kind.PLAIN, List.of("актуализировано"), List.of()),
    VERSION(Kind.PLAIN, List.of("номер версии и год выпуска"), List.of()),
    REVIEW_DATE(Kind.PLAIN, List.of("дата ориентировочного пересмотра"), List.of()),

    // card level
    CARD(Kind.PLAIN, List.of("карточка профессии"), List.of("кәсіптің карточкасы")),
    CARD_CODE(Kind.PLAIN, List.of("код", "код профессии"), List.of()),
    GROUP_CODE(Kind.PLAIN, List.of("код группы"), List.of()),
    PROFESSION(Kind.PLAIN, List.of("профессия", "наименование профессии"), List.of()),
    ALT_NAMES(Kind.PLAIN, List.of("другие возможные названия профессии", "другие возможные наименования профессии"),
            List.of()),
    LEVEL(Kind.PLAIN, List.of("квалификационный уровень по орк", "уровень квалификации по орк",
            "классификационный уровень по орк"), List.of()),
    KS_LEVEL(Kind.PLAIN, List.of("уровень квалификации по кс"), List.of()),
    GOAL(Kind.PLAIN, List.of("основная цель деятельности"), List.of()),
    FUNCTION_LIST(Kind.PLAIN, List.of("трудовые функции"), List.of()),
    REQUIRED_FUNCTIONS(Kind.PLAIN, List.of("обязательные трудовые функции"), List.of()),
    ADDITIONAL_FUNCTIONS(Kind.PLAIN, List.of("дополнительные трудовые функции"), List.of()),
    FUNCTION(Kind.NUMBERED, List.of("трудовая функция"), List.of("еңбек функциясы")),
    TASK(Kind.NUMBERED, List.of("задача"), List.of()),
    /** "Умения и навыки" of the older variant, whose functions have no tasks. */
    SKILLS_AND_ABILITIES(Kind.COLON, List.of("умения и навыки"), List.of()),
    ABILITIES(Kind.COLON, List.of("умения"), List.of("машықтар")),
    KNOWLEDGE(Kind.COLON, List.of("знания"), List.of("білімдер")),
    PERSONAL(Kind.PLAIN, List.of("требования к личностным компетенциям"),
            List.of("жеке құзыреттерге қойылатын талаптар")),
    RELATED(Kind.PLAIN, List.of("связь с другими профессиями в рамках орк"), List.of()),
    ETKS(Kind.PLAIN, List.of("связь с еткс или кс"), List.of()),
    EDUCATION_LINK(Kind.PLAIN, List.of("связь с системой образования и квалификации"), List.of()),
    EDUCATION_LEVEL(Kind.PLAIN, List.of("уровень образования"), List.of()),
    /** The document column of the education table ("Аттестат о среднем образовании"), which ends the education level. */
    EDUCATION_DOCUMENT(Kind.PLAIN, List.of("аттестат", "диплом"), List.of()),
    /** The speciality column of the education table, which ends the education level where no document is named. */
    SPECIALITY(Kind.COLON, List.of("специальность", "направление"), List.of());

    /** How a phrase stands in the text. */
    enum Kind {
        /** Followed by a value or by nothing. */
        PLAIN,
        /** A section heading that may carry a list number ("4. Наименование ПС:"). */
        NUMBERED_HEADING,
        /** Followed by its number ("Задача 2:"). */
        NUMBERED,
        /** Only a label when a colon or the end of the line follows, so an item "Знания принципов ..." stays text. */
        COLON
    }

    private final Kind kind;
    private final List<String[]> phrases;

    Label(Kind kind, List<String> ru, List<String> kk) {
        this.kind = kind;
        this.phrases = java.util.stream.Stream.concat(ru.stream(), kk.stream())
                .map(p -> p.split(" ")).toList();
    }

    Kind kind() {
        return kind;
    }

    /** The phrases of this label, each as its lower-case words. */
    List<String[]> phrases() {
        return phrases;
    }
}
