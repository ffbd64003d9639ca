package org.profstd.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;

/**
 * Curriculum coverage, the KZ-RU equivalence, the similar standards of a standard's page and the diff of two
 * different standards, in a real headless Chromium over the corpus.
 */
class ClassroomBrowserTest {
    /** A software developer's programme written by the team for the curriculum tests of the analysis module. */
    static final Path PROGRAMME = Path.of("..", "analysis", "src", "test", "resources", "curriculum",
            "software-developer-ru.md");
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

    private static StandardSummary standard(String code) {
        return registry.list().stream().filter(s -> code.equals(s.code())).findFirst().orElseThrow();
    }

    @Test
    void aPastedProgrammeShowsTheMatrixNamesTheUncoveredFunctionsAndDownloadsAsCsv(@TempDir Path downloads)
            throws IOException {
        long robots = standard("J075").edition().id();
        browser.downloadsTo(downloads);
        site.open("/curriculum?lang=ru");
        new Select(browser.driver.findElement(By.id("edition"))).selectByValue(String.valueOf(robots));
        browser.driver.findElement(By.id("text")).sendKeys(Files.readString(PROGRAMME, StandardCharsets.UTF_8));
        browser.driver.findElement(By.id("curriculum-submit")).click();
        WebElement matrix = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
        List<WebElement> rows = matrix.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(12);
        assertThat(matrix.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
                .containsExactly("Трудовая функция", "Покрытие", "D1", "D2", "D3", "D4", "D5");
        assertThat(text(By.id("coverage-summary"))).isEqualTo(
                "Покрыто трудовых функций: 3 из 12 (не менее 20% их требований)");
        assertThat(browser.driver.findElements(By.cssSelector("#uncovered li"))).extracting(WebElement::getText)
                .contains("Базовое техническое обслуживание", "Диагностика и ремонт промышленных роботов");
        assertThat(browser.driver.findElements(By.cssSelector("#disciplines li")).get(0).getText())
                .isEqualTo("D1 Основы программирования");
        browser.screenshots("curriculum");

        browser.driver.findElement(By.id("csv-download")).click();
        Path csv = downloads.resolve("coverage-" + robots + ".csv");
        browser.waitFor(d -> Files.exists(csv) && !partial(downloads));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFfunction_code,function,card,requirements,covered,coverage,"
                + "Основы программирования,");
        assertThat(lines).hasSize(13).anySatisfy(l -> assertThat(l)
                .startsWith(",Базовое техническое обслуживание,").endsWith(",0,0,0,0,0"));
    }

    @Test
    void oneCardIsPickedOnceItsStandardIsChosenAndAnEmptyFormSaysWhatIsMissing() throws IOException {
        StandardSummary programmer = standard("06.001");
        site.open("/curriculum?lang=en");
        browser.driver.findElement(By.id("curriculum-submit")).click();
        // the browser itself asks for the standard first (the field is required)
        assertThat(browser.driver.findElements(By.id("matrix"))).isEmpty();
        new Select(browser.driver.findElement(By.id("edition"))).selectByValue(String.valueOf(programmer.edition().id()));
        // the script may replace the card list while it is read: read the new one then
        browser.waitFor(d -> {
            try {
                return new Select(d.findElement(By.id("card"))).getOptions().size() > 1;
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
        browser.driver.findElement(By.id("curriculum-submit")).click();
        assertThat(browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("curriculum-error"))).getText())
                .isEqualTo("Paste a programme or choose a file.");

        // the page's script fills the card list once the standard is known, replacing the list: pick from the filled
        // one, again if it was replaced meanwhile
        String[] cardName = new String[1];
        browser.waitFor(d -> {
            try {
                Select card = new Select(d.findElement(By.id("card")));
                if (card.getOptions().size() < 2) {
                    return false;
                }
                card.selectByValue("1");
                cardName[0] = card.getFirstSelectedOption().getText().replaceFirst("^1\\. ", "").split(" · ")[0];
                return true;
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
        browser.driver.findElement(By.id("text")).sendKeys(Files.readString(PROGRAMME, StandardCharsets.UTF_8));
        browser.driver.findElement(By.id("curriculum-submit")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("matrix")));
        assertThat(text(By.id("coverage-standard"))).startsWith("Программист (06.001) › " + cardName[0]);
        assertThat(new Select(browser.driver.findElement(By.id("card"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("1");
    }

    @Test
    void theSupportStandardsAreRelatedWithTheirPairsAndTheAnimationOneIsSaidToBeUnrelated() {
        String ru = String.valueOf(standard("06.024").edition().id());
        site.open("/equivalence?lang=ru");
        new Select(browser.driver.findElement(By.id("pick-kz"))).selectByValue(String.valueOf(standard("J076").edition().id()));
        new Select(browser.driver.findElement(By.id("pick-ru"))).selectByValue(ru);
        browser.driver.findElement(By.id("equivalence-submit")).click();
        WebElement verdict = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(verdict.getAttribute("data-related")).isEqualTo("true");
        assertThat(verdict.getText()).startsWith("Связаны: «Поддержка пользователей ИТ» (J076) и «Специалист по"
                + " технической поддержке информационно-коммуникационных систем» (06.024)");
        assertThat(browser.driver.findElements(By.cssSelector(".pair"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.findElements(By.cssSelector(".shared-function"))).isNotEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#levels tbody tr"))).isNotEmpty();
        assertThat(text(By.id("verdict-reasons"))).contains("3512");
        browser.screenshots("equivalence-related");

        new Select(browser.driver.findElement(By.id("pick-kz"))).selectByValue(String.valueOf(standard("J077").edition().id()));
        browser.driver.findElement(By.id("equivalence-submit")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Не связаны"));
        assertThat(text(By.id("verdict"))).startsWith("Не связаны: «Разработка анимационных фильмов");
        assertThat(text(By.id("verdict-reasons"))).contains("но не содержание работы");
        assertThat(browser.driver.findElements(By.id("no-pairs"))).hasSize(1);
        browser.screenshots("equivalence-unrelated");

        site.open("/equivalence?lang=kk&kz=" + standard("J076").edition().id() + "&ru=" + ru);
        assertThat(text(By.tagName("h1"))).isEqualTo("Қазақстан мен Ресей стандарттары");
        assertThat(text(By.id("verdict"))).startsWith("Байланысты: «Поддержка пользователей ИТ» (J076)");
    }

    @Test
    void theRussianSupportStandardsPageListsTheKazakhOneAmongSimilarStandards() {
        StandardSummary ru = standard("06.024");
        site.open("/standards/" + ru.id() + "?lang=en");
        assertThat(text(By.id("similar-title"))).isEqualTo("Similar standards of Kazakhstan");
        WebElement list = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("similar-standards")));
        assertThat(list.getText()).contains("J076").doesNotContain("J077");
        assertThat(text(By.id("similar-how"))).startsWith("How it is found:");
        browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("similar")));
        browser.screenshots("standard-similar");
        list.findElements(By.cssSelector("li")).stream().filter(li -> li.getText().contains("J076")).findFirst()
                .orElseThrow().findElement(By.cssSelector("a.compare-link")).click();
        WebElement verdict = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).startsWith("Related: ");
    }

    @Test
    void aKazakhStandardOffersNoRegistryXmlAndTwoDifferentStandardsInTheDiffAreWarnedOf() {
        StandardSummary kz = standard("J076");
        site.open("/standards/" + kz.id() + "?lang=ru");
        assertThat(browser.driver.findElements(By.id("export-json"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("export-registry-xml"))).isEmpty();

        site.open("/diff?lang=ru&old=" + kz.edition().id() + "&new=" + standard("06.024").edition().id());
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertThat(text(By.id("different-standards"))).contains("редакции разных стандартов",
                "только там, где похожи названия профессий");

        List<Long> programmer = registry.history(standard("06.001").id()).stream().map(e -> e.editionId()).toList();
        site.open("/diff?lang=ru&old=" + programmer.get(0) + "&new=" + programmer.get(programmer.size() - 1));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertThat(browser.driver.findElements(By.id("different-standards"))).isEmpty();
    }

    private static String text(By by) {
        return browser.driver.findElement(by).getText().strip();
    }

    private static boolean partial(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }
}
