package org.profstd.parse.kz2023;

import java.util.List;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Names;

/** What each card must have: a name (the header's, or else the name field's, the two agreeing) and a level. */
final class CardChecks {
    private CardChecks() {
    }

    static void check(List<CardReader> cards, Diagnostics diagnostics) {
        for (CardReader card : cards) {
            CardDraft d = card.draft;
            String field = card.nameField == null ? null : Names.clean(card.nameField);
            if (d.name == null || d.name.isEmpty()) {
                d.name = field;
                diagnostics.add(DiagnosticCode.EMPTY_NAME, card.line, "card " + card.number
                        + " has no name in its header" + (field == null ? "" : "; it was taken from its name field"));
            } else if (field != null && !field.isEmpty() && !Names.same(field, d.name)) {
                diagnostics.add(DiagnosticCode.NAME_MISMATCH, card.nameFieldLine, "card " + card.number + " is \""
                        + d.name + "\" in its header and \"" + field + "\" in its name field");
            }
            if (d.level == null) {
                diagnostics.add(DiagnosticCode.LEVEL_MISSING, card.line, "card " + card.number + " \"" + d.name
                        + "\" has no ORK level");
            }
        }
    }
}
