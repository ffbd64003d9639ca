package org.profstd.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void writesOneRowPerItemWithItsContextUnderAHeader() throws Exception {
        StringWriter out = new StringWriter();
        CsvExport.write(List.of(Samples.helpdesk()), out);
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFFstandard_code,standard_title,");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo(",Поддержка пользователей ИТ,KZ,ru,2,2025,3512-1-001,Специалист службы поддержки,4,,,"
                + "Поддержка пользователей,required,skill,Обработка обращений,ability,"
                + "\"Регистрировать обращения, \"\"срочные\"\" и плановые\",12");
        assertThat(lines.get(3)).endsWith(",knowledge,Основы ITIL,15");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void keepsAFormulaLookingCellAsText() {
        assertThat(CsvExport.quote("=SUM(A1)")).isEqualTo("\"'=SUM(A1)\"");
        assertThat(CsvExport.quote("plain")).isEqualTo("plain");
    }
}
