package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentences that draw a role's edge by giving work to somebody else do not evidence the reader's work. */
class OthersWorkTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Сервер и сетевое оборудование офиса обслуживает подрядчик, вы отвечаете за пользователей",
            "Базы данных ведёт отдел эксплуатации",
            "На звонки клиентов отвечает отдельная служба поддержки",
            "Настраивать маршрутизаторы не потребуется.",
            "Знание Kubernetes не требуется, этим занимаются коллеги из платформенной команды",
            "Серверлерді облыстық орталық қызмет көрсетеді.",
            "Деректер қорымен бөлек DBA тобы айналысады",
            "Мердігер желі жабдығына жауап береді",
            "You will not configure the firewalls.",
            "The data centre is managed by a contractor.",
            "Backups are handled by another team.",
    })
    void workGivenToAnotherPartyOrRuledOutIsSomebodyElses(String sentence) {
        assertThat(OthersWork.says(sentence)).as(sentence).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "контролировать работу подрядчиков и принимать выполненные работы",
            "взаимодействовать с подрядчиками по обслуживанию кондиционеров серверной",
            "Команда отвечает за приём заявок от филиалов",
            "Сервисный центр отвечает на звонки сотрудников трёх больниц, ищем оператора",
            "мердігерлердің жұмысын қабылдау және бақылау",
            "Бөлім серверлерді баптайды, сіз оларға көмектесесіз",
            "Manage contractors who install the cabling.",
            "Administer Windows servers and the office network.",
    })
    void theReadersOwnWorkWithOtherPartiesStaysEvidence(String sentence) {
        assertThat(OthersWork.says(sentence)).as(sentence).isFalse();
    }
}
