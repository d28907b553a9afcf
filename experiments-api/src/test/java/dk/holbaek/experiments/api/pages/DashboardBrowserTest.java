package dk.holbaek.experiments.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium ({@link Browser}), over the demo programme. Screenshots of each page go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.demo.enabled=true")
@ActiveProfiles("test")
class DashboardBrowserTest extends BrowserTest {

    @Test
    void withoutLogin_theDashboardAsksForOne_andAWrongPasswordIsRefused() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        assertThat(browser.driver().findElement(By.tagName("h2")).getText()).isEqualTo("Log ind");
        screenshot("login");

        logIn("steering", "wrong");
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Brugernavn eller adgangskode er forkert.");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void theOverview_showsTheProgrammesFiguresInDanish() {
        JsonNode progress = api("/api/views/progress");
        logIn("steering", "steering");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Overblik over programmet");
        assertThat(text("figure-activities")).isEqualTo(progress.get("activities").asString());
        assertThat(text("figure-participants")).isEqualTo("3.577");
        assertThat(progress.get("participants").asInt()).isEqualTo(3577);
        assertThat(text("figure-costs")).isEqualTo("129.770 kr.");
        assertThat(text("status-CONCLUDED")).isEqualTo(progress.get("experimentsByStatus").get("CONCLUDED").asString());
        List<WebElement> ledger = browser.driver().findElements(By.cssSelector("#council-ledger tbody tr"));
        assertThat(ledger).extracting(WebElement::getText).containsExactly("2014 3 Opfyldt", "2015 2 Opfyldt");
        assertThat(browser.driver().findElement(By.id("mandate-rules")).getText())
                .contains("Dialog med borgere og lokalområder allerede i første halvår 2014", "Opfyldt 5. april 2014");
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart"))).hasSize(2);
        assertThat(browser.driver().findElements(By.id("asOf"))).as("the steering group sees today's figures only").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#report-links a"))).hasSize(8);
        screenshot("overview");

        follow(browser.driver().findElement(By.cssSelector("#report-links a[href*='lang=da'][href*='format=html']")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Erfaringsrapport");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("1. Resumé", "13. Anbefalinger til byrådet", "14. Indstilling");
        screenshot("report");
    }

    @Test
    void anExperimentPage_showsItsActivitiesLearningsAndHistoryAsSentences() {
        logIn("staff", "staff");
        assertThat(browser.driver().findElements(By.id("report-links"))).as("staff do not read the report").isEmpty();
        follow(browser.driver().findElement(By.linkText("Borgerbudget i Tølløse")));

        assertThat(text("experiment-title")).isEqualTo("Borgerbudget i Tølløse");
        assertThat(browser.driver().findElements(By.cssSelector("#activities tbody tr"))).hasSize(2);
        assertThat(browser.driver().findElement(By.id("activities")).getText()).contains("3. september 2014", "Idémøde i Tølløse Hallen",
                "kl. 19.00", "5.280 kr.", "55 / 61");
        assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains(
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
        follow(browser.driver().findElement(By.id("language-switch")));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Programme overview");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("figure-participants")).isEqualTo("3,577");
        assertThat(text("figure-costs")).isEqualTo("DKK 129,770");
        follow(browser.driver().findElement(By.linkText("Success criteria")));
        assertThat(browser.driver().findElement(By.id("pl-heading")).getText())
                .isEqualTo("Council members are strengthened as political leaders");
        screenshot("criteria-english");
        follow(browser.driver().findElement(By.linkText("Overview")));
        follow(browser.driver().findElement(By.linkText("Borgerbudget i Tølløse")));
        assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains(
                "Corrected by system on 8 September 2014: participants 880 → 88 (the activity Idémøde i Tølløse Hallen). "
                        + "Reason: Tastefejl: 88 deltagere, ikke 880");
        screenshot("experiment-english");
    }

    @Test
    void anAnalyst_picksADateAndSeesTheFiguresAsTheyStoodThen() {
        JsonNode then = api("/api/views/progress?asOf=2014-12-31");
        logIn("analyst", "analyst");
        WebElement date = browser.driver().findElement(By.id("asOf"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2014-12-31';", date);
        follow(browser.driver().findElement(By.cssSelector(".asof-form button")));

        assertThat(text("asof-notice")).isEqualTo("Viser programmet, som det var registreret ved udgangen af 31. december 2014.");
        assertThat(text("figure-activities")).isEqualTo(then.get("activities").asString()).isEqualTo("13");
        assertThat(text("figure-participants")).isEqualTo("3.462");
        assertThat(browser.driver().findElements(By.cssSelector("#council-ledger tbody tr"))).extracting(WebElement::getText)
                .containsExactly("2014 3 Opfyldt");
        screenshot("overview-as-of-2014");

        follow(browser.driver().findElement(By.linkText("Succeskriterier")));
        assertThat(browser.driver().getCurrentUrl()).contains("asOf=2014-12-31");
        assertThat(text("broad-participants")).isEqualTo("3.462");
    }

    @Test
    void theCriteriaPage_hasAPanelPerCriterionWithItsFigures() {
        JsonNode broad = api("/api/views/criteria/broad-involvement");
        logIn("steering", "steering");
        follow(browser.driver().findElement(By.linkText("Succeskriterier")));

        assertThat(browser.driver().findElements(By.cssSelector("section.criterion"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("section.criterion svg.chart"))).hasSize(4);
        assertThat(text("meaningful-share")).isEqualTo(
                broad.get("meaningfulShare").decimalValue().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                        + " %");
        assertThat(browser.driver().findElement(By.id("rarely-heard")).getText()).contains("Børnefamilier", "af alle deltagere 3.577");
        assertThat(broad.get("participantsByLocalArea").get("Tølløse").asLong()).isEqualTo(1134);
        assertThat(browser.driver().findElement(By.id("local-areas")).getText()).contains("Tølløse 1.134",
                "Uden for et bestemt lokalområde (digitalt eller på tværs) 1.860");
        assertThat(text("areas-not-reached")).startsWith("Lokalområder uden aktiviteter endnu: Mørkøv, Vipperød");
        screenshot("criteria");
    }

    @Test
    void theExperimentList_sortsByAnyColumn_andItsTotalsAreTheProgrammes() {
        JsonNode progress = api("/api/views/progress");
        logIn("staff", "staff");
        follow(browser.driver().findElement(By.linkText("Eksperimenter")));

        assertThat(text("total-participants")).isEqualTo("3.577");
        assertThat(text("total-costs")).isEqualTo("129.770 kr.");
        assertThat(text("total-activities")).isEqualTo(progress.get("activities").asString());
        follow(browser.driver().findElement(By.id("sort-participants")));
        follow(browser.driver().findElement(By.id("sort-participants")));
        List<Long> participants = browser.driver().findElements(By.cssSelector("#experiment-list tbody tr td:nth-of-type(3)"))
                .stream().map(cell -> Long.parseLong(cell.getText().replace(".", ""))).toList();
        assertThat(participants).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(participants.stream().mapToLong(Long::longValue).sum()).isEqualTo(3577);
        screenshot("experiment-list");
    }

    @Test
    void theLearnings_areFilteredByCriterion_asTheCriterionsViewCountsThem() {
        JsonNode broad = api("/api/views/criteria/broad-involvement");
        logIn("staff", "staff");
        follow(browser.driver().findElement(By.linkText("Læringspunkter")));
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("filter-criterion")))
                .selectByValue("BROAD_INVOLVEMENT");
        follow(browser.driver().findElement(By.id("filter-submit")));

        assertThat(browser.driver().findElements(By.cssSelector("#learning-list > li")))
                .hasSize(broad.get("learnings").size());
        assertThat(text("learnings-count")).startsWith(broad.get("learnings").size() + " af ");
    }

    @Test
    void theKeyboard_reachesTheSkipLinkFirst() {
        logIn("steering", "steering");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Spring til indholdet");
        assertThat(focused.getAttribute("href")).endsWith("#content");
    }

    private void logIn(String user, String password) {
        browser.logIn(user, password);
    }

    private void follow(WebElement link) {
        browser.follow(link);
    }

    private String text(String id) {
        return browser.text(id);
    }

    private JsonNode api(String path) {
        Http.Response response = Http.as(port, "analyst").get(path);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private void screenshot(String name) {
        browser.screenshot(name);
    }
}
