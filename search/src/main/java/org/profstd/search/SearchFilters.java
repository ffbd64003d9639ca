package org.profstd.search;

/**
 * What a search is limited to; a null field does not limit.
 *
 * @param type         {@code standard}, {@code card}, {@code function}, {@code unit} or {@code item}
 * @param jurisdiction {@code KZ} or {@code RU}
 * @param status       {@code current}, {@code superseded} or {@code withdrawn}; when null, current editions only
 *                     unless {@code history}
 * @param history      true to search superseded and withdrawn editions too
 */
public record SearchFilters(Integer level, String standardId, String language, String type, String jurisdiction,
        String status, boolean history) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, false);

    /** The filters of the first searches: level, standard, language, type and history. */
    public SearchFilters(Integer level, String standardId, String language, String type, boolean history) {
        this(level, standardId, language, type, null, null, history);
    }

    public SearchFilters withType(String newType) {
        return new SearchFilters(level, standardId, language, newType, jurisdiction, status, history);
    }

    public SearchFilters withHistory(boolean withHistory) {
        return new SearchFilters(level, standardId, language, type, jurisdiction, status, withHistory);
    }

    public SearchFilters withLevel(Integer newLevel) {
        return new SearchFilters(newLevel, standardId, language, type, jurisdiction, status, history);
    }

    public SearchFilters withLanguage(String newLanguage) {
        return new SearchFilters(level, standardId, newLanguage, type, jurisdiction, status, history);
    }

    public SearchFilters withStandard(String newStandardId) {
        return new SearchFilters(level, newStandardId, language, type, jurisdiction, status, history);
    }

    public SearchFilters withJurisdiction(String newJurisdiction) {
        return new SearchFilters(level, standardId, language, type, newJurisdiction, status, history);
    }

    public SearchFilters withStatus(String newStatus) {
        return new SearchFilters(level, standardId, language, type, jurisdiction, newStatus, history);
    }
}
