package org.profstd.parse;

/**
 * The label phrases both Kazakhstan templates print, kz-2017 and kz-2023, written once: each family's label table
 * names them beside the phrases only it prints. What a label is stays the family's: "перечень карточек профессий" is a
 * numbered heading in kz-2017 and a plain row label in kz-2023, and kz-2017 knows more ways to print a level.
 */
public final class KzPhrases {
    /** The Russian phrases. */
    public static final class Ru {
        // the passport and the technical data
        public static final String STANDARD_NAME = "название профессионального стандарта";
        public static final String DESCRIPTION = "краткое описание профессионального стандарта";
        public static final String CARD_LIST = "перечень карточек профессий";
        public static final String PROJECT_LEAD = "руководитель проекта";
        public static final String VERSION = "номер версии и год выпуска";
        public static final String REVIEW_DATE = "дата ориентировочного пересмотра";
        // a profession card
        public static final String CARD = "карточка профессии";
        public static final String GROUP_CODE = "код группы";
        public static final String PROFESSION_NAME = "наименование профессии";
        public static final String ALT_NAMES = "другие возможные наименования профессии";
        public static final String LEVEL = "уровень квалификации по орк";
        public static final String GOAL = "основная цель деятельности";
        public static final String REQUIRED_FUNCTIONS = "обязательные трудовые функции";
        public static final String ADDITIONAL_FUNCTIONS = "дополнительные трудовые функции";
        public static final String FUNCTION = "трудовая функция";
        public static final String ABILITIES = "умения";
        public static final String KNOWLEDGE = "знания";
        public static final String COMPETENCIES = "требования к личностным компетенциям";
        public static final String RELATED = "связь с другими профессиями в рамках орк";

        private Ru() {
        }
    }

    /** The Kazakh phrases. */
    public static final class Kk {
        public static final String CARD = "кәсіптің карточкасы";
        public static final String FUNCTION = "еңбек функциясы";
        public static final String ABILITIES = "машықтар";
        public static final String KNOWLEDGE = "білімдер";
        public static final String COMPETENCIES = "жеке құзыреттерге қойылатын талаптар";

        private Kk() {
        }
    }

    private KzPhrases() {
    }
}
