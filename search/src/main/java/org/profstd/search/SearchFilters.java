package org.profstd.search;

/**
 * What a search is limited to; a null field does not limit.
 *
 * @param type    {@code standard}, {@code card}, {@code function}, {@code unit} or {@code item}
 * @param history true to search superseded and withdrawn editions too
 */
public record SearchFilters(Integer level, String standardId, String language, String type, boolean history) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, false);

    public SearchFilters withType(String newType) {
        return new SearchFilters(level, standardId, language, newType, history);
    }

    public SearchFilters withHistory(boolean withHistory) {
        return new SearchFilters(level, standardId, language, type, withHistory);
    }

    public SearchFilters withLevel(Integer newLevel) {
        return new SearchFilters(newLevel, standardId, language, type, history);
    }

    public SearchFilters withLanguage(String newLanguage) {
        return new SearchFilters(level, standardId, newLanguage, type, history);
    }

    public SearchFilters withStandard(String newStandardId) {
        return new SearchFilters(level, newStandardId, language, type, history);
    }
}
