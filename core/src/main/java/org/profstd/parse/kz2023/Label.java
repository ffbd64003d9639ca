package org.profstd.parse.kz2023;

import java.util.List;

/**
 * The labels of the kz-2023 template, Russian and Kazakh side by side. Phrases are written lower-case with single
 * spaces, hyphens without spaces around them and no quotes, the way {@link Labels#normalize} prints the text they are
 * matched against. A label matches at the start of a paragraph (after its own list number, if any).
 */
enum Label {
    // Глава 1..4 / 1-ші тарау .. 4-ші тарау
    CHAPTER_GENERAL(Kind.PLAIN, List.of("глава 1"), List.of("1-ші тарау")),
    CHAPTER_PASSPORT(Kind.PLAIN, List.of("глава 2"), List.of("2-ші тарау")),
    CHAPTER_CARDS(Kind.PLAIN, List.of("глава 3"), List.of("3-ші тарау")),
    CHAPTER_TECHNICAL(Kind.PLAIN, List.of("глава 4"), List.of("4-ші тарау")),

    // Глава 1: general provisions
    SCOPE(Kind.PLAIN, List.of("область применения профессионального стандарта"),
            List.of("кәсіптік стандарттың қолдану аясы")),
    TERMS(Kind.PLAIN, List.of("в настоящем профессиональном стандарте применяются следующие термины"),
            List.of("осы кәсіптік стандартта мынадай терминдер")),
    ABBREVIATIONS(Kind.PLAIN, List.of("в настоящем профессиональном стандарте применяются следующие сокращения"),
            List.of("осы кәсіптік стандартта мынадай қысқартулар")),

    // Глава 2: the passport
    TITLE(Kind.PLAIN, List.of("название профессионального стандарта"), List.of("кәсіптік стандарттың атауы")),
    CODE(Kind.PLAIN, List.of("код профессионального стандарта"), List.of("кәсіптік стандарттың коды")),
    OKED(Kind.PLAIN, List.of("указание секции, раздела, группы, класса и подкласса согласно окэд"),
            List.of("эқжж секциясын, бөлімін, тобын, сыныбын және кіші сыныбын көрсету")),
    DESCRIPTION(Kind.PLAIN, List.of("краткое описание профессионального стандарта"),
            List.of("кәсіптік стандарттың қысқаша сипаттамасы")),
    CARD_LIST(Kind.PLAIN, List.of("перечень карточек профессий"), List.of("кәсіптер карточкаларының тізімі")),

    // Глава 3: a profession card
    CARD(Kind.PLAIN, List.of("карточка профессии"), List.of("кәсіптің карточкасы")),
    GROUP_CODE(Kind.PLAIN, List.of("код группы"), List.of("топтың коды")),
    OCCUPATION_CODE(Kind.PLAIN, List.of("код наименования занятия"), List.of("қызмет атауының коды")),
    PROFESSION_NAME(Kind.PLAIN, List.of("наименование профессии"), List.of("кәсіптің атауы")),
    LEVEL(Kind.PLAIN, List.of("уровень квалификации по орк"), List.of("сбш бойынша біліктілік деңгейі")),
    SUBLEVEL(Kind.PLAIN, List.of("подуровень квалификации по орк"), List.of()),
    ETKS_LEVEL(Kind.PLAIN, List.of("уровень квалификации по еткс"),
            List.of("бтба, ба, үлгілік біліктілік сипаттамалары бойынша біліктілік деңгейі")),
    EDUCATION(Kind.PLAIN, List.of("уровень профессионального образования"), List.of("кәсіптік білім деңгейі")),
    EXPERIENCE(Kind.PLAIN, List.of("требования к опыту работы"), List.of("жұмыс тәжірибесіне қойылатын талаптар")),
    INFORMAL_EDUCATION(Kind.PLAIN, List.of("связь с неформальным и информальным образованием"),
            List.of("формалды емес және информалы біліммен байланыс")),
    ALT_NAMES(Kind.PLAIN, List.of("другие возможные наименования профессии"),
            List.of("кәсіптің басқа ықтимал атаулары")),
    GOAL(Kind.PLAIN, List.of("основная цель деятельности"), List.of("қызметтің негізгі мақсаты")),
    FUNCTIONS_DESCRIPTION(Kind.PLAIN, List.of("описание трудовых функций"),
            List.of("еңбек функциялардың сипаттамасы", "еңбек функцияларының сипаттамасы")),
    FUNCTION_LIST(Kind.PLAIN, List.of("перечень трудовых функций"), List.of("еңбек функцияларының тізбесі")),
    REQUIRED_FUNCTIONS(Kind.PLAIN, List.of("обязательные трудовые функции"), List.of("міндетті еңбек функциялары")),
    ADDITIONAL_FUNCTIONS(Kind.PLAIN, List.of("дополнительные трудовые функции"),
            List.of("қосымша еңбек функциялары")),
    FUNCTION(Kind.NUMBERED, List.of("трудовая функция"), List.of("еңбек функциясы")),
    ADDITIONAL_FUNCTION(Kind.NUMBERED, List.of("дополнительная трудовая функция"), List.of("қосымша еңбек функциясы")),
    SKILL(Kind.NUMBERED, List.of("навык"), List.of("дағды")),
    ABILITIES(Kind.LIST_HEAD, List.of("умения"), List.of("машықтар")),
    KNOWLEDGE(Kind.LIST_HEAD, List.of("знания"), List.of("білімдер")),
    RECOGNITION(Kind.PLAIN, List.of("возможность признания навыка"), List.of("дағдыны тану мүмкіндігі")),
    COMPETENCIES(Kind.PLAIN, List.of("требования к личностным компетенциям", "требования к личным компетенциям"),
            List.of("жеке құзыреттерге қойылатын талаптар")),
    REGULATIONS(Kind.PLAIN, List.of("список технических регламентов и национальных стандартов"),
            List.of("техникалық регламенттер мен ұлттық стандарттардың тізімі")),
    RELATED(Kind.PLAIN, List.of("связь с другими профессиями в рамках орк"),
            List.of("сбш-нің ішіндегі басқа кәсіптермен байланыс")),
    RELATED_LEVEL(Kind.PLAIN, List.of("уровень орк"), List.of("сбш-нің деңгейі")),

    // Глава 4: technical data
    STATE_BODY(Kind.PLAIN, List.of("наименование государственного органа"), List.of("мемлекеттік органның атауы")),
    DEVELOPERS(Kind.PLAIN, List.of("организации (предприятия) участвующие в разработке"),
            List.of("әзірлеуге қатысатын ұйымдар (кәсіпорындар)")),
    PROJECT_LEAD(Kind.PLAIN, List.of("руководитель проекта"), List.of("жоба жетекшісі")),
    PERFORMERS(Kind.PLAIN, List.of("исполнители"), List.of("орындаушылар")),
    SECTOR_COUNCIL(Kind.PLAIN, List.of("отраслевой совет по профессиональным квалификациям"),
            List.of("кәсіптік біліктілік жөніндегі салалық кеңес")),
    NATIONAL_BODY(Kind.PLAIN, List.of("национальный орган по профессиональным квалификациям"),
            List.of("кәсіптік біліктілік жөніндегі ұлттық орган")),
    CHAMBER(Kind.PLAIN, List.of("национальная палата предпринимателей республики казахстан"),
            List.of("атамекен қазақстан республикасының ұлттық кәсіпкерлер палатасы")),
    VERSION(Kind.PLAIN, List.of("номер версии и год выпуска"), List.of("нұсқа нөмірі және шығарылған жылы")),
    REVIEW_DATE(Kind.PLAIN, List.of("дата ориентировочного пересмотра"), List.of("болжалды қайта қарау күні"));

    /** How a label is followed by its value. */
    enum Kind {
        /** "Label: value", the value on the same line or in the next cells or lines. */
        PLAIN,
        /** "Label N: value": a numbered heading of a function or skill. */
        NUMBERED,
        /** "Умения:" opening an item list; it must end with a colon or stand alone, since items start with the same words. */
        LIST_HEAD
    }

    private final Kind kind;
    private final List<String> ru;
    private final List<String> kk;

    Label(Kind kind, List<String> ru, List<String> kk) {
        this.kind = kind;
        this.ru = ru;
        this.kk = kk;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the label belongs inside a profession card (the card header itself aside). */
    boolean isCardLabel() {
        return compareTo(GROUP_CODE) >= 0 && compareTo(RELATED_LEVEL) <= 0;
    }

    List<String> phrases(String language) {
        return "kk".equals(language) ? kk : ru;
    }
}
