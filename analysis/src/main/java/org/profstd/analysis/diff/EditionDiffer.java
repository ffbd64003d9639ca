package org.profstd.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.profstd.analysis.Describe;
import org.profstd.analysis.Pairing;
import org.profstd.analysis.SameStandard;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Compares two editions of a standard level by level: cards (see {@link CardPairing}), then within each pair of
 * cards their functions, within each pair of functions their units (KZ-2017 tasks and KZ-2023 skills alike, so
 * editions of different template families compare), and within each pair of units their items list by list.
 *
 * <p>Functions and units pair by their names (60%) and their content (40%), so a renamed function that kept its
 * skills still pairs; a shared RU function code adds a bonus. Items pair by their text. Pairs must reach a threshold,
 * so an element with nothing alike on the other side is reported as added or removed, not as a far-fetched rewording.
 */
public final class EditionDiffer {
    static final double FUNCTION_THRESHOLD = 0.35;
    static final double UNIT_THRESHOLD = 0.35;
    static final double ITEM_THRESHOLD = 0.5;
    private static final double NAME_WEIGHT = 0.6;
    private static final double SAME_CODE_BONUS = 0.25;

    private final String oldLanguage;
    private final String newLanguage;
    private final ChangeLog log = new ChangeLog();

    private EditionDiffer(String oldLanguage, String newLanguage) {
        this.oldLanguage = oldLanguage;
        this.newLanguage = newLanguage;
    }

    public static EditionDiff diff(String oldFile, Standard oldStandard, String newFile, Standard newStandard) {
        EditionDiffer differ = new EditionDiffer(language(oldStandard), language(newStandard));
        boolean sameStandard = SameStandard.of(oldStandard, newStandard);
        List<CardMatch> matches = differ.compareCards(oldStandard.cards(), newStandard.cards(), sameStandard);
        List<Change> changes = differ.log.list();
        Edition oldEdition = Edition.of(oldFile, oldStandard);
        Edition newEdition = Edition.of(newFile, newStandard);
        return new EditionDiff(oldEdition, newEdition, sameStandard,
                sameStandard ? null : differentStandards(oldEdition, newEdition), matches, EditionDiff.count(changes),
                changes);
    }

    private static String differentStandards(Edition a, Edition b) {
        return "these are two different standards, not two editions of one: " + DiffText.name(a) + " and "
                + DiffText.name(b) + "; their cards were paired only where the profession's name is alike, and every"
                + " other difference is a difference between two standards";
    }

    private static String language(Standard s) {
        return Language.codeOrRussian(s.language());
    }

    private List<CardMatch> compareCards(List<Card> olds, List<Card> news, boolean sameStandard) {
        Pairing pairing = CardPairing.pair(olds, news, oldLanguage, newLanguage, sameStandard);
        List<CardMatch> matches = new ArrayList<>();
        Pairing.Pair[] pairOfNew = new Pairing.Pair[news.size()];
        pairing.pairs().forEach(p -> pairOfNew[p.second()] = p);
        for (int j = 0; j < news.size(); j++) {
            Card neu = news.get(j);
            if (pairOfNew[j] == null) {
                log.added(Change.CARD, Describe.card(neu), neu.name(), startLine(neu));
                continue;
            }
            Card old = olds.get(pairOfNew[j].first());
            matches.add(new CardMatch(Describe.card(old), Describe.card(neu),
                    Math.round(pairOfNew[j].score() * 1000) / 1000.0));
            compareCard(old, neu);
        }
        for (int i : pairing.onlyInFirst()) {
            log.removed(Change.CARD, Describe.card(olds.get(i)), olds.get(i).name(), startLine(olds.get(i)));
        }
        return matches;
    }

    private void compareCard(Card old, Card neu) {
        String path = Describe.card(neu);
        log.rewordedIfDifferent(Change.CARD, path, TextProfile.of(old.name(), oldLanguage),
                TextProfile.of(neu.name(), newLanguage), startLine(old), startLine(neu));
        if (!Objects.equals(old.level(), neu.level())) {
            log.valueChanged(Change.LEVEL_CHANGED, Change.CARD, path, String.valueOf(old.level()),
                    String.valueOf(neu.level()), startLine(old), startLine(neu));
        }
        if (!Objects.equals(old.code(), neu.code())) {
            log.valueChanged(Change.CODE_CHANGED, Change.CARD, path, old.code(), neu.code(), startLine(old),
                    startLine(neu));
        }
        compareLists(functions(old, oldLanguage), functions(neu, newLanguage), Change.FUNCTION, FUNCTION_THRESHOLD,
                path, this::compareFunction);
    }

    private void compareFunction(Part<LaborFunction> old, Part<LaborFunction> neu, String path) {
        if (!Objects.equals(old.code(), neu.code())) {
            log.valueChanged(Change.CODE_CHANGED, Change.FUNCTION, path, old.code(), neu.code(), 0, 0);
        }
        compareLists(units(old.element(), oldLanguage), units(neu.element(), newLanguage), Change.UNIT,
                UNIT_THRESHOLD, path, this::compareUnit);
    }

    private void compareUnit(Part<Unit> old, Part<Unit> neu, String path) {
        Unit o = old.element();
        Unit n = neu.element();
        compareItems(o.actions(), n.actions(), "actions", path);
        compareItems(o.abilities(), n.abilities(), "abilities", path);
        compareItems(o.knowledge(), n.knowledge(), "knowledge", path);
    }

    private void compareItems(List<Item> olds, List<Item> news, String list, String path) {
        compareLists(items(olds, list, oldLanguage), items(news, list, newLanguage), Change.ITEM, ITEM_THRESHOLD,
                path, (o, n, p) -> { });
    }

    /** What to compare inside a pair of elements, given the path that names the pair. */
    private interface Inside<T> {
        void compare(Part<T> old, Part<T> neu, String path);
    }

    /** Pairs two lists, reports additions, removals, moves and rewordings, and descends into each pair. */
    private <T> void compareLists(List<Part<T>> olds, List<Part<T>> news, String level, double threshold,
            String parentPath, Inside<T> inside) {
        Pairing pairing = Pairing.of(olds, news, EditionDiffer::score, threshold);
        List<Pairing.Pair> moved = pairing.moved();
        for (Pairing.Pair p : pairing.pairs()) {
            Part<T> old = olds.get(p.first());
            Part<T> neu = news.get(p.second());
            String path = parentPath + " › " + neu.label();
            if (moved.contains(p)) {
                log.moved(level, path + " (was " + (old.index() + 1) + ")", neu.text(), old.line(), neu.line());
            }
            log.rewordedIfDifferent(level, path, old.name(), neu.name(), old.line(), neu.line());
            inside.compare(old, neu, path);
        }
        for (int j : pairing.onlyInSecond()) {
            log.added(level, parentPath + " › " + news.get(j).label(), news.get(j).text(), news.get(j).line());
        }
        for (int i : pairing.onlyInFirst()) {
            log.removed(level, parentPath + " › " + olds.get(i).label(), olds.get(i).text(), olds.get(i).line());
        }
    }

    /** Items by their text; functions and units by name and content, with a bonus for a shared code. */
    static double score(Part<?> a, Part<?> b) {
        if (a.content() == a.name() && b.content() == b.name()) {
            return Similarity.score(a.name(), b.name());
        }
        double score = NAME_WEIGHT * Similarity.score(a.name(), b.name())
                + (1 - NAME_WEIGHT) * Similarity.score(a.content(), b.content());
        return a.code() != null && a.code().equals(b.code()) ? score + SAME_CODE_BONUS : score;
    }

    private static List<Part<LaborFunction>> functions(Card card, String language) {
        List<Part<LaborFunction>> parts = new ArrayList<>();
        for (int i = 0; i < card.functions().size(); i++) {
            LaborFunction f = card.functions().get(i);
            parts.add(new Part<>(f, i, Describe.function(f, i), f.name(), 0, f.code(), TextProfile.of(f.name(), language),
                    TextProfile.of(Describe.functionContent(f), language)));
        }
        return parts;
    }

    private static List<Part<Unit>> units(LaborFunction function, String language) {
        List<Part<Unit>> parts = new ArrayList<>();
        for (int i = 0; i < function.units().size(); i++) {
            Unit u = function.units().get(i);
            // a RU unit is the labor function itself: its name is compared once, at the function
            String name = u.kind() == UnitKind.FUNCTION ? null : u.name();
            parts.add(new Part<>(u, i, Describe.unit(u, i), name, firstLine(u), null,
                    TextProfile.of(name, language), TextProfile.of(Describe.unitContent(u), language)));
        }
        return parts;
    }

    private static List<Part<Item>> items(List<Item> items, String list, String language) {
        List<Part<Item>> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            TextProfile text = TextProfile.of(item.text(), language);
            parts.add(new Part<>(item, i, list + " " + (i + 1), item.text(), item.line(), null, text, text));
        }
        return parts;
    }

    private static int firstLine(Unit unit) {
        for (List<Item> items : List.of(unit.actions(), unit.abilities(), unit.knowledge())) {
            if (!items.isEmpty()) {
                return items.get(0).line();
            }
        }
        return 0;
    }

    private static int startLine(Card card) {
        return card.span() == null ? 0 : card.span().startLine();
    }
}
