package org.profstd.analysis.curriculum;

import java.util.List;

/** An educational programme as read: its title (the first line) and its disciplines. */
public record Programme(String file, String title, List<Discipline> disciplines) {
    public Programme {
        disciplines = List.copyOf(disciplines);
    }
}
