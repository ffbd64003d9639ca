package org.profstd.analysis.align;

import java.util.List;
import org.profstd.analysis.diff.Edition;

/**
 * The alignment of a standard's text in one language with its text in another.
 *
 * @param sameVersion  true when every card, function and unit has its counterpart and the lists agree in length;
 *                     false means the two texts are different versions, not translations of one
 * @param verdict      the reasons for {@code sameVersion}, in words
 * @param lexiconSize  how many words of the first language the learned lexicon translates
 * @param lexiconSample some learned correspondences, "first = second", the most frequent first
 */
public record LanguageAlignment(Edition first, Edition second, boolean sameVersion, List<String> verdict,
        int lexiconSize, List<String> lexiconSample, List<AlignedPair> pairs, List<Unpaired> unpaired,
        List<CountDifference> countDifferences) {

    public LanguageAlignment {
        verdict = List.copyOf(verdict);
        lexiconSample = List.copyOf(lexiconSample);
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
        countDifferences = List.copyOf(countDifferences);
    }

    public List<AlignedPair> pairs(String level) {
        return pairs.stream().filter(p -> p.level().equals(level)).toList();
    }

    public List<Unpaired> unpaired(String level) {
        return unpaired.stream().filter(u -> u.level().equals(level)).toList();
    }
}
