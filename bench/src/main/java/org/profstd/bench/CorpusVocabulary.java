package org.profstd.bench;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.search.index.IndexedStandard;

/**
 * What the synthetic registry is made of: the real cards of the corpus (as templates for the shape of a card) and the
 * texts of their functions, units and items, pooled per standard (a topic) and per language.
 */
final class CorpusVocabulary {
    /** The three item lists of a unit. */
    enum ItemKind { ACTION, ABILITY, KNOWLEDGE }

    /** A real card and the standard it belongs to. */
    record Template(Standard standard, Card card) {
    }

    /** The item texts of one standard, or of one language, by kind. */
    static final class Pool {
        private final Map<ItemKind, List<String>> texts = new LinkedHashMap<>();
        private final List<String> functionNames = new ArrayList<>();
        private final List<Template> templates = new ArrayList<>();

        private Pool() {
            for (ItemKind kind : ItemKind.values()) {
                texts.put(kind, new ArrayList<>());
            }
        }

        List<String> texts(ItemKind kind) {
            return texts.get(kind);
        }

        List<String> functionNames() {
            return functionNames;
        }

        /** The cards of the standard (empty for a language pool). */
        List<Template> templates() {
            return templates;
        }
    }

    private final Map<Language, List<Template>> templatesByLanguage = new LinkedHashMap<>();
    /** By identity: a standard's record hash walks its whole content. */
    private final Map<Standard, Pool> poolsByStandard = new IdentityHashMap<>();
    private final Map<Language, Pool> poolsByLanguage = new LinkedHashMap<>();

    private CorpusVocabulary() {
    }

    /** The vocabulary of parsed standards; cards without functions are no use as templates and are left out. */
    static CorpusVocabulary of(List<IndexedStandard> editions) {
        CorpusVocabulary vocabulary = new CorpusVocabulary();
        editions.forEach(edition -> vocabulary.add(edition.standard()));
        if (vocabulary.templates(Language.RU).isEmpty()) {
            throw new IllegalStateException("the corpus has no Russian card with functions to build a registry from");
        }
        return vocabulary;
    }

    private void add(Standard standard) {
        Language language = standard.language() == Language.KK ? Language.KK : Language.RU;
        Pool ofStandard = poolsByStandard.computeIfAbsent(standard, s -> new Pool());
        Pool ofLanguage = poolsByLanguage.computeIfAbsent(language, l -> new Pool());
        for (Card card : standard.cards()) {
            if (card.name() == null || card.functions().isEmpty()) {
                continue;
            }
            Template template = new Template(standard, card);
            templatesByLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(template);
            ofStandard.templates.add(template);
            for (LaborFunction function : card.functions()) {
                addFunction(function, ofStandard);
                addFunction(function, ofLanguage);
            }
        }
    }

    private static void addFunction(LaborFunction function, Pool pool) {
        if (function.name() != null) {
            pool.functionNames.add(function.name());
        }
        for (Unit unit : function.units()) {
            addItems(unit.actions(), pool.texts(ItemKind.ACTION));
            addItems(unit.abilities(), pool.texts(ItemKind.ABILITY));
            addItems(unit.knowledge(), pool.texts(ItemKind.KNOWLEDGE));
        }
    }

    private static void addItems(List<Item> items, List<String> to) {
        items.forEach(item -> to.add(item.text()));
    }

    List<Template> templates(Language language) {
        return templatesByLanguage.getOrDefault(language, List.of());
    }

    Pool ofStandard(Standard standard) {
        return poolsByStandard.get(standard);
    }

    Pool ofLanguage(Language language) {
        return poolsByLanguage.get(language);
    }
}
