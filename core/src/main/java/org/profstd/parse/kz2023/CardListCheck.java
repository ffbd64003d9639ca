package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Names;

/** Compares the passport's list of cards ("8. Перечень карточек профессий") with the cards the standard holds. */
final class CardListCheck {
    private CardListCheck() {
    }

    static void check(List<Passport.CardEntry> list, List<CardReader> cards, Diagnostics diagnostics, int listLine) {
        if (list.isEmpty()) {
            return;
        }
        if (list.size() == cards.size()) {
            for (int i = 0; i < list.size(); i++) {
                compare(list.get(i), cards.get(i), diagnostics);
            }
            return;
        }
        diagnostics.add(DiagnosticCode.CARD_LIST_MISMATCH, listLine, "the list names " + list.size()
                + " cards, the standard holds " + cards.size());
        List<CardReader> unmatched = new ArrayList<>(cards);
        for (Passport.CardEntry entry : list) {
            CardReader card = unmatched.stream().filter(c -> sameCard(entry, c.draft)).findFirst().orElse(null);
            if (card == null) {
                diagnostics.add(DiagnosticCode.CARD_LIST_MISMATCH, entry.line(), "the listed card \"" + entry.name()
                        + "\" (level " + entry.level() + ") is not in the standard");
            } else {
                unmatched.remove(card);
            }
        }
        for (CardReader card : unmatched) {
            diagnostics.add(DiagnosticCode.CARD_LIST_MISMATCH, card.line, "the card \"" + card.draft.name
                    + "\" (level " + card.draft.level + ") is not in the list of cards");
        }
    }

    private static void compare(Passport.CardEntry entry, CardReader card, Diagnostics diagnostics) {
        CardDraft d = card.draft;
        if (!Names.same(entry.name(), d.name)) {
            diagnostics.add(DiagnosticCode.NAME_MISMATCH, entry.line(), "the list of cards names \"" + entry.name()
                    + "\" where card " + card.number + " (line " + card.line + ") is \"" + d.name + "\"");
        }
        if (entry.level() != null && d.level != null && !entry.level().equals(d.level)) {
            diagnostics.add(DiagnosticCode.CARD_LIST_MISMATCH, entry.line(), "the list of cards gives level "
                    + entry.level() + " for \"" + entry.name() + "\", card " + card.number + " has level " + d.level);
        }
    }

    private static boolean sameCard(Passport.CardEntry entry, CardDraft card) {
        return Names.same(entry.name(), card.name) && (entry.level() == null || entry.level().equals(card.level));
    }
}
