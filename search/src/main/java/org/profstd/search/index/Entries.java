package org.profstd.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/** Breaks one edition of a standard into its searchable entries: the standard, its cards, functions, units and items. */
public final class Entries {
    public static final String ABILITY = "ability";
    public static final String KNOWLEDGE = "knowledge";
    public static final String ACTION = "action";

    private final IndexedStandard edition;
    private final List<Entry> entries = new ArrayList<>();

    private Entries(IndexedStandard edition) {
        this.edition = edition;
    }

    public static List<Entry> of(IndexedStandard edition) {
        Entries entries = new Entries(edition);
        entries.addStandard();
        return entries.entries;
    }

    private void addStandard() {
        Standard s = edition.standard();
        // the glossary belongs to the standard's own text: its terms are how the field names its things
        String glossary = s.terms().stream().map(t -> t.definition() == null ? t.term() : t.term() + " – " + t.definition())
                .reduce((a, b) -> a + "; " + b).orElse(null);
        String text = Stream.of(s.title(), s.description(), glossary).filter(Objects::nonNull)
                .reduce((a, b) -> a + ". " + b).orElse("");
        add(edition.editionId(), EntryType.STANDARD, null, text, null, codes(s.code()), startLine(s), s.title(),
                codes(s.code(), s.registrationNumber()));
        List<Card> cards = s.cards();
        for (int i = 0; i < cards.size(); i++) {
            addCard(cards.get(i), edition.cardId(i + 1));
        }
    }

    private void addCard(Card card, String cardId) {
        Entry.CardInfo info = new Entry.CardInfo(cardId, card.name(), card.level());
        List<String> codes = codes(edition.standard().code(), card.code(), card.groupCode());
        String text = Stream.concat(Stream.of(card.name()), Stream.concat(card.altNames().stream(),
                card.jobTitles().stream())).filter(Objects::nonNull).distinct().reduce((a, b) -> a + "; " + b)
                .orElse("");
        add(cardId, EntryType.CARD, null, text, info, codes, card.span() == null ? 0 : card.span().startLine(),
                card.name(), codes(card.code()));
        for (int f = 0; f < card.functions().size(); f++) {
            addFunction(card.functions().get(f), cardId + "/f" + (f + 1), info, codes);
        }
    }

    private void addFunction(LaborFunction function, String functionId, Entry.CardInfo card, List<String> cardCodes) {
        List<String> codes = function.code() == null ? cardCodes
                : Stream.concat(cardCodes.stream(), Stream.of(function.code())).toList();
        String kind = function.kind() == null ? null : function.kind().value();
        add(functionId, EntryType.FUNCTION, kind, function.name(), card, codes, firstLine(function), function.name(),
                codes(function.code()));
        for (int u = 0; u < function.units().size(); u++) {
            Unit unit = function.units().get(u);
            String unitId = functionId + "/u" + (u + 1);
            add(unitId, EntryType.UNIT, unit.kind().value(), unit.name(), card, codes, firstLine(unit), unit.name(),
                    List.of());
            addItems(unitId + "/a", ACTION, unit.actions(), card, codes);
            addItems(unitId + "/s", ABILITY, unit.abilities(), card, codes);
            addItems(unitId + "/k", KNOWLEDGE, unit.knowledge(), card, codes);
        }
    }

    private void addItems(String prefix, String kind, List<Item> items, Entry.CardInfo card, List<String> codes) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            add(prefix + (i + 1), EntryType.ITEM, kind, item.text(), card, codes, item.line(), item.text(), List.of());
        }
    }

    private void add(String id, EntryType type, String kind, String text, Entry.CardInfo card, List<String> codes,
            int line, String name, List<String> ownCodes) {
        if (text != null && !text.isBlank()) {
            entries.add(new Entry(id, type, kind, text, edition, card, codes, line, name == null ? text : name,
                    ownCodes));
        }
    }

    private static List<String> codes(String... codes) {
        return Stream.of(codes).filter(Objects::nonNull).filter(c -> !c.isBlank()).distinct().toList();
    }

    private static int startLine(Standard s) {
        return s.span() == null ? 0 : s.span().startLine();
    }

    private static int firstLine(LaborFunction function) {
        return function.units().stream().mapToInt(Entries::firstLine).filter(l -> l > 0).findFirst().orElse(0);
    }

    private static int firstLine(Unit unit) {
        return Stream.of(unit.actions(), unit.abilities(), unit.knowledge()).flatMap(List::stream)
                .mapToInt(Item::line).findFirst().orElse(0);
    }
}
