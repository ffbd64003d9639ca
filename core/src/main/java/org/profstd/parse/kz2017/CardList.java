package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;

/**
 * The passport's list of cards ("Аналитик службы поддержки 4-5-й уровни ОРК", or in the older variant
 * "1) Специалист ..., 4 уровень квалификации по ОРК;"), checked against the cards the document holds.
 */
final class CardList {
    private static final Pattern LEVELS = Pattern.compile(
            "(?iu)(\\d)(?:\\s*-\\s*(\\d))?(?:\\s*-\\s*й)?\\s+уров\\p{L}*(?:\\s+квалификации)?\\s+(?:по\\s+)?ОРК.*$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s*");
    /** Share of words two names must have in common to be taken as the same profession named differently. */
    private static final double SAME_PROFESSION = 0.6;

    /** One profession of the list with its levels. */
    record Entry(String name, Set<Integer> levels, int line) {
    }

    private final ParseContext context;
    private final List<Entry> entries = new ArrayList<>();
    private final StringBuilder name = new StringBuilder();
    private int nameLine;

    CardList(ParseContext context) {
        this.context = context;
    }

    void text(Token.TextToken t) {
        Matcher m = LEVELS.matcher(t.text());
        String before = m.find() ? t.text().substring(0, m.start()) : t.text();
        if (name.isEmpty()) {
            nameLine = t.line();
        }
        context.append(name, LIST_NUMBER.matcher(before).replaceFirst(""));
        if (m.find(0)) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            String profession = Names.clean(name.toString());
            if (profession.isEmpty() && !entries.isEmpty()) {
                // a level in a row of its own: the profession's cell spans the rows of all its levels
                profession = entries.get(entries.size() - 1).name();
            }
            add(profession, from, to);
            name.setLength(0);
        }
    }

    private void add(String profession, int from, int to) {
        Set<Integer> levels = new TreeSet<>();
        for (int l = from; l <= to; l++) {
            levels.add(l);
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (Names.compact(e.name()).equals(Names.compact(profession))) {
                e.levels().addAll(levels); // the older variant lists one line per level
                return;
            }
        }
        entries.add(new Entry(profession, levels, nameLine));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Reports every listed profession or level without a card, and every card the list does not name. */
    void check(List<CardDraft> cards) {
        Set<CardDraft> matched = new HashSet<>();
        for (Entry e : entries) {
            List<CardDraft> same = cards.stream().filter(c -> c.name != null
                    && Names.compact(c.name).equals(Names.compact(e.name()))).toList();
            if (same.isEmpty()) {
                same = similar(e, cards);
            }
            if (same.isEmpty()) {
                context.report(DiagnosticCode.CARD_LIST_MISMATCH, e.line(), "the list names \"" + e.name()
                        + "\" but the document has no card for it");
                continue;
            }
            matched.addAll(same);
            checkLevels(e, same);
        }
        for (CardDraft c : cards) {
            if (!matched.contains(c)) {
                context.report(DiagnosticCode.CARD_LIST_MISMATCH, c.startLine, "the card \"" + c.name
                        + "\" (level " + c.level + ") is not in the list of cards");
            }
        }
    }

    private List<CardDraft> similar(Entry e, List<CardDraft> cards) {
        List<CardDraft> found = cards.stream().filter(c -> c.name != null
                && overlap(words(c.name), words(e.name())) >= SAME_PROFESSION).toList();
        if (!found.isEmpty()) {
            context.report(DiagnosticCode.NAME_MISMATCH, e.line(), "the list names \"" + e.name()
                    + "\" but the card is named \"" + found.get(0).name + "\"");
        }
        return found;
    }

    private void checkLevels(Entry e, List<CardDraft> same) {
        Set<Integer> found = new TreeSet<>();
        for (CardDraft c : same) {
            if (c.level == null) {
                continue; // a card whose level could not be read has its own diagnostic, and no level to compare
            }
            found.add(c.level);
            if (!e.levels().contains(c.level)) {
                context.report(DiagnosticCode.CARD_LIST_MISMATCH, c.startLine, "the card \"" + c.name + "\" has level "
                        + c.level + " but the list gives it levels " + e.levels());
            }
        }
        for (int level : e.levels()) {
            if (!found.contains(level)) {
                context.report(DiagnosticCode.CARD_LIST_MISMATCH, e.line(), "the list names \"" + e.name()
                        + "\" at level " + level + " but the document has no card at that level");
            }
        }
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all.isEmpty() ? 0 : (double) common.size() / all.size();
    }
}
