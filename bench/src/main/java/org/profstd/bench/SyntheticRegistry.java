package org.profstd.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.profstd.bench.CorpusVocabulary.ItemKind;
import org.profstd.bench.CorpusVocabulary.Pool;
import org.profstd.bench.CorpusVocabulary.Template;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.search.index.IndexedStandard;

/**
 * A registry of made-up standards that index and query like real ones. Each synthetic standard takes a real standard
 * of the corpus as its topic and has as many cards as the topic has; each card copies the shape of one real card of
 * the topic (level, number of functions, units per function, items per list) and fills it with texts recombined from
 * the corpus: function names and items drawn mostly from the topic's own pool (so the words of one profession stay
 * together, as in a real registry) and partly from the pool of every standard in the same language; a card name may
 * get one of the topic's function names as a specialisation. A fifth of the standards take a Kazakh topic. The random
 * seed is fixed: the same corpus always gives the same registry.
 */
final class SyntheticRegistry {
    static final long SEED = 20_240_601L;
    /** How often an item or function name comes from the topic standard rather than from the whole language. */
    private static final double FROM_TOPIC = 0.75;
    /** How often a card name gets a specialisation (a function name of its topic) in brackets. */
    private static final double SPECIALISED = 0.3;
    /**
     * Kazakhstan publishes its standards in Kazakh and in Russian, but the corpus holds few Kazakh texts; a registry
     * would have far more of them than the corpus's share, so one standard in five is written in Kazakh.
     */
    static final double KAZAKH_SHARE = 0.2;
    private static final String YEAR = "2025";

    private final CorpusVocabulary vocabulary;
    private final Random random;

    SyntheticRegistry(CorpusVocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.random = new Random(seed);
    }

    /** Standards holding exactly {@code cardCount} cards in all, as current editions. */
    List<IndexedStandard> generate(int cardCount) {
        List<IndexedStandard> editions = new ArrayList<>();
        int made = 0;
        while (made < cardCount) {
            Template topic = pick(vocabulary.templates(language()));
            Pool pool = vocabulary.ofStandard(topic.standard());
            int size = Math.min(cardCount - made, pool.templates().size());
            String code = String.format(Locale.ROOT, "SYN-%06d", editions.size() + 1);
            editions.add(new IndexedStandard(code, code + "@" + YEAR, IndexedStandard.CURRENT,
                    standard(topic.standard(), code, pool, size)));
            made += size;
        }
        return editions;
    }

    private Language language() {
        boolean kazakh = !vocabulary.templates(Language.KK).isEmpty() && random.nextDouble() < KAZAKH_SHARE;
        return kazakh ? Language.KK : Language.RU;
    }

    private Standard standard(Standard topic, String code, Pool pool, int size) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cards.add(card(pool.templates().get(i).card(), pool, vocabulary.ofLanguage(language(topic))));
        }
        String title = topic.title() + pickOr(pool.functionNames(), "", name -> ": " + lowerFirst(name));
        return new Standard(title, code, null, topic.jurisdiction(), topic.language(), topic.format(), null,
                Integer.valueOf(YEAR), null, topic.description(), topic.activity(), topic.purpose(), topic.okedCodes(),
                topic.okzCodes(), List.of(), List.of(), topic.span(), cards);
    }

    private Card card(Card template, Pool topic, Pool language) {
        String name = random.nextDouble() < SPECIALISED
                ? template.name() + pickOr(topic.functionNames(), "", f -> " (" + lowerFirst(f) + ")")
                : template.name();
        List<LaborFunction> functions = new ArrayList<>();
        for (LaborFunction function : template.functions()) {
            functions.add(function(function, topic, language));
        }
        return new Card(name, template.code(), template.groupCode(), template.level(), template.sublevel(), List.of(),
                List.of(), template.goal(), template.education(), template.experience(), null, template.span(),
                functions, List.of(), List.of());
    }

    private LaborFunction function(LaborFunction template, Pool topic, Pool language) {
        List<Unit> units = new ArrayList<>();
        for (Unit unit : template.units()) {
            units.add(new Unit(unit.kind(), unit.name(), unit.recognition(),
                    items(unit.actions(), ItemKind.ACTION, topic, language),
                    items(unit.abilities(), ItemKind.ABILITY, topic, language),
                    items(unit.knowledge(), ItemKind.KNOWLEDGE, topic, language)));
        }
        List<String> names = random.nextDouble() < FROM_TOPIC ? topic.functionNames() : language.functionNames();
        String name = pickOr(names, template.name(), Function.identity());
        return new LaborFunction(name, template.code(), template.kind(), units);
    }

    /** As many items as the template list, each keeping the template item's line, with recombined texts. */
    private List<Item> items(List<Item> template, ItemKind kind, Pool topic, Pool language) {
        List<Item> items = new ArrayList<>(template.size());
        for (Item item : template) {
            List<String> texts = random.nextDouble() < FROM_TOPIC ? topic.texts(kind) : language.texts(kind);
            items.add(new Item(texts.isEmpty() ? item.text() : pick(texts), item.line()));
        }
        return items;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A value picked and shaped, or the fallback when there is nothing to pick from. */
    private String pickOr(List<String> values, String fallback, Function<String, String> shape) {
        return values.isEmpty() ? fallback : shape.apply(pick(values));
    }

    private static Language language(Standard standard) {
        return standard.language() == Language.KK ? Language.KK : Language.RU;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
