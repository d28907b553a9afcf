package dk.holbaek.experiments.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which
 * {@code .ci/run} installs), over the demo programme. Screenshots of each page go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.demo.enabled=true")
@ActiveProfiles("test")
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        assertThat(CHROMIUM).as("the browser tests need Debian's chromium: apt-get install chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER).as("the browser tests need chromedriver: apt-get install chromium-driver").isExecutable();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--window-size=1280,1800", "--lang=da-DK", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void withoutLogin_theDashboardAsksForOne_andAWrongPasswordIsRefused() {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Log ind");
        screenshot("login");

        logIn("steering", "wrong");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Brugernavn eller adgangskode er forkert.");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void theOverview_showsTheProgrammesFiguresInDanish() {
        JsonNode progress = api("/api/views/progress");
        logIn("steering", "steering");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overblik over programmet");
        assertThat(text("figure-activities")).isEqualTo(progress.get("activities").asString());
        assertThat(text("figure-participants")).isEqualTo("3.577");
        assertThat(progress.get("participants").asInt()).isEqualTo(3577);
        assertThat(text("figure-costs")).isEqualTo("129.770 kr.");
        assertThat(text("status-CONCLUDED")).isEqualTo(progress.get("experimentsByStatus").get("CONCLUDED").asString());
        List<WebElement> ledger = browser.findElements(By.cssSelector("#council-ledger tbody tr"));
        assertThat(ledger).extracting(WebElement::getText).containsExactly("2014 3 Opfyldt", "2015 2 Opfyldt");
        assertThat(browser.findElement(By.id("mandate-rules")).getText())
                .contains("Dialog med borgere og lokalområder allerede i første halvår 2014", "Opfyldt 5. april 2014");
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(2);
        assertThat(browser.findElements(By.id("asOf"))).as("the steering group sees today's figures only").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#report-links a"))).hasSize(8);
        screenshot("overview");

        follow(browser.findElement(By.cssSelector("#report-links a[href*='lang=da'][href*='format=html']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Erfaringsrapport");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("1. Sammenfatning", "6. Anbefalinger til byrådet");
        screenshot("report");
    }

    @Test
    void anExperimentPage_showsItsActivitiesLearningsAndHistoryAsSentences() {
        logIn("staff", "staff");
        assertThat(browser.findElements(By.id("report-links"))).as("staff do not read the report").isEmpty();
        follow(browser.findElement(By.linkText("Borgerbudget i Tølløse")));

        assertThat(text("experiment-title")).isEqualTo("Borgerbudget i Tølløse");
        assertThat(browser.findElements(By.cssSelector("#activities tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("activities")).getText()).contains("3. september 2014", "Idémøde i Tølløse Hallen",
                "kl. 19.00", "5.280 kr.", "55 / 61");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(
                "25. juni 2014: godkendt af projektudvalget med et budget på 250.000 kr.",
                "3. september 2014: aktivitet logget: Idémøde i Tølløse Hallen, 880 deltagere",
                "Rettet af system den 8. september 2014: antal deltagere 880 → 88 (aktiviteten Idémøde i Tølløse Hallen). "
                        + "Begrundelse: Tastefejl: 88 deltagere, ikke 880",
                "31. marts 2015: eksperimentet blev afsluttet");
        screenshot("experiment");
    }

    @Test
    void theLanguageSwitch_showsTheSamePagesInEnglish() {
        logIn("steering", "steering");
        follow(browser.findElement(By.id("language-switch")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programme overview");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("figure-participants")).isEqualTo("3,577");
        assertThat(text("figure-costs")).isEqualTo("DKK 129,770");
        follow(browser.findElement(By.linkText("Success criteria")));
        assertThat(browser.findElement(By.id("pl-heading")).getText())
                .isEqualTo("Council members are strengthened as political leaders");
        screenshot("criteria-english");
        follow(browser.findElement(By.linkText("Overview")));
        follow(browser.findElement(By.linkText("Borgerbudget i Tølløse")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(
                "Corrected by system on 8 September 2014: participants 880 → 88 (the activity Idémøde i Tølløse Hallen). "
                        + "Reason: Tastefejl: 88 deltagere, ikke 880");
        screenshot("experiment-english");
    }

    @Test
    void anAnalyst_picksADateAndSeesTheFiguresAsTheyStoodThen() {
        JsonNode then = api("/api/views/progress?asOf=2014-12-31");
        logIn("analyst", "analyst");
        WebElement date = browser.findElement(By.id("asOf"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2014-12-31';", date);
        follow(browser.findElement(By.cssSelector(".asof-form button")));

        assertThat(text("asof-notice")).isEqualTo("Viser programmet, som det var registreret ved udgangen af 31. december 2014.");
        assertThat(text("figure-activities")).isEqualTo(then.get("activities").asString()).isEqualTo("13");
        assertThat(text("figure-participants")).isEqualTo("3.462");
        assertThat(browser.findElements(By.cssSelector("#council-ledger tbody tr"))).extracting(WebElement::getText)
                .containsExactly("2014 3 Opfyldt");
        screenshot("overview-as-of-2014");

        follow(browser.findElement(By.linkText("Succeskriterier")));
        assertThat(browser.getCurrentUrl()).contains("asOf=2014-12-31");
        assertThat(text("broad-participants")).isEqualTo("3.462");
    }

    @Test
    void theCriteriaPage_hasAPanelPerCriterionWithItsFigures() {
        JsonNode broad = api("/api/views/criteria/broad-involvement");
        logIn("steering", "steering");
        follow(browser.findElement(By.linkText("Succeskriterier")));

        assertThat(browser.findElements(By.cssSelector("section.criterion"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("section.criterion svg.chart"))).hasSize(4);
        assertThat(text("meaningful-share")).isEqualTo(
                broad.get("meaningfulShare").decimalValue().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                        + " %");
        assertThat(browser.findElement(By.id("rarely-heard")).getText()).contains("Børnefamilier", "af alle deltagere 3.577");
        screenshot("criteria");
    }

    @Test
    void theKeyboard_reachesTheSkipLinkFirst() {
        logIn("steering", "steering");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Spring til indholdet");
        assertThat(focused.getAttribute("href")).endsWith("#content");
    }

    private void logIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** Clicks a link or button that loads a new page and waits until the old page is gone. */
    private void follow(WebElement link) {
        WebElement page = browser.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private JsonNode api(String path) {
        Http.Response response = Http.as(port, "analyst").get(path);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the screenshot " + name, e);
        }
    }
}
