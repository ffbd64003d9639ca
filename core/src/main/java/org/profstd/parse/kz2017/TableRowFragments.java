package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import org.profstd.read.Cell;
import org.profstd.read.SourceLine;

/**
 * The fragments of a document whose tables are real tables (DOCX, PDF, HTML): every paragraph of every cell, left to
 * right, all on the row's line. A row "Трудовая функция 1: ¶ name | Задача 1: ¶ name | Умения:" gives the five
 * fragments the text conversion printed on five lines; an empty cell (a merged continuation) gives none.
 */
final class TableRowFragments implements Fragments {
    @Override
    public List<Fragment> of(List<SourceLine> lines) {
        List<Fragment> fragments = new ArrayList<>();
        for (SourceLine line : lines) {
            for (Cell cell : line.cells()) {
                for (String paragraph : cell.paragraphs()) {
                    String text = paragraph.strip();
                    if (!text.isEmpty()) {
                        fragments.add(new Fragment(text, line.number(), true));
                    }
                }
            }
        }
        return fragments;
    }
}
