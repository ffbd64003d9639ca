package org.profstd.parse;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.parse.LabelTable.Phrase;
import org.profstd.parse.LabelTable.Word;
import org.profstd.read.Cell;
import org.profstd.read.SourceLine;

/**
 * The labels that tell a standard's template family: those only one family's {@link LabelTable} holds, found by the
 * tables themselves. A paragraph of a cell tells a family when, after its list number if any, the longest label of
 * any table it opens with is held by that family alone. A phrase several families print ("Трудовая функция", "Код")
 * tells nothing, and neither does a one-word label ("Уровень", "Профессия") unless its number follows ("Задача 2",
 * "Навык 1"): ordinary sentences open with such words, and a letter must not pass for a standard.
 */
final class DistinctLabels {
    /** How many number words of a list number ("3.1.2.") may stand before a label. */
    private static final int LEAD_NUMBERS = 3;
    private static final List<Family> FAMILIES = List.of(Family.values());
    private static final List<LabelTable<?>> TABLES = FAMILIES.stream().map(Family::labels).toList();
    /** Every phrase in normal form, with the families whose tables hold it. */
    private static final Map<String, Set<Family>> HOLDERS = holders();
    /** The words of a paragraph that can take part in a label: a list number, the longest phrase and its number. */
    private static final int WORDS = LEAD_NUMBERS + TABLES.stream().mapToInt(LabelTable::longestPhrase).max().orElse(0)
            + 1;

    private DistinctLabels() {
    }

    /** For each family, how many lines hold a label only the family uses; families with none are absent. */
    static Map<Family, Integer> tally(List<SourceLine> lines) {
        Map<Family, Integer> counts = new EnumMap<>(Family.class);
        for (SourceLine line : lines) {
            told(line).forEach(family -> counts.merge(family, 1, Integer::sum));
        }
        return counts;
    }

    /** The families a line tells: those whose distinct label opens one of its cells' paragraphs. */
    static Set<Family> told(SourceLine line) {
        Set<Family> told = EnumSet.noneOf(Family.class);
        for (Cell cell : line.cells()) {
            for (String paragraph : cell.paragraphs()) {
                Family family = familyOf(paragraph);
                if (family != null) {
                    told.add(family);
                }
            }
        }
        return told;
    }

    /** The family whose distinct label a paragraph opens with, or null. */
    static Family familyOf(String paragraph) {
        List<Word> words = LabelTable.words(paragraph, 0, WORDS);
        for (int from = 0; from < words.size() && from <= LEAD_NUMBERS; from++) {
            Phrase<?> label = longestLabel(words, from);
            if (label != null) {
                return tells(label, words, from);
            }
            if (!isNumber(words.get(from))) {
                return null;
            }
        }
        return null;
    }

    /** The longest phrase of any table the words open with from word {@code from}, or null. */
    private static Phrase<?> longestLabel(List<Word> words, int from) {
        Phrase<?> best = null;
        for (LabelTable<?> table : TABLES) {
            Phrase<?> found = table.longestOpening(words, from, p -> true);
            if (found != null && (best == null || found.size() > best.size())) {
                best = found;
            }
        }
        return best;
    }

    private static Family tells(Phrase<?> label, List<Word> words, int from) {
        Set<Family> holders = HOLDERS.get(label.normalized());
        int next = from + label.size();
        boolean numbered = label.label().kind() == LabelKind.NUMBERED && next < words.size()
                && isNumber(words.get(next));
        return holders.size() == 1 && (label.size() > 1 || numbered) ? holders.iterator().next() : null;
    }

    private static boolean isNumber(Word word) {
        return Character.isDigit(word.text().charAt(0));
    }

    private static Map<String, Set<Family>> holders() {
        Map<String, Set<Family>> holders = new HashMap<>();
        for (int i = 0; i < FAMILIES.size(); i++) {
            for (Phrase<?> phrase : TABLES.get(i).phrases()) {
                holders.computeIfAbsent(phrase.normalized(), k -> EnumSet.noneOf(Family.class)).add(FAMILIES.get(i));
            }
        }
        return holders;
    }
}
