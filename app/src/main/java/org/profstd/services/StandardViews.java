package org.profstd.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.profstd.registry.EditionEntry;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.HistoryEntry;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryException;

/** Assembles what a standard's page shows: its editions with their years, the shown one, its translations. */
public final class StandardViews {
    private final Registry registry;

    public StandardViews(Registry registry) {
        this.registry = registry;
    }

    /**
     * The standard {@code standardId} (followed through merges: the view names the standard it joined) showing
     * {@code editionId}, or its edition in force when that is null; not found for an unknown id or an edition of
     * another standard.
     */
    public StandardView view(long standardId, Long editionId) {
        StandardDetail detail = new Catalog(registry).standard(standardId);
        List<EditionLine> lines = detail.editions().stream().map(EditionLine::of).toList();
        long wanted = editionId != null ? editionId : detail.standard().edition().id();
        EditionLine shownLine = lines.stream().filter(l -> l.editionId() == wanted).findFirst()
                .orElseThrow(() -> new RegistryException(RegistryException.Kind.NOT_FOUND,
                        "standard " + standardId + " has no edition " + wanted));
        EditionSnapshot shown = registry.edition(wanted);
        return new StandardView(detail.standard(), lines, shown, shownLine, translations(detail, shownLine),
                registry.withdrawnAt(wanted).orElse(null));
    }

    /**
     * The shown edition in the other languages: an edition of the same standard with the same year and version, or
     * of another standard of the same jurisdiction published by the same act with the same code (or, when either
     * has none, the same number of cards).
     */
    private List<Translation> translations(StandardDetail detail, EditionLine shown) {
        HistoryEntry entry = shown.entry();
        List<Translation> found = new ArrayList<>();
        for (EditionLine other : detail.editions().stream().map(EditionLine::of).toList()) {
            HistoryEntry e = other.entry();
            if (!Objects.equals(e.language(), entry.language()) && Objects.equals(other.year(), shown.year())
                    && Objects.equals(e.version(), entry.version())) {
                found.add(new Translation(detail.standard().id(), e.editionId(), e.language(), e.title()));
            }
        }
        if (entry.act() == null) {
            return found;
        }
        for (EditionEntry e : registry.sameActOtherLanguage(entry.editionId())) {
            found.add(new Translation(e.standardId(), e.editionId(), e.language(), e.title()));
        }
        return found;
    }
}
