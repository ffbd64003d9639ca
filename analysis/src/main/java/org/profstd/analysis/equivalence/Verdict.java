package org.profstd.analysis.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.profstd.model.Card;
import org.profstd.model.Language;
import org.profstd.model.Standard;

/** The reasons for calling two standards related or unrelated, in words. */
final class Verdict {
    private Verdict() {
    }

    static List<String> of(boolean related, Standard kz, Standard ru, int ruShared, int kzShared,
            List<String> sharedGroups, double closest) {
        List<String> verdict = new ArrayList<>();
        int ruFunctions = ru.cards().stream().mapToInt(c -> c.functions().size()).sum();
        long kzFunctions = kz.cards().stream().flatMap(c -> c.functions().stream()).map(f -> f.name()).distinct()
                .count();
        String name = "\"" + kz.title() + "\"" + (kz.code() == null ? "" : " (" + kz.code() + ")") + " and \""
                + ru.title() + "\"" + (ru.code() == null ? "" : " (" + ru.code() + ")");
        if (related) {
            verdict.add("related: " + name + " describe the same occupation");
        } else {
            verdict.add("unrelated: " + name + " describe different occupations");
        }
        if (ruShared == 0) {
            verdict.add(String.format(Locale.ROOT, "no labor function has a counterpart on the other side (the"
                    + " closest two are %.2f alike, %.2f is needed)", closest, EquivalenceFinder.SAME_FUNCTION));
        } else {
            verdict.add(kzShared + " of the " + kzFunctions + " labor functions of the KZ standard have a counterpart"
                    + " among " + ruShared + " of the " + ruFunctions + " functions of the RU standard");
        }
        verdict.add(sharedGroups.isEmpty() ? "their occupation codes share no ISCO-08 unit group"
                : "their occupation codes share the ISCO-08 unit group" + (sharedGroups.size() == 1 ? " " : "s ")
                        + String.join(", ", sharedGroups) + (related ? "" : ", but not their work"));
        if (kz.language() == Language.KK && ru.language() != Language.KK) {
            verdict.add("the KZ text is in Kazakh and the RU one in Russian: their wording cannot be compared;"
                    + " compare the Russian text of the KZ standard instead");
        }
        if (kz.cards().stream().map(Card::level).allMatch(l -> l == null)) {
            verdict.add("the KZ cards carry no levels, so no level correspondence can be read");
        }
        return verdict;
    }
}
