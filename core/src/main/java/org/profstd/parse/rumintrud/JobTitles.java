package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the "Возможные наименования должностей, профессий" cell into titles. The document prints one title per line
 * inside the cell; conversion ran them together ("Специалист первой линии технической поддержки Оператор технической
 * поддержки"). A title starts with a capitalised word and the words inside a title are in lower case, so a new title
 * starts at each capitalised word (not at an acronym such as "ИКТ", and not after an opening bracket or quote).
 */
final class JobTitles {
    private JobTitles() {
    }

    static List<String> split(String cell) {
        List<String> titles = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : cell.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && startsTitle(word) && !endsOpen(current)) {
                titles.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        if (!current.isEmpty()) {
            titles.add(current.toString());
        }
        return titles;
    }

    /** A capitalised word: an upper-case letter followed by a lower-case one. */
    private static boolean startsTitle(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    private static boolean endsOpen(CharSequence title) {
        char last = title.charAt(title.length() - 1);
        return last == '(' || last == '"' || last == '«' || last == '-' || last == ',';
    }
}
