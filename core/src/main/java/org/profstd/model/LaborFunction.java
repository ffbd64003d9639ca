package org.profstd.model;

import java.util.List;

/**
 * A labor function of a card.
 *
 * @param code a RU function code with Latin letters ({@code A/01.3}); null in KZ standards
 * @param kind required or additional in KZ standards; null where the document does not say
 */
public record LaborFunction(String name, @Nullable String code, @Nullable FunctionKind kind, List<Unit> units) {
    public LaborFunction {
        units = List.copyOf(units);
    }
}
