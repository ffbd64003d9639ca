package org.profstd.services;

import org.profstd.registry.HistoryEntry;

/**
 * An edition as a standard's timeline shows it: the history entry, and its year, taken from the act that published
 * it when the document itself prints none ({@code yearFromAct}).
 */
public record EditionLine(HistoryEntry entry, Integer year, boolean yearFromAct) {

    static EditionLine of(HistoryEntry entry) {
        if (entry.year() != null) {
            return new EditionLine(entry, entry.year(), false);
        }
        Integer actYear = actYear(entry.act());
        return new EditionLine(entry, actYear, actYear != null);
    }

    /** The year of an act's date ({@code 2015-10-05}); null when the act or its date is unknown. */
    static Integer actYear(HistoryEntry.Act act) {
        if (act == null || act.date() == null || act.date().length() < 4) {
            return null;
        }
        try {
            return Integer.valueOf(act.date().substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public long editionId() {
        return entry.editionId();
    }
}
