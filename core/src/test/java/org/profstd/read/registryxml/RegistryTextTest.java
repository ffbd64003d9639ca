package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.profstd.model.Item;

class RegistryTextTest {
    @Test
    void aLineBreakBeforeACapitalStartsANewItem() {
        assertThat(RegistryText.items("Регистрация обращений клиентов<br />Анализ обращений клиентов;", 7))
                .containsExactly(new Item("Регистрация обращений клиентов", 7), new Item("Анализ обращений клиентов", 7));
    }

    @Test
    void aLineBreakBeforeLowerCaseOnlyWrapsTheItem() {
        assertThat(RegistryText.items("Регламенты обработки обращений в структурное\r\nподразделение", 4))
                .containsExactly(new Item("Регламенты обработки обращений в структурное подразделение", 4));
        assertThat(RegistryText.items("программно-<BR>аппаратного обеспечения", 4))
                .containsExactly(new Item("программно-аппаратного обеспечения", 4));
    }

    @Test
    void eachItemKeepsTheLineItsTextBeginsOn() {
        assertThat(RegistryText.items("\n  Первое действие\n  Второе действие\n", 10))
                .containsExactly(new Item("Первое действие", 11), new Item("Второе действие", 12));
    }

    @Test
    void bulletsEntitiesAndDashesAreCleaned() {
        assertThat(RegistryText.items("- Основы &quot;1С&quot;&nbsp;предприятия<p>• Основы менеджмента</p>", 1))
                .extracting(Item::text).containsExactly("Основы \"1С\" предприятия", "Основы менеджмента");
        assertThat(RegistryText.items(" – ", 1)).isEmpty();
        assertThat(RegistryText.single("–")).isNull();
        assertThat(RegistryText.single("  ")).isNull();
        assertThat(RegistryText.single("Программист&#13;\n  (разработчик)")).isEqualTo("Программист (разработчик)");
    }
}
