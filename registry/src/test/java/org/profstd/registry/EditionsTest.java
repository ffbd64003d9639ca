package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.profstd.registry.Documents.approval;
import static org.profstd.registry.Documents.doc;
import static org.profstd.registry.Documents.standard;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.model.Language;
import org.profstd.registry.IngestReport.Outcome;
import org.profstd.registry.IngestReport.StandardOutcome;

/** Editions, statuses, links and withdrawal, on documents built by hand (each test uses its own standards). */
class EditionsTest {
    @TempDir
    static Path dir;
    static Registry registry;

    @BeforeAll
    static void open() {
        registry = Registry.embedded(dir.resolve("data"), "tester");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void aNewerEditionBecomesCurrentAndAnOlderOneArrivingLaterIsStoredAsSuperseded() throws Exception {
        StandardOutcome v2 = store(doc("helpdesk-v2.txt", approval("10/НК", "2019-03-01"),
                standard("Поддержка пользователей", null, "ru", "2", 2019, "Регистрировать обращения")));
        assertThat(v2.outcome()).isEqualTo(Outcome.NEW_STANDARD);
        assertThat(v2.status()).isEqualTo("current");
        StandardOutcome v10 = store(doc("helpdesk-v10.txt", approval("20/НК", "2025-05-01"),
                standard("«Поддержка пользователей».", "J076", "ru", "Версия 10", 2025, "Регистрировать обращения",
                        "Вести журнал")));
        assertThat(v10.standardId()).as("found by its title though it now has a code").isEqualTo(v2.standardId());
        assertThat(v10.outcome()).isEqualTo(Outcome.NEW_EDITION);
        assertThat(v10.status()).isEqualTo("current");
        StandardOutcome v1 = store(doc("helpdesk-v1.txt", approval("5/НК", "2017-01-01"),
                standard("Поддержка пользователей", "J076", "ru", "1", 2017, "Принимать звонки")));
        assertThat(v1.outcome()).isEqualTo(Outcome.NEW_EDITION);
        assertThat(v1.status()).isEqualTo("superseded");

        List<HistoryEntry> history = registry.history(v2.standardId());
        assertThat(history).extracting(HistoryEntry::editionId).containsExactly(v1.editionId(), v2.editionId(),
                v10.editionId());
        assertThat(history).extracting(HistoryEntry::status).containsExactly("superseded", "superseded", "current");
        assertThat(history).extracting(e -> e.act().number()).containsExactly("5/НК", "10/НК", "20/НК");
        assertThat(registry.show(v2.standardId()).version()).isEqualTo("Версия 10");
        StandardSummary listed = registry.list().stream().filter(s -> s.id() == v2.standardId()).findFirst()
                .orElseThrow();
        assertThat(listed.code()).isEqualTo("J076");
        assertThat(listed.edition()).isEqualTo(new StandardSummary.EditionRef(v10.editionId(), "Версия 10", 2025,
                "current"));
        assertThat(listed.cards()).isEqualTo(1);
    }

    @Test
    void theSameContentFromAnotherDocumentIsOneEditionWithTwoSources() throws Exception {
        StandardOutcome first = store(doc("06.900.txt", approval("100н", "2015-10-05"),
                standard("Оператор связи", "06.900", "ru", null, 2015, "Подключать абонентов")));
        Documents.Doc asXml = doc("06.900.xml", approval("100н", "2015-10-05"),
                standard("Оператор связи", "06.900", "ru", null, 2015, "Подключать абонентов"));
        StandardOutcome second = store(asXml);
        assertThat(second.outcome()).isEqualTo(Outcome.KNOWN_EDITION);
        assertThat(second.editionId()).isEqualTo(first.editionId());
        assertThat(RegistryFixture.count(registry, "select count(*) from edition_source where edition_id = "
                + first.editionId())).isEqualTo(2);
        assertThat(registry.history(first.standardId())).hasSize(1);
    }

    @Test
    void oneActReadFromATextWithoutYearAndFromRegistryXmlIsOneEditionInEitherOrder() throws Exception {
        // the text of order 688н prints no year or version; its registry XML carries the year; the readings differ
        StandardOutcome textFirst = store(doc("06.901.txt", approval("901н", "2015-10-05"),
                standard("Техник связи", "06.901", "ru", null, null, "Принимать обращения")));
        StandardOutcome xmlSecond = store(doc("06.901.xml", approval("901н", "2015-10-05"),
                standard("Техник связи", "06.901", "ru", null, 2015, "Принимать обращения клиентов")));
        assertThat(xmlSecond.outcome()).isEqualTo(Outcome.KNOWN_EDITION);
        assertThat(xmlSecond.editionId()).isEqualTo(textFirst.editionId());
        assertThat(registry.history(textFirst.standardId())).hasSize(1);

        StandardOutcome xmlFirst = store(doc("06.902.xml", approval("902н", "2016-02-01"),
                standard("Монтажник связи", "06.902", "ru", null, 2016, "Прокладывать кабель")));
        StandardOutcome textSecond = store(doc("06.902.txt", approval("902н", "2016-02-01"),
                standard("Монтажник связи", "06.902", "ru", null, null, "Прокладывать кабель связи")));
        assertThat(textSecond.outcome()).isEqualTo(Outcome.KNOWN_EDITION);
        assertThat(textSecond.editionId()).isEqualTo(xmlFirst.editionId());
        assertThat(RegistryFixture.count(registry, "select count(*) from edition_source where edition_id = "
                + xmlFirst.editionId())).isEqualTo(2);
        assertThat(registry.history(xmlFirst.standardId())).extracting(HistoryEntry::status).containsExactly("current");
    }

    @Test
    void anotherVersionUnderTheSameActIsAnotherEdition() throws Exception {
        StandardOutcome v1 = store(doc("06.903-v1.txt", approval("903н", "2017-03-01"),
                standard("Наладчик связи", "06.903", "ru", "1", 2017, "Налаживать оборудование")));
        StandardOutcome v2 = store(doc("06.903-v2.txt", approval("903н", "2017-03-01"),
                standard("Наладчик связи", "06.903", "ru", "2", 2017, "Налаживать и проверять оборудование")));
        assertThat(v2.outcome()).isEqualTo(Outcome.NEW_EDITION);
        assertThat(v2.editionId()).isNotEqualTo(v1.editionId());
    }

    @Test
    void aTranslationOfTheCurrentEditionIsCurrentToo() {
        StandardOutcome ru = store(doc("infra-ru.txt", null,
                standard("Инфраструктура сетей", "J777", "ru", "3", 2024, "Настраивать сети")));
        StandardOutcome kk = store(doc("infra-kk.txt", null,
                standard("Желілер инфрақұрылымы", "J777", "kk", "3", 2024, "Желілерді баптау")));
        StandardOutcome older = store(doc("infra-kk-2.txt", null,
                standard("Желілер инфрақұрылымы", "J777", "kk", "2", 2022, "Желілерді баптау")));
        assertThat(kk.standardId()).isEqualTo(ru.standardId());
        assertThat(kk.status()).isEqualTo("current");
        assertThat(older.status()).isEqualTo("superseded");
        assertThat(registry.history(ru.standardId())).extracting(HistoryEntry::status)
                .containsExactly("superseded", "current", "current");
    }

    @Test
    void aLinkedStandardWithAChangedCodeJoinsTheEarlierOneAndStaysLinked() throws Exception {
        StandardOutcome earlier = store(doc("dev-2019.txt", null,
                standard("Разработка ПО", "J062", "ru", "1", 2019, "Писать код")));
        StandardOutcome later = store(doc("dev-2024.txt", null,
                standard("Разработка программного обеспечения", "J062-1", "ru", "2", 2024, "Писать код")));
        assertThat(later.standardId()).isNotEqualTo(earlier.standardId());
        assertThat(later.outcome()).isEqualTo(Outcome.NEW_STANDARD);

        registry.link(earlier.standardId(), later.standardId());
        assertThat(registry.history(earlier.standardId())).extracting(HistoryEntry::editionId, HistoryEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(earlier.editionId(), "superseded"),
                        org.assertj.core.groups.Tuple.tuple(later.editionId(), "current"));
        assertThat(registry.list()).extracting(StandardSummary::id).contains(earlier.standardId())
                .doesNotContain(later.standardId());
        assertThat(registry.show(later.standardId()).code()).isEqualTo("J062-1");

        StandardOutcome next = store(doc("dev-2026.txt", null,
                standard("Разработка программного обеспечения", "J062-1", "ru", "3", 2026, "Писать тесты")));
        assertThat(next.standardId()).isEqualTo(earlier.standardId());
        assertThat(next.status()).isEqualTo("current");
        assertThat(RegistryFixture.count(registry, "select count(*) from standard_link where earlier_id = "
                + earlier.standardId() + " and later_id = " + later.standardId() + " and linked_by = 'tester'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> registry.link(earlier.standardId(), later.standardId()))
                .isInstanceOf(RegistryException.class).hasMessageContaining("already one standard");
    }

    @Test
    void withdrawalChangesTheStatusOnlyAndIsAudited() throws Exception {
        StandardOutcome s = store(doc("old-trade.txt", null,
                standard("Старое ремесло", "J001", "ru", "1", 2018, "Делать вручную")));
        long rowsBefore = RegistryFixture.count(registry, "select count(*) from item");
        assertThat(registry.withdraw(s.standardId(), "приказ № 1 от 01.01.2026")).isEqualTo(1);
        assertThat(RegistryFixture.count(registry, "select count(*) from item")).isEqualTo(rowsBefore);
        HistoryEntry entry = registry.history(s.standardId()).get(0);
        assertThat(entry.status()).isEqualTo("withdrawn");
        assertThat(entry.statusReason()).isEqualTo("приказ № 1 от 01.01.2026");
        assertThat(registry.show(s.standardId()).title()).isEqualTo("Старое ремесло");
        assertThat(RegistryFixture.count(registry, "select count(*) from audit_log where action = 'withdraw'"
                + " and entity = 'edition' and entity_id = " + s.editionId() + " and actor = 'tester'"
                + " and detail = 'приказ № 1 от 01.01.2026'")).isEqualTo(1);
        assertThatThrownBy(() -> registry.withdraw(s.standardId(), "again"))
                .isInstanceOf(RegistryException.class).hasMessage("standard " + s.standardId()
                        + " has no edition in force");
        assertThatThrownBy(() -> registry.withdraw(999_999, "x")).isInstanceOf(RegistryException.class)
                .hasMessage("no standard with id 999999");
    }

    @Test
    void everyChangeOfAnIngestIsInTheAuditLogWithItsActor() throws Exception {
        StandardOutcome s = store(doc("audited.txt", Documents.amendment("7/НК", "2026-01-10", "3/НК", "2025-01-01"),
                standard("Аудит", "J555", "ru", "1", 2026, "Проверять")));
        assertThat(RegistryFixture.count(registry, "select count(*) from audit_log where actor = 'tester' and ("
                + "entity = 'standard' and action = 'create' and entity_id = " + s.standardId()
                + " or entity = 'edition' and action = 'create' and entity_id = " + s.editionId()
                + " or entity = 'source_document' and action = 'ingest' and detail like 'audited.txt %')"))
                .isEqualTo(3);
        assertThat(RegistryFixture.count(registry, """
                select count(*) from legal_act a join legal_act m on m.id = a.amends_id
                where a.number = '7/НК' and m.number = '3/НК' and m.kind is null and m.act_date = '2025-01-01'"""))
                .isEqualTo(1);
    }

    @Test
    void editionsAreReadInOneLanguageAtATime() throws Exception {
        StandardOutcome russian = store(doc("network-ru.txt", approval("31/НК", "2024-02-01"),
                standard("Администрирование сетей", "J501", "ru", "1", 2024, "Настраивать маршрутизаторы")));
        StandardOutcome kazakh = store(doc("network-kk.txt", approval("32/НК", "2024-02-01"),
                standard("Желілерді басқару", "J502", "kk", "1", 2024, "Маршрутизаторларды баптау")));
        List<Long> both = List.of(russian.standardId(), kazakh.standardId());
        assertThat(registry.editionsOf(both)).extracting(EditionSnapshot::editionId)
                .containsExactlyInAnyOrder(russian.editionId(), kazakh.editionId());
        assertThat(registry.editionsOf(both, Language.RU)).extracting(EditionSnapshot::editionId)
                .containsExactly(russian.editionId());
        assertThat(registry.editionsOf(both, Language.KK)).extracting(EditionSnapshot::editionId)
                .containsExactly(kazakh.editionId());
    }

    private static StandardOutcome store(Documents.Doc doc) {
        IngestReport report = registry.ingest(doc.result(), doc.bytes());
        assertThat(report.status()).isEqualTo(IngestReport.Status.STORED);
        return report.standards().get(0);
    }
}
