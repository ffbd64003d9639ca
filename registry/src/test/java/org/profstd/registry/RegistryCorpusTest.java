package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/** The whole shared corpus ingested into an empty registry, on a real (embedded) PostgreSQL. */
class RegistryCorpusTest {
    @TempDir
    static Path dir;
    static Registry registry;
    static final Map<Path, IngestReport> reports = new LinkedHashMap<>();

    @BeforeAll
    static void ingestTheCorpus() {
        registry = Registry.embedded(dir.resolve("data"), "tester");
        for (Path file : RegistryFixture.corpusFiles()) {
            reports.put(file, registry.ingest(file));
        }
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void everyDocumentTheReaderReadsIsStoredAndEveryOtherRefusedWithTheReadersReason() {
        for (Path file : RegistryFixture.corpusFiles()) {
            IngestReport report = reports.get(file);
            try {
                ParseResult parsed = Standards.parse(file);
                assertThat(report.status()).as(file.toString()).isEqualTo(IngestReport.Status.STORED);
                assertThat(report.standards()).hasSize(parsed.standards().size());
                assertThat(report.sha256()).isEqualTo(parsed.source().sha256());
            } catch (UnreadableDocumentException e) {
                assertThat(report.status()).as(file.toString()).isEqualTo(IngestReport.Status.REFUSED);
                assertThat(report.message()).isEqualTo(e.getMessage());
            }
        }
        assertThat(reports.get(RegistryFixture.seed("002")).standards()).hasSize(14);
    }

    @Test
    void everyStandardIsListedOnceWithItsCurrentEdition() {
        List<StandardSummary> standards = registry.list();
        Set<String> codes = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (StandardSummary s : standards) {
            if (s.code() != null) {
                assertThat(codes.add(s.jurisdiction() + " " + s.code())).as("code listed twice: " + s.code()).isTrue();
            }
            if (s.title() != null) {
                assertThat(titles.add(s.jurisdiction() + " " + s.language() + " "
                        + StandardIdentity.normalisedTitle(s.title()))).as("title listed twice: " + s.title()).isTrue();
            }
            assertThat(s.edition().status()).isEqualTo("current");
        }
        assertThat(standards.stream().map(StandardSummary::id).distinct()).hasSize(standards.size());
        long storedStandards = reports.values().stream().flatMap(r -> r.standards().stream())
                .map(IngestReport.StandardOutcome::standardId).distinct().count();
        assertThat(standards).hasSize((int) storedStandards);
    }

    @Test
    void showReturnsWhatParseReturnedForEachCurrentStandardFromItsJsonAndFromItsTables() throws Exception {
        int compared = 0;
        for (Map.Entry<Path, IngestReport> entry : reports.entrySet()) {
            if (entry.getValue().status() != IngestReport.Status.STORED) {
                continue;
            }
            ParseResult parsed = Standards.parse(entry.getKey());
            List<IngestReport.StandardOutcome> outcomes = entry.getValue().standards();
            for (int i = 0; i < outcomes.size(); i++) {
                IngestReport.StandardOutcome o = outcomes.get(i);
                if (o.outcome() == IngestReport.Outcome.KNOWN_EDITION || !isShown(o)) {
                    continue;
                }
                Standard expected = parsed.standards().get(i);
                assertThat(registry.show(o.standardId())).as(entry.getKey() + " #" + i).isEqualTo(expected);
                assertThat(registry.showFromTables(o.standardId())).as(entry.getKey() + " #" + i).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theDocumentIsKeptWithItsBytesAndTheLinesItemsPointTo() throws Exception {
        Path seed = RegistryFixture.seed("003");
        IngestReport report = reports.get(seed);
        byte[] bytes = Files.readAllBytes(seed);
        String sha = report.sha256();
        assertThat(RegistryFixture.count(registry,
                "select length(content) from source_document where sha256 = '" + sha + "'")).isEqualTo(bytes.length);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertThat(RegistryFixture.count(registry, "select count(*) from source_line l join source_document d"
                + " on d.id = l.document_id where d.sha256 = '" + sha + "'")).isEqualTo(lines.size());
        assertThat(RegistryFixture.count(registry, "select count(*) from diagnostic g join source_document d"
                + " on d.id = g.document_id where d.sha256 = '" + sha + "'"))
                .isEqualTo(Standards.parse(seed).diagnostics().size());
    }

    @Test
    void ingestingTheCorpusAgainChangesNothing() throws Exception {
        Map<String, Long> before = RegistryFixture.census(registry);
        for (Path file : RegistryFixture.corpusFiles()) {
            IngestReport again = registry.ingest(file);
            IngestReport.Status expected = reports.get(file).status() == IngestReport.Status.REFUSED
                    ? IngestReport.Status.REFUSED : IngestReport.Status.UNCHANGED;
            assertThat(again.status()).as(file.toString()).isEqualTo(expected);
        }
        assertThat(RegistryFixture.census(registry)).isEqualTo(before);
    }

    @Test
    void aBrokenDocumentIsRefusedWithItsReasonAndTheRegistryIsUnchanged() throws Exception {
        Map<String, Long> before = RegistryFixture.census(registry);
        Path notAStandard = dir.resolve("minutes.txt");
        Files.writeString(notAStandard, "Протокол собрания\nПрисутствовали: 5 человек\n");
        Path damaged = dir.resolve("damaged.docx");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 0, 0, 'w', 'o', 'r', 'd', '/', 1, 2});
        IngestReport refused = registry.ingest(notAStandard);
        assertThat(refused.status()).isEqualTo(IngestReport.Status.REFUSED);
        assertThat(refused.message()).isEqualTo("minutes.txt: not a professional standard (no template family recognised)");
        assertThat(registry.ingest(damaged).status()).isEqualTo(IngestReport.Status.REFUSED);
        IngestReport missing = registry.ingest(dir.resolve("absent.txt"));
        assertThat(missing.message()).startsWith("no such file: ");
        assertThat(RegistryFixture.census(registry)).isEqualTo(before);
    }

    @Test
    void theAmendingOrderOfSeed002IsRecordedAsAnAmendmentOfOrder569() throws Exception {
        assertThat(RegistryFixture.count(registry, """
                select count(*) from legal_act a join legal_act m on m.id = a.amends_id
                where a.number = '209/НК' and a.act_date = '2026-04-20' and a.kind = 'amendment'
                and m.number = '569/НК' and m.act_date = '2025-11-10'""")).isEqualTo(1);
        long standardOf002 = reports.get(RegistryFixture.seed("002")).standards().get(0).standardId();
        HistoryEntry.Act act = registry.history(standardOf002).get(registry.history(standardOf002).size() - 1).act();
        assertThat(act.number()).isEqualTo("209/НК");
        assertThat(act.amendsNumber()).isEqualTo("569/НК");
        assertThat(act.amendsDate()).isEqualTo("2025-11-10");
    }

    @Test
    void userSupportVersion1Of2019IsSupersededByVersion2Of2025FromOrder209() throws Exception {
        Standard v1 = Standards.parse(RegistryFixture.seed("000")).standards().get(0);
        assertThat(v1.title()).isEqualTo("Поддержка пользователей ИТ");
        assertThat(Standards.parse(RegistryFixture.seed("002")).standards()).extracting(Standard::title)
                .contains("Поддержка пользователей ИТ");
        IngestReport.StandardOutcome old = reports.get(RegistryFixture.seed("000")).standards().get(0);
        List<IngestReport.StandardOutcome> newer = reports.get(RegistryFixture.seed("002")).standards().stream()
                .filter(o -> o.standardId() == old.standardId()).toList();
        assertThat(newer).as("seed 002 carries a new edition of the standard of seed 000").hasSize(1);
        // the DOCX of version 1 (it-user-support.docx, appendix 45 to order 259) is the same standard too
        IngestReport.StandardOutcome docx = reports.get(RegistryFixture.corpus().resolve("kz-docx/it-user-support.docx"))
                .standards().get(0);
        assertThat(docx.standardId()).isEqualTo(old.standardId());
        // ... and the same published edition (version 1 of 2019): one edition read from two documents
        assertThat(docx.editionId()).isEqualTo(old.editionId());
        List<HistoryEntry> history = registry.history(old.standardId());
        assertThat(history).extracting(HistoryEntry::editionId)
                .containsExactly(old.editionId(), newer.get(0).editionId());
        assertThat(history.get(0).year()).isEqualTo(2019);
        assertThat(history.get(0).status()).isEqualTo("superseded");
        assertThat(history.get(1).year()).isEqualTo(2025);
        assertThat(history.get(1).status()).isEqualTo("current");
        assertThat(history.get(1).act().number()).isEqualTo("209/НК");
        assertThat(registry.show(old.standardId()).title()).isEqualTo("Поддержка пользователей ИТ");
    }

    @Test
    void theTwoEditionsOf06001AreOneStandardWithThe2022EditionCurrent() {
        IngestReport older = reports.get(RegistryFixture.corpus().resolve("ru-xml/06.001-2013.xml"));
        IngestReport newer = reports.get(RegistryFixture.corpus().resolve("ru-xml/06.001-2022.xml"));
        assertThat(older.status()).isEqualTo(IngestReport.Status.STORED);
        assertThat(newer.status()).isEqualTo(IngestReport.Status.STORED);
        long id = newer.standards().get(0).standardId();
        assertThat(older.standards().get(0).standardId()).isEqualTo(id);
        List<HistoryEntry> history = registry.history(id);
        assertThat(history).extracting(HistoryEntry::status).containsExactly("superseded", "current");
        assertThat(history.get(1).year()).isEqualTo(2022);
        assertThat(registry.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow().edition().id())
                .isEqualTo(history.get(1).editionId());
    }

    private static boolean isShown(IngestReport.StandardOutcome o) {
        List<StandardSummary> standards = registry.list();
        return standards.stream().anyMatch(s -> s.id() == o.standardId() && s.edition().id() == o.editionId());
    }

    static List<Path> stored() {
        List<Path> files = new ArrayList<>();
        reports.forEach((file, report) -> {
            if (report.status() == IngestReport.Status.STORED) {
                files.add(file);
            }
        });
        return files;
    }
}
