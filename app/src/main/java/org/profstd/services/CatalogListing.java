package org.profstd.services;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.profstd.model.Card;
import org.profstd.model.Standard;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;

/**
 * The catalog of standards as people browse it: filtered, sorted and paged, with a count for every value of every
 * filter, so each count can be a link.
 */
public final class CatalogListing {
    /** The facet dimensions, in the order a page shows them; also the names of their query parameters. */
    public static final List<String> DIMENSIONS = List.of("jurisdiction", "language", "status", "level", "oked", "okz");
    /** Facets of codes group them by their first two digits (an OKED division, an ОКЗ sub-major group). */
    private static final int CODE_PREFIX = 2;
    private final Registry registry;

    public CatalogListing(Registry registry) {
        this.registry = registry;
    }

    public CatalogPage page(CatalogQuery query) {
        Map<Long, Standard> shown = registry.editions().stream()
                .collect(Collectors.toMap(EditionSnapshot::editionId, EditionSnapshot::standard));
        List<Listed> all = registry.list().stream().map(s -> new Listed(s, shown.get(s.edition().id())))
                .filter(l -> l.standard() != null).toList();
        List<Listed> passed = all.stream().filter(l -> query.filter().accepts(l.summary(), l.standard()))
                .sorted(order(query.sort())).toList();
        List<CatalogEntry> page = passed.stream().skip(query.offset()).limit(query.limit()).map(Listed::entry).toList();
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            StandardFilter others = query.filter().without(dimension);
            facets.put(dimension, counts(all.stream().filter(l -> others.accepts(l.summary(), l.standard())).toList(),
                    values(dimension)));
        }
        return new CatalogPage(passed.size(), query.limit(), query.offset(), page, facets);
    }

    /** Every edition with its status and content: what the home page counts. */
    public List<EditionSnapshot> editions() {
        return registry.editions();
    }

    private static Map<String, Integer> counts(List<Listed> standards, Function<Listed, List<String>> values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Listed l : standards) {
            values.apply(l).stream().distinct().forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        return counts;
    }

    private static Function<Listed, List<String>> values(String dimension) {
        return switch (dimension) {
            case "jurisdiction" -> l -> single(l.summary().jurisdiction());
            case "language" -> l -> single(l.summary().language());
            case "status" -> l -> single(l.summary().edition().status());
            case "level" -> l -> l.levels().stream().map(String::valueOf).toList();
            case "oked" -> l -> prefixes(l.standard().okedCodes());
            case "okz" -> l -> prefixes(l.standard().okzCodes());
            default -> throw new IllegalArgumentException("no facet " + dimension);
        };
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> prefixes(List<String> codes) {
        return codes.stream().filter(c -> c.length() >= CODE_PREFIX).map(c -> c.substring(0, CODE_PREFIX)).toList();
    }

    private static Comparator<Listed> order(String sort) {
        Comparator<Listed> byTitle = Comparator.comparing(l -> l.summary().title() == null ? "" : l.summary().title(),
                String.CASE_INSENSITIVE_ORDER);
        return switch (sort) {
            case "title" -> byTitle;
            case "year" -> Comparator.comparing((Listed l) -> l.summary().edition().year(),
                    Comparator.nullsLast(Comparator.<Integer>reverseOrder())).thenComparing(byTitle);
            case "cards" -> Comparator.comparingInt((Listed l) -> -l.summary().cards()).thenComparing(byTitle);
            default -> (a, b) -> 0; // the registry lists by jurisdiction and code already; the sort is stable
        };
    }

    private record Listed(StandardSummary summary, Standard standard) {
        List<Integer> levels() {
            return standard.cards().stream().map(Card::level).filter(java.util.Objects::nonNull).distinct().sorted()
                    .toList();
        }

        CatalogEntry entry() {
            return new CatalogEntry(summary, levels(), standard.okedCodes(), standard.okzCodes());
        }
    }
}
