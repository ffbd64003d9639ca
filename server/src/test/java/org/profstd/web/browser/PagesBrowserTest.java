package org.profstd.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;

/**
 * The pages in a real headless Chromium, over a real embedded registry holding the corpus (all but one registry
 * XML document, which the upload flow adds). Skipped only when Chromium is not installed.
 */
class PagesBrowserTest {
    /** A helpdesk vacancy of the search module's relevance set, uploaded as a file. */
    static final Path HELPDESK_VACANCY = Path.of("..", "search", "src", "test", "resources", "relevance", "texts",
            "helpdesk.txt");

    static Registry registry;
    static Browser browser;
    static BrowserSite site;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Browser.available(), "browser tests skipped: /usr/bin/chromium (Debian packages chromium and "
                + "chromium-driver) is not installed");
        site = BrowserSite.get();
        registry = site.registry;
        browser = site.browser;
    }

    @Test
    void searchLeadsToACardAndItsItemToTheMarkedSourceLine() {
        open("/?lang=ru");
        assertThat(text(By.id("count-standards"))).isNotEqualTo("0");
        WebElement box = browser.driver.findElement(By.id("q"));
        box.sendKeys("Поддерж");
        WebElement suggestion = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#suggestions li a")));
        assertThat(suggestion.getText().toLowerCase()).contains("поддерж");
        browser.screenshots("home");

        box.clear();
        box.sendKeys("консультирование пользователей\n");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
        assertThat(browser.driver.findElements(By.cssSelector("#hits .hit-text mark"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#facet-level a"))).isNotEmpty();
        browser.screenshots("search");

        WebElement levelFacet = browser.driver.findElement(By.cssSelector("#facet-level a"));
        String level = levelFacet.getText().strip();
        levelFacet.click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#facet-level a.selected")));
        assertThat(browser.driver.findElements(By.cssSelector("#hits .hit-card + .muted")))
                .allSatisfy(l -> assertThat(l.getText()).endsWith(" " + level));

        browser.driver.findElement(By.cssSelector("#hits a.hit-card")).click();
        WebElement lineLink = browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("a.line-link")));
        assertThat(text(By.id("card-level"))).startsWith(level);
        WebElement item = lineLink.findElement(By.xpath(".."));
        String itemText = item.getText().replace(lineLink.getText(), "").strip();
        String line = lineLink.getAttribute("href").replaceAll(".*#L", "");
        browser.screenshots("card");

        lineLink.click();
        WebElement marked = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line.marked")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("#L" + line);
        assertThat(marked.getAttribute("id")).isEqualTo("L" + line);
        String firstWord = itemText.split("\\s+")[0].replaceAll("[^\\p{L}]", "");
        assertThat(marked.getText()).containsIgnoringCase(firstWord);
        assertThat(isInViewport(marked)).isTrue();
        browser.screenshots("source");
    }

    @Test
    void searchPagesOnSaysWhySignsFindNothingAndPutsACodeFirst() {
        open("/search?lang=ru&q=" + java.net.URLEncoder.encode("программного обеспечения",
                java.nio.charset.StandardCharsets.UTF_8));
        int total = Integer.parseInt(text(By.id("total")));
        assertThat(total).isGreaterThan(20);
        String firstOfPageOne = text(By.cssSelector("#hits .hit-text"));
        browser.driver.findElement(By.id("page-next")).click();
        browser.waitFor(ExpectedConditions.urlContains("offset=20"));
        assertThat(text(By.id("total"))).isEqualTo(String.valueOf(total));
        assertThat(text(By.cssSelector("#hits .hit-text"))).isNotEqualTo(firstOfPageOne);
        assertThat(browser.driver.findElements(By.id("page-prev"))).isNotEmpty();
        assertThat(text(By.cssSelector("#facet-jurisdiction"))).isNotEmpty();
        browser.screenshots("search-page-2");

        open("/search?lang=ru&q=%22*");
        assertThat(text(By.id("total"))).isEqualTo("0");
        assertThat(text(By.id("search-hint"))).contains("ни букв, ни цифр");

        open("/search?lang=ru&q=06.024");
        assertThat(text(By.cssSelector("#hits .hit .tag"))).isEqualTo("стандарт");
    }

    @Test
    void anUploadedVacancyPutsItsStandardFirstAndOpensTheGap() throws IOException {
        open("/match?lang=ru");
        browser.driver.findElement(By.id("document")).sendKeys(HELPDESK_VACANCY.toRealPath().toString());
        browser.driver.findElement(By.id("match-submit")).click();
        WebElement first = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".match")));
        assertThat(first.findElement(By.cssSelector(".match-standard")).getText())
                .as("ranking: %s", browser.driver.findElements(By.cssSelector(".match-standard")).stream()
                        .map(WebElement::getText).toList())
                .isEqualTo("Поддержка пользователей ИТ");
        assertThat(first.findElement(By.cssSelector(".why")).getText()).startsWith("Почему: требования ");
        browser.screenshots("match");

        String card = first.findElement(By.cssSelector("h3 a")).getText();
        first.findElement(By.cssSelector(".gap-button")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("gap-summary")));
        assertThat(text(By.tagName("h1"))).endsWith(card);
        assertThat(browser.driver.findElements(By.cssSelector("#met li"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#not-met li"))).isNotEmpty();
        browser.screenshots("gap");
    }

    @Test
    void anUploadShowsItsReportAndIsSavedOnlyWithAValidToken() throws IOException {
        String token = registry.createToken("uploader");
        Path xml = BrowserSite.corpus("ru-xml", BrowserSite.UPLOADED);
        String sha256 = org.profstd.parse.Standards.sha256(Files.readAllBytes(xml));
        int before = registry.editions().size();
        open("/upload?lang=en");
        browser.driver.findElement(By.id("document")).sendKeys(xml.toRealPath().toString());
        browser.driver.findElement(By.id("upload-submit")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("commit-form")));
        assertThat(text(By.id("standard-count"))).isEqualTo("1");
        assertThat(registry.hasDocument(sha256)).isFalse();
        assertThat(browser.driver.findElements(By.tagName("h1"))).as("one h1 once the report is in the page").hasSize(1);
        browser.screenshots("upload-report");

        browser.driver.findElement(By.id("token")).sendKeys("not-a-token");
        browser.driver.findElement(By.id("commit-submit")).click();
        assertThat(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("commit-error"))).getText())
                .isEqualTo("The token is not valid: check it or get a new one.");
        assertThat(registry.hasDocument(sha256)).isFalse();

        browser.driver.findElement(By.id("token")).sendKeys(token);
        browser.driver.findElement(By.id("commit-submit")).click();
        WebElement outcome = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        // the registry XML of order 688n publishes the same edition as the text of seed 003: one edition, two sources
        assertThat(outcome.getText()).contains("The document was saved",
                "Специалист по технической поддержке информационно-коммуникационных систем: known edition, in force");
        assertThat(registry.hasDocument(sha256)).isTrue();
        assertThat(registry.editions()).hasSize(before);
        browser.screenshots("upload-saved");

        outcome.findElement(By.tagName("a")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("passport")));
        assertThat(browser.driver.findElements(By.cssSelector("#editions li"))).hasSize(1);
        assertThat(text(By.id("year"))).as("the text prints no year; the order of 2015 gives it").startsWith("2015");
        assertThat(browser.driver.findElements(By.cssSelector("ul.cards li"))).isNotEmpty();

        open("/upload?lang=en");
        browser.driver.findElement(By.id("document")).sendKeys(xml.toRealPath().toString());
        browser.driver.findElement(By.id("upload-submit")).click();
        assertThat(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("already-known"))).getText())
                .isEqualTo("This document is already in the registry: there is nothing to save.");
        assertThat(browser.driver.findElements(By.id("commit-form"))).isEmpty();
    }

    @Test
    void theLanguageSwitchChangesTheInterfaceTexts() {
        open("/?lang=ru");
        assertThat(text(By.tagName("h1"))).isEqualTo("Реестр профессиональных стандартов");
        browser.driver.findElement(By.id("lang-kk")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Кәсіптік стандарттар тізілімі"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        assertThat(text(By.cssSelector("header nav a"))).isEqualTo("Іздеу");
        browser.screenshots("home-kk");
        browser.driver.findElement(By.id("lang-en")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Registry of professional standards"));
        assertThat(text(By.cssSelector("header nav a"))).isEqualTo("Search");
        open("/match");
        assertThat(text(By.tagName("h1"))).as("the choice is kept by a cookie").isEqualTo("Match a CV or vacancy");
    }

    @Test
    void theEditionsTimelineLinksToTheSideBySideDiff() {
        StandardSummary standard = registry.list().stream().filter(s -> "06.001".equals(s.code())).findFirst()
                .orElseThrow();
        open("/standards/" + standard.id() + "?lang=ru");
        List<WebElement> editions = browser.driver.findElements(By.cssSelector("#editions li"));
        assertThat(editions).hasSize(2);
        assertThat(editions.get(0).getText()).contains("2013", "заменена");
        assertThat(editions.get(1).getText()).contains("2022", "действует");
        assertThat(browser.driver.findElements(By.cssSelector(".chart .bar-row"))).isNotEmpty();
        browser.screenshots("standard");

        browser.driver.findElement(By.cssSelector("#editions a.diff-link")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertThat(text(By.tagName("h1"))).isEqualTo("Сравнение редакций");
        assertThat(browser.driver.findElements(By.cssSelector("#diff-counts li"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#changes tbody tr"))).isNotEmpty();
        browser.screenshots("diff");

        // one edition given: the form keeps it chosen and says, in the page's language, that two are needed
        long older = registry.history(standard.id()).get(0).editionId();
        open("/diff?old=" + older + "&lang=kk");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("pick-old")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(older));
        assertThat(text(By.id("diff-error"))).isEqualTo("Салыстыру үшін екі редакцияны да таңдаңыз.");
        browser.screenshots("diff-pick-kk");
    }

    private static void open(String path) {
        site.open(path);
    }

    private static String text(By by) {
        return browser.driver.findElement(by).getText().strip();
    }

    private static boolean isInViewport(WebElement element) {
        Object inside = browser.driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", element);
        return Boolean.TRUE.equals(inside);
    }
}
