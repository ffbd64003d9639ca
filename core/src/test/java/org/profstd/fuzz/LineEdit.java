package org.profstd.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a document's lines, of the kinds that conversion and page breaks do to real documents: lines lost,
 * repeated, swapped, split, run together or moved, labels appearing where they do not belong, numbers changed.
 * Each edit takes its positions from {@link Choices}; a document always keeps at least one line.
 */
enum LineEdit {
    DROP {
        @Override
        void apply(List<String> lines, Choices choices) {
            if (lines.size() > 1) {
                lines.remove(anyLine(lines, choices));
            }
        }
    },
    DUPLICATE {
        @Override
        void apply(List<String> lines, Choices choices) {
            int i = anyLine(lines, choices);
            lines.add(i, lines.get(i));
        }
    },
    /** Swaps two lines close to each other, as a conversion that read table cells out of order does. */
    SWAP {
        @Override
        void apply(List<String> lines, Choices choices) {
            int i = anyLine(lines, choices);
            int j = Math.min(lines.size() - 1, Math.max(0, i + choices.pick(-NEAR, NEAR)));
            lines.set(i, lines.set(j, lines.get(i)));
        }
    },
    /** Breaks a line in two, as a page break or a narrow column does. */
    SPLIT {
        @Override
        void apply(List<String> lines, Choices choices) {
            int i = anyLine(lines, choices);
            String line = lines.get(i);
            int at = choices.pick(0, line.length());
            lines.set(i, line.substring(0, at));
            lines.add(i + 1, line.substring(at));
        }
    },
    /** Runs a line into the next one, in the same cell or as the next cell. */
    JOIN {
        @Override
        void apply(List<String> lines, Choices choices) {
            int i = anyLine(lines, choices);
            if (i + 1 < lines.size()) {
                lines.set(i, lines.get(i) + (choices.coin() ? "\t" : " ") + lines.remove(i + 1));
            }
        }
    },
    /** Inserts a line that is only a label, in one of the shapes labels are printed in. */
    INSERT_LABEL {
        @Override
        void apply(List<String> lines, Choices choices) {
            lines.add(choices.pick(0, lines.size()), labelShape(choices));
        }
    },
    /** Puts a label in front of a line, as when a label drifts into a neighbouring cell. */
    PREFIX_LABEL {
        @Override
        void apply(List<String> lines, Choices choices) {
            int i = anyLine(lines, choices);
            lines.set(i, labelShape(choices) + choices.oneOf(List.of("\t", " ", "")) + lines.get(i));
        }
    },
    /** Cuts a block of lines and puts it elsewhere, as when a page lands out of order. */
    MOVE_BLOCK {
        @Override
        void apply(List<String> lines, Choices choices) {
            int from = anyLine(lines, choices);
            int to = Math.min(lines.size(), from + choices.pick(1, BLOCK));
            List<String> block = new ArrayList<>(lines.subList(from, to));
            lines.subList(from, to).clear();
            lines.addAll(choices.pick(0, lines.size()), block);
        }
    },
    /** Ends the document early, as a truncated download does. */
    TRUNCATE {
        @Override
        void apply(List<String> lines, Choices choices) {
            lines.subList(Math.max(1, anyLine(lines, choices)), lines.size()).clear();
        }
    },
    /** Changes the first number of a line: list numbers, levels, codes and dates out of order or out of range. */
    RENUMBER {
        @Override
        void apply(List<String> lines, Choices choices) {
            int i = anyLine(lines, choices);
            Matcher number = DIGITS.matcher(lines.get(i));
            if (number.find()) {
                String replacement = choices.oneOf(NUMBERS);
                lines.set(i, lines.get(i).substring(0, number.start()) + replacement
                        + lines.get(i).substring(number.end()));
            }
        }
    };

    private static final int NEAR = 20;
    private static final int BLOCK = 60;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "3", "4", "5", "7", "9", "10", "12", "99",
            "2147483648", "00000000000000000000001", "");
    private static final List<String> SHAPES = List.of("%s", "%s:", "%s %d", "%s %d:", "%s %d: ", "# %s", "**%s**",
            "\t%s\t", "%s:\t%d", "%d. %s");

    abstract void apply(List<String> lines, Choices choices);

    private static int anyLine(List<String> lines, Choices choices) {
        return choices.pick(0, lines.size() - 1);
    }

    /** A label of any family, in any case, in one of the ways documents print labels. */
    private static String labelShape(Choices choices) {
        String label = choices.oneOf(LabelTables.all());
        if (choices.coin() && !label.isEmpty()) {
            label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        String shape = choices.oneOf(SHAPES);
        return shape.contains("%d") && shape.indexOf("%d") < shape.indexOf("%s")
                ? String.format(shape, choices.pick(0, 30), label)
                : String.format(shape, label, choices.pick(0, 30));
    }
}
