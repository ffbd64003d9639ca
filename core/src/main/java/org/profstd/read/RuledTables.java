package org.profstd.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tables of a page among its borders: rules that cross or touch one another belong to one table. A lone
 * rule (an underline, a separator) draws no box and makes no table.
 */
final class RuledTables {
    /** More joined borders than this on one page are a drawing, not a form. */
    static final int MAX_RULES = 4_000;

    private RuledTables() {
    }

    /** The tables the rules draw, top to bottom. */
    static List<RuledTable> of(List<PdfRule> rules) {
        if (rules.size() > MAX_RULES) {
            return List.of();
        }
        int[] parent = new int[rules.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).meets(rules.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<PdfRule>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rules.get(i));
        }
        List<RuledTable> tables = new ArrayList<>();
        for (List<PdfRule> group : groups.values()) {
            RuledTable table = RuledTable.of(group);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparing(RuledTable::top));
        return tables;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
