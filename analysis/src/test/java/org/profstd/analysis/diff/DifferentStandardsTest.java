package org.profstd.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.CorpusDocuments;
import org.profstd.analysis.StandardChoice;
import org.profstd.model.Standard;

class DifferentStandardsTest {
    private static Standard xml(String file) {
        Path path = CorpusDocuments.root().resolve("ru-xml").resolve(file);
        return CorpusDocuments.parse(path).standards().get(0);
    }

    @Test
    void theProgrammerAgainstTechnicalSupportIsSaidToBeTwoStandardsAndTheirLettersDoNotPairCards() {
        EditionDiff diff = EditionDiffer.diff("06.001-2013.xml", xml("06.001-2013.xml"), "06.024-2015.xml",
                xml("06.024-2015.xml"));
        assertThat(diff.sameStandard()).isFalse();
        assertThat(diff.warning()).startsWith("these are two different standards, not two editions of one:"
                + " \"Программист\" 06.001 and \"Специалист по технической поддержке информационно-коммуникационных"
                + " систем\" 06.024");
        // both have ОТФ A-D, but "Разработка и отладка программного кода" is not "Работа с первичными обращениями"
        assertThat(diff.cardMatches()).isEmpty();
        StringWriter text = new StringWriter();
        DiffText.print(diff, new PrintWriter(text));
        assertThat(text.toString()).contains("WARNING: these are two different standards");
        StringWriter html = new StringWriter();
        DiffHtml.print(diff, new PrintWriter(html));
        assertThat(html.toString()).contains("<p class=\"warning\" role=\"alert\"><strong>Warning:</strong> these are"
                + " two different standards");
    }

    @Test
    void twoEditionsOfOneStandardCarryNoWarning() {
        Standard old = CorpusDocuments.parse(CorpusDocuments.seed("000")).standards().get(0);
        Standard neu = StandardChoice.choose(CorpusDocuments.parse(CorpusDocuments.seed("002")), "J076");
        EditionDiff diff = EditionDiffer.diff("000", old, "002", neu);
        assertThat(diff.sameStandard()).isTrue();
        assertThat(diff.warning()).isNull();
        EditionDiff programmer = EditionDiffer.diff("2013", xml("06.001-2013.xml"), "2022", xml("06.001-2022.xml"));
        assertThat(programmer.sameStandard()).isTrue();
        assertThat(programmer.cardMatches()).hasSize(4);
    }
}
