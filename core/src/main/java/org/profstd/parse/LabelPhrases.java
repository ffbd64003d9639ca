package org.profstd.parse;

import java.util.List;
import org.profstd.model.Language;

/**
 * What a template label is printed as: its kind and its Russian and Kazakh phrasings (a Kazakh column may be empty
 * while no Kazakh document of the family has been read).
 */
public record LabelPhrases(LabelKind kind, List<String> ru, List<String> kk) {
    public LabelPhrases {
        ru = List.copyOf(ru);
        kk = List.copyOf(kk);
    }

    /** The phrases in one language. */
    public List<String> in(Language language) {
        return language == Language.KK ? kk : ru;
    }
}
