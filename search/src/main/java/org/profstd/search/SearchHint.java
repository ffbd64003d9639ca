package org.profstd.search;

/**
 * Why a query found nothing before it was run: a stable code the pages translate, and a message in English.
 *
 * @param code {@value #NO_WORDS} or {@value #ONLY_COMMON_WORDS}
 */
public record SearchHint(String code, String message) {
    public static final String NO_WORDS = "no-words";
    public static final String ONLY_COMMON_WORDS = "only-common-words";

    public static final SearchHint NO_WORDS_HINT = new SearchHint(NO_WORDS,
            "The query has no letters or digits to search for: quotes, asterisks and other signs alone are not searched.");
    public static final SearchHint ONLY_COMMON_WORDS_HINT = new SearchHint(ONLY_COMMON_WORDS,
            "The query has only common words (and, of, for ...) that every text has; add a word that names a subject.");
}
