package org.profstd.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.profstd.analysis.equivalence.Equivalence;
import org.profstd.analysis.equivalence.EquivalenceFinder;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryException;
import org.profstd.registry.StandardSummary;

/**
 * Kazakh and Russian standards of the same occupation, as {@code profstd equivalence} pairs two documents: two
 * editions of the registry compared, and, for a standard's page, the standards of the other jurisdiction related to
 * an edition.
 *
 * <p>The similar standards of an edition are found by comparing it with the edition in force of every standard of the
 * other jurisdiction written in Russian (wording in Kazakh cannot be compared with Russian wording). An edition never
 * changes once stored, so the figures of each pair of editions are kept once computed: a page asks again at the cost of
 * one listing of the registry, and a new edition or a withdrawal shows at once because the listing is read every time.
 */
public final class Equivalences {
    /** Pairs of editions kept at most; far above what a registry of a few thousand standards asks for. */
    static final int MAX_KEPT = 50_000;
    private final Registry registry;
    private final Map<String, PairFigures> kept = new ConcurrentHashMap<>();

    public Equivalences(Registry registry) {
        this.registry = registry;
    }

    /** The figures of one comparison that a list of similar standards shows. */
    private record PairFigures(boolean related, int kzShared, int kzFunctions, int ruShared, int ruFunctions,
            int pairs, List<String> sharedOccupationGroups) {
    }

    /**
     * Two editions compared, given in either order: one must hold a Kazakh standard and the other a Russian one.
     *
     * @throws RegistryException not found for an unknown edition; invalid when the two are not a KZ and an RU standard
     */
    public Equivalence compare(long firstEditionId, long secondEditionId) {
        return view(firstEditionId, secondEditionId).equivalence();
    }

    /** {@link #compare} with the editions and the counts of shared functions, for a page. */
    public EquivalenceView view(long firstEditionId, long secondEditionId) {
        EditionSnapshot first = registry.edition(firstEditionId);
        EditionSnapshot second = registry.edition(secondEditionId);
        boolean firstIsKz = first.standard().jurisdiction() == Jurisdiction.KZ;
        return view(firstIsKz ? first : second, firstIsKz ? second : first);
    }

    private static EquivalenceView view(EditionSnapshot kz, EditionSnapshot ru) {
        Equivalence e;
        try {
            e = EquivalenceFinder.compare(kz.sourceFile(), kz.standard(), ru.sourceFile(), ru.standard());
        } catch (IllegalArgumentException wrongPair) {
            throw new RegistryException(RegistryException.Kind.INVALID, wrongPair.getMessage());
        }
        int kzFunctions = kzFunctions(kz.standard());
        int ruFunctions = ruFunctions(ru.standard());
        return new EquivalenceView(kz, ru, e, kzFunctions - e.onlyKz().size(), kzFunctions,
                ruFunctions - e.onlyRu().size(), ruFunctions);
    }

    /** The standards of a jurisdiction a comparison can pick: those not withdrawn. */
    public List<StandardSummary> standards(Jurisdiction jurisdiction) {
        return StandardChoices.inForce(registry, jurisdiction);
    }

    /**
     * The standards of the other jurisdiction related to edition {@code editionId}, the most functions shared first.
     * An edition in Kazakh is compared with nothing ({@link SimilarStandards#comparable()} is false): its Russian text,
     * when the registry has one, is what to ask about.
     */
    public SimilarStandards similar(long editionId) {
        EditionSnapshot edition = registry.edition(editionId);
        Standard standard = edition.standard();
        Jurisdiction other = standard.jurisdiction() == Jurisdiction.KZ ? Jurisdiction.RU : Jurisdiction.KZ;
        if (!russian(standard.language())) {
            return new SimilarStandards(editionId, other, false, 0, List.of());
        }
        int compared = 0;
        List<SimilarStandard> similar = new ArrayList<>();
        for (StandardSummary s : registry.list()) {
            if (!other.value().equals(s.jurisdiction()) || !russian(Language.of(s.language())) || s.edition() == null
                    || "withdrawn".equals(s.edition().status())) {
                continue;
            }
            compared++;
            PairFigures figures = figures(edition, s.edition().id());
            if (figures.related()) {
                similar.add(new SimilarStandard(s.id(), s.edition().id(), s.title(), s.code(), s.jurisdiction(),
                        s.edition().year(), figures.kzShared(), figures.kzFunctions(), figures.ruShared(),
                        figures.ruFunctions(), figures.pairs(), figures.sharedOccupationGroups()));
            }
        }
        similar.sort(Comparator.comparingInt((SimilarStandard s) -> -Math.min(s.kzShared(), s.ruShared()))
                .thenComparing(s -> Objects.toString(s.code(), "")));
        return new SimilarStandards(editionId, other, true, compared, similar);
    }

    private PairFigures figures(EditionSnapshot edition, long otherEditionId) {
        boolean kzFirst = edition.standard().jurisdiction() == Jurisdiction.KZ;
        String key = kzFirst ? edition.editionId() + ":" + otherEditionId : otherEditionId + ":" + edition.editionId();
        PairFigures known = kept.get(key);
        if (known != null) {
            return known;
        }
        EditionSnapshot other = registry.edition(otherEditionId);
        EquivalenceView v = kzFirst ? view(edition, other) : view(other, edition);
        Equivalence e = v.equivalence();
        PairFigures figures = new PairFigures(e.related(), v.kzShared(), v.kzFunctions(), v.ruShared(),
                v.ruFunctions(), e.pairs().size(), e.sharedOccupationGroups());
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, figures);
        return figures;
    }

    /** The KZ labor functions by name: the same function on several levels of one profession is one. */
    private static int kzFunctions(Standard kz) {
        return (int) kz.cards().stream().flatMap(c -> c.functions().stream()).map(LaborFunction::name).distinct()
                .count();
    }

    private static int ruFunctions(Standard ru) {
        return ru.cards().stream().mapToInt(c -> c.functions().size()).sum();
    }

    private static boolean russian(Language language) {
        return language == null || language == Language.RU;
    }
}
