package org.profstd.fuzz;

import java.util.Arrays;
import java.util.List;
import org.profstd.parse.Family;
import org.profstd.parse.LabelTable;

/**
 * The label phrases of every template family, read from the families' own label tables so the line mutator inserts
 * exactly the words the parsers react to, and keeps doing so as the tables grow.
 */
final class LabelTables {
    private static final List<String> ALL = Arrays.stream(Family.values()).flatMap(f -> phrases(f).stream())
            .distinct().sorted().toList();

    private LabelTables() {
    }

    /** Every phrase of every family's table, Russian and Kazakh, sorted. */
    static List<String> all() {
        return ALL;
    }

    /** The phrases of one family's table, as printed, sorted. */
    static List<String> phrases(Family family) {
        return family.labels().phrases().stream().map(LabelTable.Phrase::text).distinct().sorted().toList();
    }
}
