package org.profstd.analysis.diff;

import org.profstd.model.Language;
import org.profstd.model.Standard;

/** Which edition of a standard a comparison read: enough to name it in a report. */
public record Edition(String file, String title, String code, String version, Integer year, Language language,
        String format, int cards) {

    public static Edition of(String file, Standard s) {
        return new Edition(file, s.title(), s.code(), s.version(), s.year(), s.language(), s.format(), s.cards().size());
    }
}
