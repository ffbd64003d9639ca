package org.profstd.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;

/**
 * The catalog, the Kazakh interface with a parse report and a 404, an export download and the phone layout, in a real
 * headless Chromium over the registry holding the corpus. Expected counts are read from the registry itself.
 */
class CatalogBrowserTest {
    /** The Kazakh standard of the corpus (seed 004), read in the Kazakh interface. */
    static final String KAZAKH_SEED = "004_e2b4aeded95d3b3c.txt";
    static Registry registry;
    static Browser browser;
    static BrowserSite site;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Browser.available(), "browser tests skipped: /usr/bin/chromium is not installed");
        site = BrowserSite.get();
        registry = site.registry;
        browser = site.browser;
    }

    @Test
    void theCatalogFiltersByFacetsSortsAndPages() {
        List<StandardSummary> all = registry.list();
        int pageSize = 8;
        assertThat(all).as("the corpus fills more than one page").hasSizeGreaterThan(pageSize);
        site.open("/standards?lang=ru");
        assertThat(text(By.id("total"))).isEqualTo(String.valueOf(all.size()));
        assertThat(entries()).hasSize(Math.min(20, all.size()));
        browser.screenshots("catalog");

        site.open("/standards?lang=ru&limit=" + pageSize);
        browser.driver.findElement(By.cssSelector("a[rel=next]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[rel=prev]")));
        assertThat(browser.driver.getCurrentUrl()).contains("offset=" + pageSize, "limit=" + pageSize);
        assertThat(text(By.id("shown-range"))).startsWith("(" + (pageSize + 1) + "–");
        assertThat(entries()).hasSize(Math.min(pageSize, all.size() - pageSize));
        assertThat(browser.driver.findElement(By.cssSelector("#catalog")).getAttribute("start"))
                .isEqualTo(String.valueOf(pageSize + 1));

        site.open("/standards?lang=ru");
        browser.driver.findElement(By.cssSelector("#facet-jurisdiction a[data-value=RU]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#facet-jurisdiction a.selected")));
        List<StandardSummary> russian = all.stream().filter(s -> "RU".equals(s.jurisdiction())).toList();
        assertThat(text(By.id("total"))).isEqualTo(String.valueOf(russian.size()));
        assertThat(entries()).extracting(e -> e.findElement(By.cssSelector(".standard-link")).getText())
                .containsExactlyInAnyOrderElementsOf(russian.stream().map(StandardSummary::title).toList());

        int level = 6;
        Map<Long, EditionSnapshot> editions = registry.editions().stream()
                .collect(Collectors.toMap(EditionSnapshot::editionId, e -> e));
        long atLevel = russian.stream().filter(s -> editions.get(s.edition().id()).standard().cards().stream()
                .map(Card::level).anyMatch(l -> l != null && l == level)).count();
        browser.driver.findElement(By.cssSelector("#facet-level a[data-value='" + level + "']")).click();
        browser.waitFor(ExpectedConditions.urlContains("level=" + level));
        assertThat(browser.driver.getCurrentUrl()).contains("jurisdiction=RU");
        assertThat(text(By.id("total"))).isEqualTo(String.valueOf(atLevel));

        site.open("/standards?lang=ru");
        browser.driver.findElement(By.cssSelector("#sorts a[data-sort=year]")).click();
        browser.waitFor(ExpectedConditions.urlContains("sort=year"));
        Integer newest = all.stream().map(s -> s.edition().year()).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        assertThat(entries().get(0).getText()).contains(String.valueOf(newest));
        browser.screenshots("catalog-sorted");
    }

    @Test
    void theCatalogTakesTheApisQueryParametersAndAnOccupationCodeFacetFilters() throws Exception {
        site.open("/standards?lang=ru");
        browser.driver.findElement(By.cssSelector("#facet-okz a[data-value='25']")).click();
        browser.waitFor(ExpectedConditions.urlContains("okz=25"));
        browser.driver.findElement(By.cssSelector("#sorts a[data-sort=title]")).click();
        browser.waitFor(ExpectedConditions.urlContains("sort=title"));
        String query = browser.driver.getCurrentUrl().replaceAll(".*\\?", "").replaceAll("&?lang=ru", "");
        assertThat(query).contains("okz=25", "sort=title");
        // the same query to the API lists the same standards in the same order
        com.fasterxml.jackson.databind.JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(site.url("/api/v1/standards?" + query))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        List<String> fromApi = new java.util.ArrayList<>();
        api.path("standards").forEach(st -> fromApi.add(st.path("title").asText()));
        assertThat(fromApi).as("ОКЗ 25 is in the registry XML of 06.001 and 06.024").hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries()).extracting(e -> e.findElement(By.cssSelector(".standard-link")).getText())
                .containsExactlyElementsOf(fromApi);
        assertThat(text(By.id("total"))).isEqualTo(api.path("total").asText());
        browser.screenshots("catalog-okz");

        site.open("/standards?lang=kk&area=" + java.net.URLEncoder.encode("ПРОГРАММН", StandardCharsets.UTF_8));
        // words of a title or activity, in any case: the registry's own listing says how many
        int programming = registry.listing(new org.profstd.registry.ListingFilter(null, null, null, null, null, null,
                "программн"), "code", 200, 0).total();
        assertThat(programming).isGreaterThan(1);
        assertThat(text(By.id("total"))).isEqualTo(String.valueOf(programming));
    }

    @Test
    void aStandardNamesItsIssuerInTheNominativeAndTheApiIsDescribedInKazakh() {
        StandardSummary standard = registry.list().stream().filter(s -> "J076".equals(s.code())).findFirst()
                .orElseThrow();
        site.open("/standards/" + standard.id() + "?lang=ru");
        // the order's heading prints "Заместителя Премьер-Министра – Министра ..."
        assertThat(text(By.id("issuer"))).startsWith("Заместитель Премьер-Министра – Министр искусственного интеллекта");

        site.open("/api/docs?lang=kk");
        WebElement standards = browser.driver.findElements(By.cssSelector("section.operation")).stream()
                .filter(op -> op.findElement(By.tagName("h3")).getText().equals("GET /api/v1/standards")).findFirst()
                .orElseThrow();
        WebElement summary = standards.findElement(By.cssSelector(".op-summary"));
        assertThat(summary.getAttribute("lang")).isEqualTo("kk");
        assertThat(summary.getText()).startsWith("Тізілім стандарттары");
        assertThat(standards.findElements(By.cssSelector("tbody tr"))).extracting(r -> r.getText())
                .anyMatch(row -> row.startsWith("okz") && row.contains("кәсіп коды"))
                .noneMatch(row -> row.contains(" the "));
        browser.screenshots("apidocs-kk");
    }

    @Test
    void aPermalinkByCodeOpensTheStandard() {
        StandardSummary standard = registry.list().stream().filter(s -> "06.024".equals(s.code())).findFirst()
                .orElseThrow();
        site.open("/standards/RU/06.024?lang=en");
        browser.waitFor(ExpectedConditions.urlContains("/standards/" + standard.id()));
        assertThat(text(By.tagName("h1"))).isEqualTo(standard.title());
        assertThat(browser.driver.findElement(By.id("permalink")).getAttribute("href")).contains("/standards/RU/06.024");
    }

    @Test
    void theIdOfAStandardLinkedIntoAnotherRedirectsToIt() throws Exception {
        // seed 004 is an older Kazakh edition of the Russian "Инфраструктура компьютерных систем", published under
        // another code: linking them is what a registrar does, and the later id then names the standard it joined
        StandardSummary kazakh = registry.list().stream().filter(s -> "J63991041".equals(s.code())).findFirst()
                .orElseThrow();
        StandardSummary russian = registry.list().stream().filter(s -> "J071".equals(s.code())).findFirst()
                .orElseThrow();
        registry.link(kazakh.id(), russian.id());
        site.services.catchUp();
        java.net.http.HttpResponse<String> moved = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/standards/" + russian.id() + "?lang=en")))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue("/standards/" + kazakh.id() + "?lang=en");
        site.open("/standards/" + russian.id() + "?lang=en");
        browser.waitFor(ExpectedConditions.urlContains("/standards/" + kazakh.id()));
        assertThat(browser.driver.findElements(By.cssSelector("#editions li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text(By.tagName("h1"))).isEqualTo(russian.title());
        browser.screenshots("standard-merged");
        site.open("/standards/KZ/J63991041?lang=en");
        browser.waitFor(ExpectedConditions.urlContains("/standards/" + kazakh.id()));
        assertThat(text(By.tagName("h1"))).as("the code of the older edition still leads to it").isEqualTo(russian.title());

        // one standard now: its Kazakh text of version 2 (2022) and the Russian DOCX of the same version translate each other
        site.open("/standards/" + kazakh.id() + "?edition=" + kazakh.edition().id() + "&lang=en");
        assertThat(text(By.id("older-edition"))).startsWith("This is not the edition in force.");
        WebElement inRussian = browser.driver.findElement(By.cssSelector("#translations a[hreflang=ru]"));
        assertThat(inRussian.getText()).isEqualTo("This standard in Russian");
        inRussian.click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#translations a[hreflang=kk]")));
        assertThat(text(By.id("version"))).isEqualTo("2");
        assertThat(text(By.id("year"))).isEqualTo("2022");
        assertThat(browser.driver.findElement(By.cssSelector("#translations a[hreflang=kk]")).getAttribute("href"))
                .contains("edition=" + kazakh.edition().id());
        browser.screenshots("standard-translation");
    }

    @Test
    void aWithdrawnStandardSaysWhyAndWhen() {
        StandardSummary standard = registry.list().stream().filter(s -> "J065".equals(s.code())).findFirst()
                .orElseThrow();
        registry.withdraw(standard.id(), "отменён приказом № 1/НК");
        site.services.catchUp();
        site.open("/standards/" + standard.id() + "?lang=ru");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(text(By.id("withdrawn"))).startsWith("Стандарт отменён").contains(today)
                .endsWith("Причина: отменён приказом № 1/НК");
        assertThat(browser.driver.findElement(By.cssSelector("#passport .status")).getText()).isEqualTo("отменена");
    }

    @Test
    void aKazakhReportExplainsItsDiagnosticsInKazakhAndAMissingPageIsAKazakh404() throws Exception {
        Path seed = BrowserSite.corpus("seeds", KAZAKH_SEED);
        ParseResult parsed = Standards.parse(KAZAKH_SEED, Files.readAllBytes(seed));
        assertThat(parsed.diagnostics()).as("seed 004 mixes Russian labels into Kazakh").isNotEmpty();
        Diagnostic first = parsed.diagnostics().stream().min(Comparator.comparingInt(Diagnostic::line)).orElseThrow();

        site.open("/upload?lang=kk");
        browser.driver.findElement(By.id("document")).sendKeys(seed.toRealPath().toString());
        browser.driver.findElement(By.id("upload-submit")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("diagnostics")));
        assertThat(text(By.id("already-known"))).isEqualTo("Бұл құжат тізілімде бар: оны сақтаудың қажеті жоқ.");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#diagnostics tbody tr"));
        assertThat(rows).hasSize(parsed.diagnostics().size());
        String explanation = rows.get(0).findElement(By.cssSelector(".diag-explanation")).getText();
        assertThat(explanation).startsWith(kazakh(first.code().code()))
                .doesNotContain(first.code().explanation());
        assertThat(rows.get(0).findElements(By.tagName("td")).get(1).getText())
                .isEqualTo(Map.of("error", "қате", "warning", "ескерту", "info", "мәлімет").get(first.severity().value()));
        // the reader's own message too: in Kazakh, the document's words in «»
        assertThat(browser.driver.findElements(By.cssSelector("#diagnostics .diag-detail"))).allSatisfy(detail -> {
            assertThat(detail.getAttribute("lang")).isEqualTo("kk");
            assertThat(detail.getText().replaceAll("«[^»]*»", "")).doesNotContainPattern("\\b(the|is|in|of|label)\\b");
        });
        assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
        browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("diagnostics")));
        browser.screenshots("report-kk");
        if (first.line() > 0) {
            // the document is in the registry already, so each line of the report opens that line of its text
            rows.get(0).findElement(By.cssSelector("a.line-link")).click();
            WebElement marked = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line.marked")));
            assertThat(marked.getAttribute("id")).isEqualTo("L" + first.line());
        }

        site.open("/standards/987654?lang=kk");
        assertThat(text(By.tagName("h1"))).isEqualTo("Бет табылмады");
        assertThat(text(By.id("error-message"))).isEqualTo("Тізілімде 987654 стандарты жоқ.");
        site.open("/no/such/page");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        assertThat(text(By.tagName("h1"))).isEqualTo("Бет табылмады");
        assertThat(text(By.id("error-message"))).contains("каталогтан");
        browser.driver.findElement(By.cssSelector("#error-detail summary")).click();
        assertThat(text(By.cssSelector("#error-detail p"))).isEqualTo("/no/such/page мекенжайына сұрауға 404 жауабы берілді");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain("Endpoint", "not found");
        browser.screenshots("404-kk");
    }

    @Test
    void aStandardsCsvDownloadsFromItsPage(@TempDir Path downloads) throws Exception {
        StandardSummary standard = registry.list().stream().filter(s -> "06.024".equals(s.code())).findFirst()
                .orElseThrow();
        EditionSnapshot edition = registry.edition(standard.edition().id());
        String firstKnowledge = edition.standard().cards().get(0).functions().get(0).units().get(0).knowledge().get(0)
                .text();
        browser.downloadsTo(downloads);
        site.open("/standards/" + standard.id() + "?lang=ru");
        browser.screenshots("standard-exports");
        browser.driver.findElement(By.id("export-csv")).click();
        Path csv = downloads.resolve("edition-" + edition.editionId() + ".csv");
        browser.waitFor(d -> Files.exists(csv) && !partial(downloads));
        String body = Files.readString(csv, StandardCharsets.UTF_8);
        // a byte order mark first, so that spreadsheet programs read the file as UTF-8
        assertThat(body.lines().findFirst().orElseThrow()).startsWith("\uFEFFstandard_code,standard_title");
        assertThat(body).contains("06.024", firstKnowledge);
        assertThat(browser.driver.findElement(By.id("print-button")).isDisplayed()).isTrue();
    }

    @Test
    void anItemOfARegistryXmlStandardOpensTheElementItCameFromInAWindowOfTheExport() throws IOException {
        StandardSummary standard = registry.list().stream().filter(s -> "06.004".equals(s.code())).findFirst()
                .orElseThrow();
        EditionSnapshot edition = registry.edition(standard.edition().id());
        assertThat(edition.sourceFile()).endsWith(".xml");
        // the registry writes the whole standard on one line of the file
        assertThat(Files.readAllLines(BrowserSite.corpus("ru-xml", edition.sourceFile()))).hasSizeLessThan(10);
        List<org.profstd.model.Item> actions = edition.standard().cards().get(0).functions().get(0).units().get(0)
                .actions();
        assertThat(actions.get(1).line()).as("two actions, two elements, two lines").isGreaterThan(actions.get(0).line());
        site.open("/cards/" + edition.editionId() + "/1?lang=ru");
        List<WebElement> links = browser.driver.findElements(By.cssSelector("ol.items-actions a.line-link"));
        assertThat(links.get(0).getText()).isEqualTo("строка " + actions.get(0).line());
        assertThat(links.get(1).getText()).isEqualTo("строка " + actions.get(1).line());
        links.get(1).click();
        WebElement marked = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line.marked")));
        assertThat(marked.getAttribute("id")).isEqualTo("L" + actions.get(1).line());
        assertThat(marked.getText()).contains("<LaborAction>" + actions.get(1).text());
        WebElement found = marked.findElement(By.id("found"));
        assertThat(found.getText()).isEqualTo(actions.get(1).text());
        int total = registry.source(edition.editionId()).lines().size();
        int shown = browser.driver.findElements(By.cssSelector(".source .line")).size();
        assertThat(shown).as("a window around the element, of %s lines", total).isLessThanOrEqualTo(121).isLessThan(total);
        assertThat(browser.driver.findElements(By.cssSelector("[role=note]"))).as("no one-line warning").isEmpty();
        browser.waitFor(d -> isInViewport(found));
        browser.screenshots("source-xml-item");
    }

    @Test
    void onAPhoneTheFacetsFoldAndTheFirstStandardIsInView() {
        browser.driver.manage().window().setSize(Browser.PHONE);
        try {
            site.open("/standards?lang=ru");
            WebElement fold = browser.driver.findElement(By.id("facets-fold"));
            assertThat(fold.getAttribute("open")).as("facets folded behind their button").isNull();
            assertThat(browser.driver.findElement(By.id("facet-jurisdiction")).isDisplayed()).isFalse();
            assertThat(isInViewport(entries().get(0))).isTrue();
            assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
            browser.screenshot("catalog-phone");
            browser.driver.findElement(By.id("facets-toggle")).click();
            assertThat(browser.driver.findElement(By.id("facet-jurisdiction")).isDisplayed()).isTrue();
            browser.screenshot("catalog-phone-facets");

            StandardSummary standard = registry.list().stream().filter(s -> "J076".equals(s.code())).findFirst()
                    .orElseThrow();
            site.open("/cards/" + standard.edition().id() + "/1?lang=ru");
            assertThat(browser.driver.findElements(By.tagName("h1"))).hasSize(1);
            WebElement lineLink = browser.driver.findElement(By.cssSelector("a.line-link"));
            String line = lineLink.getAttribute("href").replaceAll(".*#L", "");
            browser.screenshot("card-phone");
            lineLink.click();
            WebElement marked = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line.marked")));
            assertThat(marked.getAttribute("id")).isEqualTo("L" + line);
            int total = registry.source(standard.edition().id()).lines().size();
            int shown = browser.driver.findElements(By.cssSelector(".source .line")).size();
            assertThat(shown).as("a window around line %s of %s", line, total).isLessThanOrEqualTo(121).isLessThan(total);
            assertThat(isInViewport(marked)).isTrue();
            browser.screenshot("source-phone");
        } finally {
            browser.driver.manage().window().setSize(Browser.DESKTOP);
        }
    }

    private static String kazakh(String code) {
        return java.util.ResourceBundle.getBundle("org.profstd.web.messages", java.util.Locale.forLanguageTag("kk"))
                .getString("diag." + code);
    }

    private static boolean partial(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static List<WebElement> entries() {
        return browser.driver.findElements(By.cssSelector("#catalog .catalog-entry"));
    }

    private static String text(By by) {
        return browser.driver.findElement(by).getText().strip();
    }

    private static boolean isInViewport(WebElement element) {
        Object inside = browser.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight;", element);
        return Boolean.TRUE.equals(inside);
    }
}
