package org.profstd.search.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Unit;
import org.profstd.search.CardRef;
import org.profstd.search.StandardRef;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.Entries;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.QueryFactory;
import org.profstd.search.index.StandardIndex;

/**
 * The cards of the indexed editions with their requirements analysed, and how rare each term is among all
 * requirements (a shared rare word is better evidence than a shared common one).
 */
final class CardCatalog {
    private final Map<String, CatalogCard> cards = new LinkedHashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int requirementCount;

    record CatalogCard(IndexedStandard edition, StandardRef standard, CardRef card, String language,
            Set<String> nameTerms, Set<String> titleTerms, List<Requirement> requirements) {
    }

    static CardCatalog build(StandardIndex index) {
        CardCatalog catalog = new CardCatalog();
        for (IndexedStandard edition : index.editions()) {
            catalog.addEdition(edition, index.analysis());
        }
        return catalog;
    }

    private void addEdition(IndexedStandard edition, Analysis analysis) {
        var s = edition.standard();
        String language = s.language() == null ? Analysis.RU : s.language();
        StandardRef standard = new StandardRef(edition.standardId(), s.title(), s.code());
        for (int i = 0; i < s.cards().size(); i++) {
            Card card = s.cards().get(i);
            CardRef ref = new CardRef(edition.cardId(i + 1), card.name(), card.level());
            List<Requirement> requirements = requirements(card, language, analysis);
            requirements.forEach(r -> r.terms().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
            requirementCount += requirements.size();
            Set<String> nameTerms = terms(card.name() == null ? "" : card.name(), language, analysis);
            Set<String> titleTerms = terms(s.title() == null ? "" : s.title(), language, analysis);
            cards.put(ref.id(), new CatalogCard(edition, standard, ref, language, nameTerms, titleTerms,
                    requirements));
        }
    }

    private static List<Requirement> requirements(Card card, String language, Analysis analysis) {
        List<Requirement> requirements = new ArrayList<>();
        for (LaborFunction function : card.functions()) {
            for (Unit unit : function.units()) {
                add(requirements, unit.actions(), Entries.ACTION, language, analysis);
                add(requirements, unit.abilities(), Entries.ABILITY, language, analysis);
                add(requirements, unit.knowledge(), Entries.KNOWLEDGE, language, analysis);
            }
        }
        return requirements;
    }

    private static void add(List<Requirement> to, List<Item> items, String kind, String language, Analysis analysis) {
        for (Item item : items) {
            Set<String> terms = terms(item.text(), language, analysis);
            if (!terms.isEmpty()) {
                to.add(new Requirement(item.text(), kind, terms));
            }
        }
    }

    private static Set<String> terms(String text, String language, Analysis analysis) {
        return new LinkedHashSet<>(QueryFactory.terms(analysis.index(language), "text", text));
    }

    CatalogCard card(String cardId) {
        return cards.get(cardId);
    }

    /** Inverse document frequency of a term over all requirements; unseen terms count as rare. */
    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1.0 + (requirementCount + 1.0) / (df + 1.0));
    }
}
