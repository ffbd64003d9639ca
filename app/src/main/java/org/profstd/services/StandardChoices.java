package org.profstd.services;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.profstd.model.Jurisdiction;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;

/** The standards a form offers to pick from: those not withdrawn, by jurisdiction, then code, then title. */
final class StandardChoices {
    private StandardChoices() {
    }

    /** @param jurisdiction the jurisdiction of the standards, or null for both */
    static List<StandardSummary> inForce(Registry registry, Jurisdiction jurisdiction) {
        return registry.list().stream()
                .filter(s -> s.edition() != null && !"withdrawn".equals(s.edition().status()))
                .filter(s -> jurisdiction == null || jurisdiction.value().equals(s.jurisdiction()))
                .sorted(Comparator.comparing((StandardSummary s) -> Objects.toString(s.jurisdiction(), ""))
                        .thenComparing(s -> Objects.toString(s.code(), "~"))
                        .thenComparing(s -> Objects.toString(s.title(), "")))
                .toList();
    }
}
