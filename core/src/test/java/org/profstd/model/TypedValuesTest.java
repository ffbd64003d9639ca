package org.profstd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.profstd.json.CanonicalJson;

/** The fixed-set values of the model are written, stored and read back as the strings the canonical JSON holds. */
class TypedValuesTest {
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    @Test
    void eachValueIsWrittenAsItsJsonStringAndReadBackFromIt() throws JsonProcessingException {
        assertThat(JSON.writeValueAsString(UnitKind.SKILL)).isEqualTo("\"skill\"");
        assertThat(JSON.writeValueAsString(FunctionKind.ADDITIONAL)).isEqualTo("\"additional\"");
        assertThat(JSON.writeValueAsString(Jurisdiction.KZ)).isEqualTo("\"KZ\"");
        assertThat(JSON.writeValueAsString(Language.KK)).isEqualTo("\"kk\"");
        assertThat(JSON.readValue("\"task\"", UnitKind.class)).isEqualTo(UnitKind.TASK);
        assertThat(JSON.readValue("\"required\"", FunctionKind.class)).isEqualTo(FunctionKind.REQUIRED);
        assertThat(JSON.readValue("\"RU\"", Jurisdiction.class)).isEqualTo(Jurisdiction.RU);
        assertThat(JSON.readValue("\"ru\"", Language.class)).isEqualTo(Language.RU);
    }

    @Test
    void aStoredValueReadsAsTheSameConstantAndPrintsAsItself() {
        for (UnitKind k : UnitKind.values()) {
            assertThat(UnitKind.of(k.value())).isSameAs(k);
            assertThat(k).hasToString(k.value());
        }
        for (FunctionKind k : FunctionKind.values()) {
            assertThat(FunctionKind.of(k.value())).isSameAs(k);
        }
        for (Jurisdiction j : Jurisdiction.values()) {
            assertThat(Jurisdiction.of(j.value())).isSameAs(j);
        }
        for (Language l : Language.values()) {
            assertThat(Language.of(l.value())).isSameAs(l);
        }
        assertThat(UnitKind.written()).containsExactly("task", "skill", "function");
        assertThat(Jurisdiction.written()).containsExactly("KZ", "RU");
        assertThat(Language.written()).containsExactly("ru", "kk");
    }

    @Test
    void anAbsentValueReadsAsNullAndAnUnknownOneIsRefusedByName() {
        assertThat(FunctionKind.of(null)).isNull();
        assertThat(Language.of(null)).isNull();
        assertThatThrownBy(() -> Language.of("en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a standard is written in ru or kk, not en");
        assertThatThrownBy(() -> Jurisdiction.of("kz")).hasMessage("a jurisdiction is KZ or RU, not kz");
        assertThatThrownBy(() -> UnitKind.of("Task")).hasMessage("a unit is a task, a skill or a function, not Task");
        assertThatThrownBy(() -> FunctionKind.of("optional"))
                .hasMessage("a labor function is required or additional, not optional");
    }

    @Test
    void anUnknownLanguageIsAnalysedAsRussian() {
        assertThat(Language.codeOrRussian(null)).isEqualTo("ru");
        assertThat(Language.codeOrRussian(Language.KK)).isEqualTo("kk");
    }
}
