package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/** The tool, term and title vocabularies are well formed and find what postings write. */
class VocabularyTest {
    private static final Analysis ANALYSIS = new Analysis();

    @ParameterizedTest
    @ValueSource(strings = {Vocabulary.TOOLS, Vocabulary.TERMS, Vocabulary.TITLES})
    void everyLineHasFormsATranslationAndWhereItComesFrom(String file) {
        List<Vocabulary.Concept> concepts = Vocabulary.read(file);
        assertThat(concepts).hasSizeGreaterThan(30);
        Set<String> forms = new HashSet<>();
        for (Vocabulary.Concept c : concepts) {
            assertThat(c.forms()).as("line %d", c.line()).isNotEmpty();
            assertThat(c.russian().size() + c.kazakh().size()).as("line %d", c.line()).isPositive();
            assertThat(c.why()).as("line %d", c.line()).hasSizeGreaterThan(10);
            for (String form : c.forms()) {
                assertThat(forms.add(form.toLowerCase(Locale.ROOT))).as("%s line %d: %s twice", file, c.line(), form)
                        .isTrue();
            }
        }
    }

    @Test
    void toolsInARussianSentenceAddTheWordsOfWhatTheyDo() {
        Vocabulary tools = Vocabulary.load(Vocabulary.TOOLS, ANALYSIS);
        List<String> labels = labels(tools, "Опыт с Kubernetes, Terraform и GitLab CI обязателен", Analysis.RU);
        assertThat(labels).contains("Kubernetes", "Terraform", "Jenkins").doesNotContain("Docker");
        Vocabulary.Found kubernetes = tools.find(terms("Kubernetes", Analysis.RU)).get(0).found();
        assertThat(kubernetes.terms(Analysis.RU)).containsAll(terms("оркестрация контейнеров", Analysis.RU));
    }

    @Test
    void kazakhAndEnglishWordsReachTheRussianWordsOfTheStandards() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        Vocabulary.Found network = words.find(terms("желілік жабдықты баптау", Analysis.KK)).get(0).found();
        assertThat(network.terms(Analysis.RU)).containsAll(terms("сеть", Analysis.RU));
        assertThat(labels(words, "Troubleshooting of network and servers", Analysis.RU))
                .contains("troubleshooting", "network", "server");
    }

    @Test
    void theEnglishWordsOfDistributedSystemsReachTheWordsOfTheParallelAndDistributedProgramsStandard() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        List<Vocabulary.Hit> hits = words.find(terms("Raft consensus, replication, linearizable reads, sharding,"
                + " failover and distributed tracing", Analysis.RU));
        assertThat(hits).extracting(h -> h.found().concept().label())
                .contains("consensus", "replication", "consistency", "sharding", "failover", "tracing");
        Set<String> added = new java.util.HashSet<>();
        hits.forEach(h -> added.addAll(h.found().terms(Analysis.RU)));
        assertThat(added).containsAll(terms("репликация согласованности трассировки", Analysis.RU));
        Vocabulary tools = Vocabulary.load(Vocabulary.TOOLS, ANALYSIS);
        assertThat(labels(tools, "traces in Jaeger", Analysis.RU)).contains("Jaeger");
    }

    @Test
    void onlyTheServerSideOfTheWebIsTheServerPart() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        Set<String> server = Set.copyOf(terms("серверная часть", Analysis.RU));
        // a web camera, a website or a frontend is no server part; a backend is
        for (String text : List.of("подключать сканеры и веб-камеры", "frontend of the website")) {
            words.find(terms(text, Analysis.RU)).forEach(h -> assertThat(h.found().terms(Analysis.RU))
                    .as(text).doesNotContainAnyElementsOf(server));
        }
        assertThat(words.find(terms("backend services", Analysis.RU)).get(0).found().terms(Analysis.RU))
                .containsAll(server);
    }

    @Test
    void aUsersComputerIsNoAdministratorsWorkstationWhileAWorkstationIs() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        Set<String> workstation = Set.copyOf(terms("рабочие станции", Analysis.RU));
        // an office's computers, printers and cartridges are user support; "рабочие станции" is the administrators'
        // word, which would credit them with every computer a support posting names
        Map<String, String> texts = Map.of("қызметкерлердің компьютерлері мен принтерлері", Analysis.KK,
                "user computers and PC setup", Analysis.RU);
        texts.forEach((text, language) -> {
            assertThat(words.find(terms(text, language))).as(text).isNotEmpty();
            words.find(terms(text, language)).forEach(h -> assertThat(h.found().terms(Analysis.RU)).as(text)
                    .doesNotContainAnyElementsOf(workstation));
        });
        assertThat(words.find(terms("workstations", Analysis.RU)).get(0).found().terms(Analysis.RU))
                .containsAll(workstation);
    }

    @Test
    void aRussianPostingsUsersAndTheirRequestsAreTheSupportStandardsClientsAndTheirRequests() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        Set<String> added = new java.util.HashSet<>();
        words.find(terms("принимать заявки пользователей", Analysis.RU))
                .forEach(h -> added.addAll(h.found().terms(Analysis.RU)));
        assertThat(added).containsAll(terms("прием обращений клиентов", Analysis.RU));
    }

    @Test
    void aMultiWordFormIsFoundOnlyWhole() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        assertThat(labels(words, "machine learning pipelines", Analysis.RU)).contains("machine learning");
        assertThat(labels(words, "learning machine", Analysis.RU)).doesNotContain("machine learning");
    }

    @Test
    void inATitleAFormIsFoundWithWordsBetweenItsOwnInTheirOrder() {
        Vocabulary titles = Vocabulary.load(Vocabulary.TITLES, ANALYSIS);
        List<String> found = titles.findInOrder(terms("HPC Software Engineer", Analysis.RU)).stream()
                .map(h -> h.found().concept().label()).toList();
        assertThat(found).contains("HPC engineer");
        assertThat(titles.findInOrder(terms("Engineer HPC", Analysis.RU)).stream()
                .map(h -> h.found().concept().label())).doesNotContain("HPC engineer");
    }

    @Test
    void aKazakhFormTypedWithoutKazakhLettersIsFoundFolded() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        List<String> typed = words.findFolded(folded("отiнiмдердi кабылдау, пайдаланушыларга кенес беру")).stream()
                .map(h -> h.found().concept().label()).toList();
        assertThat(typed).contains("request", "user", "training users");
        // the two analyses do not read it: "отiнiм" is neither Russian nor Kazakh spelling
        assertThat(labels(words, "отiнiмдердi кабылдау", Analysis.KK)).doesNotContain("request");
    }

    @Test
    void aKazakhVerbOfACvFindsTheVerbalNounOfAVocabulary() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        assertThat(words.findFolded(folded("бөлімшелердің өтінімдерді қабылдаймын")).stream()
                .map(h -> h.found().concept().label())).contains("taking calls");
        assertThat(words.findFolded(folded("пайдаланушылардың құпия сөзді қалпына келтірдім")).stream()
                .map(h -> h.found().concept().label())).contains("password reset");
    }

    @Test
    void aFoldedReadingFindsOnlyFoldedForms() {
        // the Russian stemmer reads "ИИ" as "и", a stop word the folded reading keeps: folded, "и" is no AI
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        assertThat(words.findFolded(folded("загрузка из 1С, CRM и Excel")).stream()
                .map(h -> h.found().concept().label())).doesNotContain("artificial intelligence");
    }

    @Test
    void kazakhWordsOfSoftwareMaintenanceReachTheMaintenanceCardsWords() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        String text = "тұтынушы хабарлаған ақауларды қайталап, себебін анықтау; жаңарту алдында өзгерістерді талдау"
                + " және әсерін бағалау; ескі деректерді мұрағаттау; жүйені жаңа серверге көшіру";
        List<Vocabulary.Hit> hits = words.find(terms(text, Analysis.KK));
        assertThat(hits).extracting(h -> h.found().concept().label())
                .contains("reproduce a fault", "root cause", "impact analysis", "archive", "migration");
        Set<String> added = new HashSet<>();
        hits.forEach(h -> added.addAll(h.found().terms(Analysis.RU)));
        assertThat(added).containsAll(terms("воспроизводить проблемы выявлять причины анализ изменений перенос в новую"
                + " среду архивировать", Analysis.RU));
    }

    @Test
    void aFieldEngineersVisitsAndFirstSetupReachTheWordsOfTheProvidersSupportFunction() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        Vocabulary tools = Vocabulary.load(Vocabulary.TOOLS, ANALYSIS);
        String text = "выезд к клиенту, первичная настройка VoIP";
        Set<String> added = new HashSet<>();
        words.find(terms(text, Analysis.RU)).forEach(h -> added.addAll(h.found().terms(Analysis.RU)));
        tools.find(terms(text, Analysis.RU)).forEach(h -> added.addAll(h.found().terms(Analysis.RU)));
        assertThat(added).containsAll(terms("выездом на место установки первичное конфигурирование абонентские"
                + " оконечные устройства инфокоммуникационные системы", Analysis.RU));
    }

    @Test
    void parallelComputingAndAClustersSchedulerReachTheParallelProgramsStandardsWords() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        assertThat(labels(words, "параллель есептеулер", Analysis.KK)).contains("parallel computing");
        assertThat(words.findFolded(folded("параллель есептеулер, жуктеменин тенгерилуи")).stream()
                .map(h -> h.found().concept().label())).contains("parallel computing", "load balancing");
        assertThat(labels(words, "параллельные вычисления на кластере", Analysis.RU)).contains("parallel computing");
        Vocabulary tools = Vocabulary.load(Vocabulary.TOOLS, ANALYSIS);
        Vocabulary.Found slurm = tools.find(terms("jobs submitted through Slurm", Analysis.RU)).get(0).found();
        assertThat(slurm.terms(Analysis.RU)).containsAll(terms("кластер вычислительные узлы", Analysis.RU));
        Vocabulary titles = Vocabulary.load(Vocabulary.TITLES, ANALYSIS);
        assertThat(titles.findFoldedInOrder(folded("параллель есептеулер бойынша багдарламашы")).stream()
                .map(h -> h.found().concept().label())).contains("HPC engineer");
    }

    @Test
    void remoteSupportIsTheProvidersRemoteWorkOnACustomersSystemNotRemoteWork() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        assertThat(words.find(terms("абоненттің құрылғысын қашықтан тексеру", Analysis.KK)).stream()
                .filter(h -> h.found().concept().label().equals("remote support")).findFirst()).get()
                .satisfies(h -> assertThat(h.found().terms(Analysis.RU)).containsAll(terms("дистанционно",
                        Analysis.RU)));
        // a team that works from home is no evidence of remote support
        assertThat(labels(words, "командамыз қашықтан жұмыс істейді", Analysis.KK)).doesNotContain("remote support");
    }

    @Test
    void theFirmwareAndCertificatesOfDevicesReachTheWordsOfTheIotCards() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        Set<String> added = new HashSet<>();
        words.find(terms("құрылғылардың бағдарламасын жаңарту, құрылғыларға қауіпсіздік сертификаттарын жасау",
                Analysis.KK)).forEach(h -> added.addAll(h.found().terms(Analysis.RU)));
        assertThat(added).containsAll(terms("прошивки сертификаты безопасности устройства", Analysis.RU));
    }

    @Test
    void aKazakhCvsFirstPersonRoleIsTheDevelopersWork() {
        // the folded reading takes the predicate's noun (KazakhPredicates), typed either way
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        assertThat(words.findFolded(folded("мен бағдарламашымын")).stream().map(h -> h.found().concept().label()))
                .contains("developer");
        assertThat(words.findFolded(folded("мен багдарламашымын")).stream().map(h -> h.found().concept().label()))
                .contains("developer");
    }

    @Test
    void aKazakhDevelopersDatabaseServerSideAndIntegrationTestsReachTheDevelopersWords() {
        Vocabulary words = Vocabulary.load(Vocabulary.TERMS, ANALYSIS);
        String text = "қосымшаның серверлік бөлігін жаздым, дерекқорымен жұмыс істедім, интеграциялық тесттер жаздым";
        assertThat(labels(words, text, Analysis.KK)).contains("backend", "database", "integration testing");
        assertThat(words.findFolded(folded("косымшанын серверлик болигин жаздым, дереккорымен жумыс истедим,"
                + " интеграциялык тесттер жаздым")).stream().map(h -> h.found().concept().label()))
                .contains("backend", "database", "integration testing");
        assertThat(words.find(terms("интеграциялық тесттер", Analysis.KK)).get(0).found().terms(Analysis.RU))
                .containsAll(terms("интеграционное тестирование", Analysis.RU));
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Vocabulary.read("/org/profstd/search/match/bad-vocabulary.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }

    private static List<String> labels(Vocabulary vocabulary, String text, String language) {
        return vocabulary.find(terms(text, language)).stream().map(h -> h.found().concept().label()).toList();
    }

    private static List<String> folded(String text) {
        return QueryFactory.terms(ANALYSIS.folded(), "text", text);
    }

    private static List<String> terms(String text, String language) {
        return QueryFactory.terms(ANALYSIS.index(language), "text", text);
    }
}
