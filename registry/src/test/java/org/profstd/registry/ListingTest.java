package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.model.Card;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.model.Standard;

/**
 * The catalog's listing in SQL, over the whole corpus: what each filter, order and facet gives is checked against the
 * same question asked of the editions' content read whole, so the SQL means what the catalog says.
 */
class ListingTest {
    @TempDir
    static Path dir;
    static Registry registry;
    /** The shown edition of every listed standard, read whole. */
    static Map<Long, Standard> shown;

    @BeforeAll
    static void ingestTheCorpus() {
        registry = Registry.embedded(dir.resolve("data"), "tester");
        RegistryFixture.corpusFiles().forEach(registry::ingest);
        Map<Long, Standard> byEdition = registry.editions().stream()
                .collect(Collectors.toMap(EditionSnapshot::editionId, EditionSnapshot::standard));
        shown = new TreeMap<>();
        registry.list().forEach(s -> shown.put(s.id(), byEdition.get(s.edition().id())));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void withoutAFilterEveryStandardIsListedInTheRegistrysOrder() {
        Listing all = registry.listing(ListingFilter.NONE, "code", 200, 0);
        assertThat(all.total()).isEqualTo(registry.list().size());
        assertThat(all.standards()).extracting(ListedStandard::summary).containsExactlyElementsOf(registry.list());
    }

    @Test
    void eachFilterListsTheStandardsWhoseShownEditionPassesIt() {
        expect(new ListingFilter("kz", null, null, null, null, null, null), s -> s.jurisdiction() == Jurisdiction.KZ);
        expect(new ListingFilter(null, "kk", null, null, null, null, null), s -> s.language() == Language.KK);
        expect(new ListingFilter(null, null, 3, null, null, null, null),
                s -> s.cards().stream().anyMatch(c -> Objects.equals(c.level(), 3)));
        expect(new ListingFilter(null, null, null, "62", null, null, null),
                s -> s.okedCodes().stream().anyMatch(c -> c.startsWith("62")));
        expect(new ListingFilter(null, null, null, null, null, "25", null),
                s -> s.okzCodes().stream().anyMatch(c -> c.startsWith("25")));
        // case and ё do not matter, in Cyrillic too (the cluster runs in the C locale)
        expect(new ListingFilter(null, null, null, null, null, null, "пРОграммн"),
                s -> contains(s.title(), "программн") || contains(s.activity(), "программн"));
        expect(new ListingFilter(null, null, null, null, null, null, "ТЕХНИЧЕСКОЙ ПОДДЕРЖКЕ"),
                s -> contains(s.title(), "технической поддержке") || contains(s.activity(), "технической поддержке"));
        // the words are words, not a pattern
        assertThat(registry.listing(new ListingFilter(null, null, null, null, null, null, "a.(*[\\"), "code", 10, 0)
                .total()).isZero();
        expect(new ListingFilter("RU", null, 6, null, "current", "25", null),
                s -> s.jurisdiction() == Jurisdiction.RU && s.okzCodes().stream().anyMatch(c -> c.startsWith("25"))
                        && s.cards().stream().anyMatch(c -> Objects.equals(c.level(), 6)));
    }

    @Test
    void theOccupationCodesOfTheRegistryXmlFindTheRussianStandards() {
        Listing it = registry.listing(new ListingFilter(null, null, null, null, null, "25", null), "title", 10, 0);
        assertThat(it.standards()).extracting(l -> l.summary().code()).containsExactly("06.001", "06.024");
        assertThat(it.standards().get(0).okzCodes()).allMatch(c -> c.startsWith("25") || c.length() == 4);
        assertThat(it.standards().get(0).levels()).isNotEmpty().isSorted();
    }

    @Test
    void ordersAndWindowsArePagesOfOneOrder() {
        List<ListedStandard> byCards = registry.listing(ListingFilter.NONE, "cards", 200, 0).standards();
        assertThat(byCards).extracting(l -> l.summary().cards()).isSortedAccordingTo((a, b) -> b - a);
        List<ListedStandard> byYear = registry.listing(ListingFilter.NONE, "year", 200, 0).standards();
        assertThat(byYear).extracting(l -> l.summary().edition().year()).filteredOn(Objects::nonNull)
                .isSortedAccordingTo((a, b) -> b - a);
        Listing second = registry.listing(ListingFilter.NONE, "cards", 5, 5);
        assertThat(second.total()).isEqualTo(byCards.size());
        assertThat(second.standards()).containsExactlyElementsOf(byCards.subList(5, 10));
        assertThatThrownBy(() -> registry.listing(ListingFilter.NONE, "size", 5, 0))
                .isInstanceOf(RegistryException.class).hasMessageContaining("code, title, year, cards");
    }

    @Test
    void aFacetCountsWhatEachValueGivesWithTheOtherFiltersKeptAndItsOwnLifted() {
        ListingFilter kzLevel5 = new ListingFilter("KZ", null, 5, null, null, null, null);
        Map<String, Integer> levels = registry.facet("level", kzLevel5);
        Map<String, Integer> expected = new TreeMap<>();
        shown.values().stream().filter(s -> s.jurisdiction() == Jurisdiction.KZ).forEach(s -> s.cards().stream()
                .map(Card::level).filter(Objects::nonNull).distinct()
                .forEach(l -> expected.merge(String.valueOf(l), 1, Integer::sum)));
        assertThat(levels).isEqualTo(expected);
        Map<String, Integer> okz = registry.facet("okz", ListingFilter.NONE);
        Map<String, Integer> okzExpected = new TreeMap<>();
        shown.values().forEach(s -> s.okzCodes().stream().filter(c -> c.length() >= 2).map(c -> c.substring(0, 2))
                .distinct().forEach(p -> okzExpected.merge(p, 1, Integer::sum)));
        assertThat(okz).isEqualTo(okzExpected).containsKey("25");
        assertThat(registry.facet("jurisdiction", kzLevel5)).containsKeys("KZ");
    }

    @Test
    void totalsCountTheCurrentEditionsCardsAndItems() {
        List<EditionSnapshot> current = registry.editions().stream().filter(e -> "current".equals(e.status())).toList();
        RegistryTotals totals = registry.totals();
        assertThat(totals.standards()).isEqualTo(current.stream().mapToLong(EditionSnapshot::standardId).distinct().count());
        assertThat(totals.cards()).isEqualTo(current.stream().mapToLong(e -> e.standard().cards().size()).sum());
        assertThat(totals.items()).isEqualTo(current.stream().flatMap(e -> e.standard().cards().stream())
                .flatMap(c -> c.functions().stream()).flatMap(f -> f.units().stream())
                .mapToLong(org.profstd.model.Unit::itemCount).sum());
        assertThat(registry.isEmpty()).isFalse();
        assertThat(registry.latestCurrent(3)).hasSize(3).allMatch(e -> "current".equals(e.status()))
                .extracting(EditionEntry::editionId).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(registry.editionEntries()).hasSize(registry.editions().size());
    }

    private static void expect(ListingFilter filter, Predicate<Standard> passes) {
        List<Long> expected = shown.entrySet().stream().filter(e -> passes.test(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
        List<Long> listed = registry.listing(filter, "code", 200, 0).standards().stream().map(l -> l.summary().id())
                .sorted().toList();
        assertThat(listed).as(filter.toString()).isNotEmpty().isEqualTo(expected);
    }

    private static boolean contains(String text, String words) {
        return text != null && text.toLowerCase(Locale.ROOT).replace('ё', 'е').contains(words);
    }
}
