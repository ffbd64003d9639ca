package org.profstd.parse.kz2023;

/**
 * Where the reader is in a kz-2023 standard, which decides what a text that is not a label means. Labels move the
 * reader between states ({@link StandardReader#label}); each state here handles the texts that follow them.
 */
enum State {
    /** Text nobody keeps: the head of the appendix, the scope, regulations, contacts. */
    SKIP {
        @Override
        void text(StandardReader r, Fragment f) {
        }
    },
    /** The value of the last field label, in one or more fragments. */
    FIELD {
        @Override
        void text(StandardReader r, Fragment f) {
            r.fieldText(f);
        }
    },
    /** Glossary entries "1) Term – definition" and abbreviations. */
    TERMS {
        @Override
        void text(StandardReader r, Fragment f) {
            r.glossary().text(f);
        }
    },
    /** Lines "62.01 Name" of the economic activities. */
    OKED {
        @Override
        void text(StandardReader r, Fragment f) {
            r.passport().oked(f.text());
        }
    },
    /** The passport's list of cards. */
    CARD_LIST {
        @Override
        void text(StandardReader r, Fragment f) {
            r.passport().cardListEntry(f);
        }
    },
    /** A card's list of required or additional functions. */
    FUNCTION_LIST {
        @Override
        void text(StandardReader r, Fragment f) {
            r.card().functionListText(f);
        }
    },
    /** After "Трудовая функция N:": the function name, over as many lines as it takes. */
    FUNCTION_NAME {
        @Override
        void text(StandardReader r, Fragment f) {
            if (!claimedElsewhere(r, f)) {
                if (startsWithNumber(f)) {
                    r.card().area.items(f);
                } else {
                    r.card().area.functionName(f);
                }
            }
        }
    },
    /** After "Навык N:": the skill name; a numbered text here is an item the page break moved. */
    SKILL_NAME {
        @Override
        void text(StandardReader r, Fragment f) {
            if (!claimedElsewhere(r, f)) {
                if (startsWithNumber(f)) {
                    r.card().area.items(f);
                } else {
                    r.card().area.skillName(f);
                }
            }
        }
    },
    /** After "Умения:" or "Знания:": items. */
    ITEMS {
        @Override
        void text(StandardReader r, Fragment f) {
            if (!claimedElsewhere(r, f)) {
                r.card().area.items(f);
            }
        }
    },
    /**
     * After "Возможность признания навыка:": its value, unless the text is an item that drifted here, or the first
     * lines of the personal competencies, whose merged cell can print before its label.
     */
    RECOGNITION {
        @Override
        void text(StandardReader r, Fragment f) {
            if (r.routedByColumn(f) || r.card().area.recognition(f.text(), !startsWithNumber(f))) {
                return;
            }
            if (!startsWithNumber(f) && r.competenciesLabelFollows()) {
                r.competenciesBeforeLabel(f);
            } else {
                r.card().area.items(f);
            }
        }
    },
    /** Personal competencies: words, lines or comma-separated phrases. */
    COMPETENCIES {
        @Override
        void text(StandardReader r, Fragment f) {
            r.card().competencies(f);
        }
    },
    /** The table of related professions: level and name. */
    RELATED {
        @Override
        void text(StandardReader r, Fragment f) {
            r.card().related(f);
        }
    },
    /** Organisations that developed the standard, one a paragraph. */
    DEVELOPERS {
        @Override
        void text(StandardReader r, Fragment f) {
            r.passport().developer(f.text());
        }
    };

    abstract void text(StandardReader r, Fragment f);

    /** Whether this state reads the skill table, where the cell of a row tells what a text is. */
    boolean inFunctionArea() {
        return this == FUNCTION_NAME || this == SKILL_NAME || this == ITEMS || this == RECOGNITION;
    }

    /**
     * Whether a text in the skill table belongs elsewhere than the state says: its cell decides (a row's first
     * cell names the function, the second the skill), or it is a "possibility of recognition" value.
     */
    private static boolean claimedElsewhere(StandardReader r, Fragment f) {
        return r.routedByColumn(f) || r.card().area.recognition(f.text(), false);
    }

    static boolean startsWithNumber(Fragment f) {
        return f.text().matches("(?s)^\\s*\\d{1,3}\\s*[.)]\\s+\\S.*");
    }
}
