package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a database that cannot be used is "unavailable"; a fault of the code is reported as what it is. */
class RegistryFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aNullPointerInsideTheRegistryIsNotADatabaseThatCannotBeReached() {
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            assertThatThrownBy(() -> registry.ingest("nothing.txt", (byte[]) null))
                    .isInstanceOf(NullPointerException.class);
            assertThat(registry.list()).isEmpty();
        }
    }

    @Test
    void aDatabaseThatIsGoneIsUnavailable() {
        Registry registry = Registry.embedded(dir.resolve("data"), "tester");
        registry.close();
        assertThatThrownBy(registry::list).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.kind()).isEqualTo(RegistryException.Kind.UNAVAILABLE));
    }
}
