package org.profstd.parse.kz2023;

import java.util.List;
import org.profstd.parse.KzPhrases.Kk;
import org.profstd.parse.KzPhrases.Ru;
import org.profstd.parse.LabelKind;
import org.profstd.parse.LabelPhrases;
import org.profstd.parse.LabelTable;
import org.profstd.parse.TemplateLabel;

/**
 * The labels of the kz-2023 template, Russian and Kazakh side by side, written lower-case as printed; they are matched
 * word by word ({@link LabelTable}) at the start of a paragraph (after its own list number, if any). A
 * {@link LabelKind#NUMBERED} label is followed by its number ("Навык 1:"); a {@link LabelKind#LIST_HEAD} opens an item
 * list only when it ends with a colon or stands alone, since items start with the same words.
 */
enum Label implements TemplateLabel {
    // Глава 1..4 / 1-ші тарау .. 4-ші тарау
    CHAPTER_GENERAL(LabelKind.PLAIN, List.of("глава 1"), List.of("1-ші тарау")),
    CHAPTER_PASSPORT(LabelKind.PLAIN, List.of("глава 2"), List.of("2-ші тарау")),
    CHAPTER_CARDS(LabelKind.PLAIN, List.of("глава 3"), List.of("3-ші тарау")),
    CHAPTER_TECHNICAL(LabelKind.PLAIN, List.of("глава 4"), List.of("4-ші тарау")),

    // Глава 1: general provisions
    SCOPE(LabelKind.PLAIN, List.of("область применения профессионального стандарта"),
            List.of("кәсіптік стандарттың қолдану аясы")),
    TERMS(LabelKind.PLAIN, List.of("в настоящем профессиональном стандарте применяются следующие термины"),
            List.of("осы кәсіптік стандартта мынадай терминдер")),
    ABBREVIATIONS(LabelKind.PLAIN, List.of("в настоящем профессиональном стандарте применяются следующие сокращения"),
            List.of("осы кәсіптік стандартта мынадай қысқартулар")),

    // Глава 2: the passport
    TITLE(LabelKind.PLAIN, List.of(Ru.STANDARD_NAME), List.of("кәсіптік стандарттың атауы")),
    CODE(LabelKind.PLAIN, List.of("код профессионального стандарта"), List.of("кәсіптік стандарттың коды")),
    OKED(LabelKind.PLAIN, List.of("указание секции, раздела, группы, класса и подкласса согласно окэд"),
            List.of("эқжж секциясын, бөлімін, тобын, сыныбын және кіші сыныбын көрсету")),
    DESCRIPTION(LabelKind.PLAIN, List.of(Ru.DESCRIPTION), List.of("кәсіптік стандарттың қысқаша сипаттамасы")),
    CARD_LIST(LabelKind.PLAIN, List.of(Ru.CARD_LIST), List.of("кәсіптер карточкаларының тізімі")),

    // Глава 3: a profession card
    CARD(LabelKind.PLAIN, List.of(Ru.CARD), List.of(Kk.CARD)),
    GROUP_CODE(LabelKind.PLAIN, List.of(Ru.GROUP_CODE), List.of("топтың коды")),
    OCCUPATION_CODE(LabelKind.PLAIN, List.of("код наименования занятия"), List.of("қызмет атауының коды")),
    PROFESSION_NAME(LabelKind.PLAIN, List.of(Ru.PROFESSION_NAME), List.of("кәсіптің атауы")),
    LEVEL(LabelKind.PLAIN, List.of(Ru.LEVEL), List.of("сбш бойынша біліктілік деңгейі")),
    SUBLEVEL(LabelKind.PLAIN, List.of("подуровень квалификации по орк"), List.of()),
    ETKS_LEVEL(LabelKind.PLAIN, List.of("уровень квалификации по еткс"),
            List.of("бтба, ба, үлгілік біліктілік сипаттамалары бойынша біліктілік деңгейі")),
    EDUCATION(LabelKind.PLAIN, List.of("уровень профессионального образования"), List.of("кәсіптік білім деңгейі")),
    EXPERIENCE(LabelKind.PLAIN, List.of("требования к опыту работы"), List.of("жұмыс тәжірибесіне қойылатын талаптар")),
    INFORMAL_EDUCATION(LabelKind.PLAIN, List.of("связь с неформальным и информальным образованием"),
            List.of("формалды емес және информалы біліммен байланыс")),
    ALT_NAMES(LabelKind.PLAIN, List.of(Ru.ALT_NAMES), List.of("кәсіптің басқа ықтимал атаулары")),
    GOAL(LabelKind.PLAIN, List.of(Ru.GOAL), List.of("қызметтің негізгі мақсаты")),
    FUNCTIONS_DESCRIPTION(LabelKind.PLAIN, List.of("описание трудовых функций"),
            List.of("еңбек функциялардың сипаттамасы", "еңбек функцияларының сипаттамасы")),
    FUNCTION_LIST(LabelKind.PLAIN, List.of("перечень трудовых функций"), List.of("еңбек функцияларының тізбесі")),
    REQUIRED_FUNCTIONS(LabelKind.PLAIN, List.of(Ru.REQUIRED_FUNCTIONS), List.of("міндетті еңбек функциялары")),
    ADDITIONAL_FUNCTIONS(LabelKind.PLAIN, List.of(Ru.ADDITIONAL_FUNCTIONS), List.of("қосымша еңбек функциялары")),
    FUNCTION(LabelKind.NUMBERED, List.of(Ru.FUNCTION), List.of(Kk.FUNCTION)),
    ADDITIONAL_FUNCTION(LabelKind.NUMBERED, List.of("дополнительная трудовая функция"), List.of("қосымша еңбек функциясы")),
    SKILL(LabelKind.NUMBERED, List.of("навык"), List.of("дағды")),
    ABILITIES(LabelKind.LIST_HEAD, List.of(Ru.ABILITIES), List.of(Kk.ABILITIES)),
    KNOWLEDGE(LabelKind.LIST_HEAD, List.of(Ru.KNOWLEDGE), List.of(Kk.KNOWLEDGE)),
    RECOGNITION(LabelKind.PLAIN, List.of("возможность признания навыка"), List.of("дағдыны тану мүмкіндігі")),
    COMPETENCIES(LabelKind.PLAIN, List.of(Ru.COMPETENCIES, "требования к личным компетенциям"),
            List.of(Kk.COMPETENCIES)),
    REGULATIONS(LabelKind.PLAIN, List.of("список технических регламентов и национальных стандартов"),
            List.of("техникалық регламенттер мен ұлттық стандарттардың тізімі")),
    RELATED(LabelKind.PLAIN, List.of(Ru.RELATED), List.of("сбш-нің ішіндегі басқа кәсіптермен байланыс")),
    RELATED_LEVEL(LabelKind.PLAIN, List.of("уровень орк"), List.of("сбш-нің деңгейі")),

    // Глава 4: technical data
    STATE_BODY(LabelKind.PLAIN, List.of("наименование государственного органа"), List.of("мемлекеттік органның атауы")),
    DEVELOPERS(LabelKind.PLAIN, List.of("организации (предприятия) участвующие в разработке"),
            List.of("әзірлеуге қатысатын ұйымдар (кәсіпорындар)")),
    PROJECT_LEAD(LabelKind.PLAIN, List.of(Ru.PROJECT_LEAD), List.of("жоба жетекшісі")),
    PERFORMERS(LabelKind.PLAIN, List.of("исполнители"), List.of("орындаушылар")),
    SECTOR_COUNCIL(LabelKind.PLAIN, List.of("отраслевой совет по профессиональным квалификациям"),
            List.of("кәсіптік біліктілік жөніндегі салалық кеңес")),
    NATIONAL_BODY(LabelKind.PLAIN, List.of("национальный орган по профессиональным квалификациям"),
            List.of("кәсіптік біліктілік жөніндегі ұлттық орган")),
    CHAMBER(LabelKind.PLAIN, List.of("национальная палата предпринимателей республики казахстан"),
            List.of("атамекен қазақстан республикасының ұлттық кәсіпкерлер палатасы")),
    VERSION(LabelKind.PLAIN, List.of(Ru.VERSION), List.of("нұсқа нөмірі және шығарылған жылы")),
    REVIEW_DATE(LabelKind.PLAIN, List.of(Ru.REVIEW_DATE), List.of("болжалды қайта қарау күні"));

    static final LabelTable<Label> TABLE = LabelTable.of(Label.class);

    private final LabelPhrases phrases;

    Label(LabelKind kind, List<String> ru, List<String> kk) {
        this.phrases = new LabelPhrases(kind, ru, kk);
    }

    @Override
    public LabelPhrases phrases() {
        return phrases;
    }

    /** Whether the label belongs inside a profession card (the card header itself aside). */
    boolean isCardLabel() {
        return compareTo(GROUP_CODE) >= 0 && compareTo(RELATED_LEVEL) <= 0;
    }
}
