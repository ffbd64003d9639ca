package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.model.Standard;

/**
 * An edition's truth is its canonical JSON; its rows (cards down to items, lists of the passport) are a projection of
 * it, which the registry can rebuild from the JSON alone.
 */
class ContentProjectionTest {
    @TempDir
    Path dir;

    @Test
    void theRowsOfEveryEditionAreRebuiltFromItsJsonAsTheyWere() throws Exception {
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            registry.ingest(RegistryFixture.seed("003"));
            registry.ingest(RegistryFixture.corpus().resolve("ru-xml/06.024-2015.xml"));
            List<StandardSummary> standards = registry.list();
            assertThat(standards).isNotEmpty();
            List<Standard> fromTables = standards.stream().map(s -> registry.showFromTables(s.id())).toList();
            Map<String, Long> census = RegistryFixture.census(registry);
            long lastCard = RegistryFixture.count(registry, "select max(id) from card");

            assertThat(registry.rebuildContent()).isEqualTo(registry.editions().size());

            // every row was written again, and the same rows came back
            assertThat(RegistryFixture.count(registry, "select min(id) from card")).isGreaterThan(lastCard);
            assertThat(RegistryFixture.census(registry)).isEqualTo(census);
            for (int i = 0; i < standards.size(); i++) {
                long id = standards.get(i).id();
                assertThat(registry.showFromTables(id)).isEqualTo(fromTables.get(i)).isEqualTo(registry.show(id));
            }
        }
    }
}
