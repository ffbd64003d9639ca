package org.profstd.analysis.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Card;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;

/**
 * The ISCO-08 unit groups (four digits) a standard's occupations belong to. Kazakhstan's classifier of occupations
 * and Russia's ОКЗ 2014 both build on ISCO-08 and keep its four-digit unit groups: a KZ occupation code
 * {@code 3512-1-001} and the RU ОКЗ group {@code 3512} name the same "ICT user support technicians".
 */
final class OccupationGroups {
    private static final Pattern UNIT_GROUP = Pattern.compile("^(\\d{4})(\\b|-)");

    private OccupationGroups() {
    }

    /** KZ: the groups of the cards' occupation codes; RU: the standard's ОКЗ codes. */
    static List<String> of(Standard standard) {
        TreeSet<String> groups = new TreeSet<>();
        if (standard.jurisdiction() == Jurisdiction.RU) {
            standard.okzCodes().forEach(code -> add(code, groups));
        } else {
            for (Card card : standard.cards()) {
                add(card.code(), groups);
                add(card.groupCode(), groups);
            }
        }
        return new ArrayList<>(groups);
    }

    /** The unit group of one card's occupation code, or null. */
    static String ofCard(Card card) {
        TreeSet<String> groups = new TreeSet<>();
        add(card.code(), groups);
        return groups.isEmpty() ? null : groups.first();
    }

    private static void add(String code, TreeSet<String> groups) {
        if (code == null) {
            return;
        }
        Matcher m = UNIT_GROUP.matcher(code.strip());
        if (m.find()) {
            groups.add(m.group(1));
        }
    }
}
