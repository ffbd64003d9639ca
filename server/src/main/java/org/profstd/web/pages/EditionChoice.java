package org.profstd.web.pages;

import org.profstd.services.EditionLine;
import org.profstd.web.PageContext;

/** How an edition is named in the lists that pick two editions to compare: year, version, language, status. */
public final class EditionChoice {
    private EditionChoice() {
    }

    public static String label(PageContext page, EditionLine line) {
        StringBuilder label = new StringBuilder(line.year() == null ? "—" : String.valueOf(line.year()));
        if (line.entry().version() != null) {
            label.append(" · ").append(page.t("standard.versionLabel")).append(": ").append(line.entry().version());
        }
        label.append(" · ").append(page.t("language." + line.entry().language()))
                .append(" · ").append(page.t("status." + line.entry().status()))
                .append(" · ").append(line.entry().documentFile());
        return label.toString();
    }
}
