package dk.holbaek.experiments.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * A consultant records the programme in the browser, in Danish, without writing JSON: each form sends the same
 * command as the API, keeps what was typed when something is refused, names the problem at its field, and leads to
 * the page of what was recorded. Its own service and store, so that what it records changes no other test's figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=forms-browser-test")
@ActiveProfiles("test")
class FormsBrowserTest extends BrowserTest {

    @Test
    void aConsultant_registersStartsAndLogsAnActivity_correctingAMistakeTheFormPointsOut() {
        browser.logIn("staff", "staff");
        browser.follow(By.id("register-experiment"));
        assertThat(browser.heading()).isEqualTo("Registrér et nyt eksperiment");
        browser.type("title", "Ungepanel i Jyderup");
        browser.type("hypothesis", "Unge deltager, når de selv sætter dagsordenen.");
        browser.choose("method", "Lokalt debatmøde");
        browser.choose("role", "Igangsat af eksperimentariet");
        browser.tick("insightAreas", "POLITICAL_DIRECTION");
        browser.tick("targetGroups", "YOUNG_PEOPLE");
        browser.send();

        assertThat(browser.text("confirmation")).isEqualTo("Eksperimentet er registreret.");
        assertThat(browser.text("experiment-title")).isEqualTo("Ungepanel i Jyderup");
        String experimentId = browser.driver().getCurrentUrl().replaceAll(".*/experiments/", "");

        browser.follow(By.linkText("Registrér godkendelse"));
        browser.date("approvedOn", "2014-03-04");
        browser.type("budgetDkk", "25.000");
        browser.send();
        assertThat(browser.text("confirmation")).isEqualTo("Godkendelsen er registreret.");
        browser.follow(By.linkText("Registrér start"));
        browser.date("startedOn", "2014-03-10");
        browser.send();
        assertThat(browser.text("confirmation")).isEqualTo("Starten er registreret.");

        browser.follow(By.linkText("Registrér en aktivitet"));
        browser.type("title", "Pizza og politik");
        browser.choose("kind", "Møde");
        browser.date("occurredOn", "2014-03-18");
        browser.choose("channel", "Fysisk");
        browser.type("startsAt", "17:30");
        browser.type("participants.total", "40");
        browser.type("participants.byGroup.YOUNG_PEOPLE", "30");
        browser.type("participants.byGroup.SENIORS", "25");
        assertThat(browser.text("group-sum")).isEqualTo("Grupperne giver indtil nu tilsammen 55 af 40 deltagere i alt.");
        browser.choose("costs[0].category", "Forplejning");
        browser.type("costs[0].amountDkk", "1.250,50");
        browser.send();

        assertThat(browser.heading()).isEqualTo("Registrér en aktivitet");
        assertThat(browser.text("error-summary")).contains("Ret venligst dette felt",
                "Deltagere: grupperne giver tilsammen 55, flere end de 40 deltagere i alt");
        assertThat(browser.driver().findElement(By.cssSelector("#s-participants-byGroup .field-error")).getText())
                .isEqualTo("grupperne giver tilsammen 55, flere end de 40 deltagere i alt");
        assertThat(browser.value("title")).isEqualTo("Pizza og politik");
        assertThat(browser.value("participants.byGroup.SENIORS")).isEqualTo("25");
        assertThat(browser.value("costs[0].amountDkk")).isEqualTo("1.250,50");
        assertThat(browser.value("startsAt")).isEqualTo("17:30");
        browser.screenshot("form-activity-refused");

        browser.type("participants.total", "60");
        browser.send();

        assertThat(browser.text("confirmation")).isEqualTo("Aktiviteten er registreret.");
        assertThat(browser.text("activities")).contains("18. marts 2014", "Pizza og politik", "kl. 17.30", "60",
                "1.250,50 kr.");
        browser.screenshot("form-activity-recorded");
        await().atMost(Duration.ofSeconds(30)).until(() -> participantsInTheViews(experimentId) == 60);
    }

    @Test
    void aMissingTitleRoleAndInsightArea_areAllNamedAtOnce_andWhatWasTypedIsKept() {
        browser.logIn("staff", "staff");
        browser.open("/forms/experiment");
        browser.type("hypothesis", "Noget");
        browser.type("plannedEnd", "");
        browser.choose("method", "Borgerbudget");
        browser.send();

        assertThat(browser.text("error-summary")).contains("Titel: må ikke være tom", "Eksperimentariets rolle: skal udfyldes",
                "Indsigtsområder: skal nævne mindst ét indsigtsområde");
        assertThat(browser.value("hypothesis")).isEqualTo("Noget");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("method")))
                .getFirstSelectedOption().getText()).isEqualTo("Borgerbudget");
    }

    @Test
    void theCouncilPage_saysWhenTheCurrentHalfYearHasNoInvolvementYet_untilOneIsRecorded() {
        browser.logIn("staff", "staff");
        browser.follow(By.linkText("Byrådet"));

        assertThat(browser.text("council-notice")).isEqualTo("Byrådet er endnu ikke inddraget i 2. halvår 2016.");
        browser.follow(By.id("record-council-involvement"));
        browser.date("occurredOn", "2016-09-14");
        browser.choose("form", "Temamøde");
        browser.type("topic", "Erfaringer fra ungepanelerne");
        browser.send();

        assertThat(browser.text("confirmation")).isEqualTo("Inddragelsen af byrådet er registreret.");
        assertThat(browser.driver().findElements(By.id("council-notice"))).isEmpty();
        assertThat(browser.text("involvements-2016")).contains("14. september 2016", "Temamøde",
                "Erfaringer fra ungepanelerne");
        assertThat(browser.text("rule-2016")).isEqualTo("Ikke opfyldt: kun én inddragelse.");
    }

    @Test
    void anExperienceFromAbroad_isRecordedOnItsForm_aLinkThatIsNoWebAddressNamedAtItsField_andCorrected() {
        browser.logIn("staff", "staff");
        browser.follow(By.linkText("Erfaringer udefra"));
        browser.follow(By.id("record-external-experience"));
        assertThat(browser.heading()).isEqualTo("Registrér en erfaring udefra");
        browser.type("title", "Borgerbudget i Paris");
        browser.type("place", "Paris");
        browser.type("country", "Frankrig");
        browser.type("link", "budgetparticipatif.paris.fr");
        browser.type("learned", "Afstemning på nettet og i stemmeboks nåede flere unge.");
        browser.date("recordedOn", "2015-02-10");
        browser.send();

        assertThat(browser.text("error-summary"))
                .contains("Kilde (webadresse): skal være en webadresse, der begynder med https:// eller http://");
        assertThat(browser.value("learned")).isEqualTo("Afstemning på nettet og i stemmeboks nåede flere unge.");
        browser.type("link", "https://budgetparticipatif.paris.fr/");
        browser.send();

        assertThat(browser.text("confirmation")).isEqualTo("Erfaringen udefra er registreret.");
        assertThat(browser.driver().findElement(By.cssSelector("article.experience")).getText())
                .contains("Borgerbudget i Paris", "Paris, Frankrig", "Afstemning på nettet og i stemmeboks nåede flere unge.",
                        "https://budgetparticipatif.paris.fr/");
        browser.follow(By.linkText("Ret"));
        assertThat(browser.value("title")).isEqualTo("Borgerbudget i Paris");
        browser.type("title", "Borgerbudget i Paris 2014");
        browser.type("reason", "Årstallet manglede");
        browser.send();
        assertThat(browser.text("confirmation")).isEqualTo("Rettelsen er registreret. Historikken bevarer det oprindelige.");
        assertThat(browser.driver().findElement(By.cssSelector("article.experience h2")).getText())
                .isEqualTo("Borgerbudget i Paris 2014");
    }

    @Test
    void theSteeringGroup_readsButFindsNoForms() {
        browser.logIn("steering", "steering");
        assertThat(browser.driver().findElements(By.id("register-experiment"))).isEmpty();

        browser.open("/forms/experiment");
        assertThat(browser.driver().getPageSource()).doesNotContain("name=\"title\"");
    }

    @Test
    void aLearningRecordedOnItsForm_isFoundBySearchingAnotherFormOfItsWords() {
        Http staff = Http.as(port, "staff");
        String experiment = new Programme(staff).runningExperiment("Møder om eftermiddagen for familier");
        browser.logIn("staff", "staff");
        browser.open("/experiments/" + experiment);
        browser.follow(By.linkText("Registrér et læringspunkt"));
        browser.choose("criterion", "Mange er involveret, og dialogen opleves meningsfuld");
        browser.type("insight", "Familierne kom, når møderne lå om eftermiddagen");
        browser.choose("assessment", "+1 Virkede efter hensigten");
        browser.date("recordedOn", "2014-04-02");
        browser.send();
        assertThat(browser.text("confirmation")).isEqualTo("Læringspunktet er registreret.");

        browser.follow(By.linkText("Søg"));
        browser.type("q", "familie eftermiddag");
        browser.follow(By.id("search-submit"));

        assertThat(browser.text("results-learnings")).contains("Familierne kom, når møderne lå om eftermiddagen");
        assertThat(browser.text("results-experiments")).contains("Møder om eftermiddagen for familier");
        browser.screenshot("search");
        browser.follow(By.linkText("Familierne kom, når møderne lå om eftermiddagen"));
        assertThat(browser.text("experiment-title")).isEqualTo("Møder om eftermiddagen for familier");
    }

    @Test
    void twoExperiments_areComparedSideBySide() {
        Http staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        String first = programme.runningExperiment("Dialogcafé i Mørkøv");
        String second = programme.runningExperiment("Ungeråd i Svinninge");
        programme.logActivity(first, "2014-03-18");
        browser.logIn("steering", "steering");
        browser.follow(By.linkText("Sammenlign"));
        browser.tick("ids", first);
        browser.tick("ids", second);
        browser.follow(By.id("compare-submit"));

        assertThat(browser.driver().findElements(By.cssSelector("#comparison thead th"))).extracting(e -> e.getText())
                .containsExactlyInAnyOrder("Dialogcafé i Mørkøv", "Ungeråd i Svinninge");
        assertThat(browser.text("row-participants")).contains("85", "0");
        assertThat(browser.text("row-cost-per-participant")).contains("49,42 kr.");
        browser.screenshot("compare");
    }

    @Test
    void anAdministrator_addsAUserWhoCanLogIn_thenDisablesIt_andTheUsersNextRequestIsRefused() throws Exception {
        browser.logIn("admin", "admin");
        browser.follow(By.id("nav-users"));
        browser.type("name", "konsulent.berg");
        browser.type("password", "Kystvejen-til-Tuse-9");
        browser.driver().findElement(By.cssSelector("#add-user-form input[name='roles'][value='STAFF']")).click();
        browser.follow(By.id("add-user"));
        assertThat(browser.text("confirmation")).isEqualTo("Brugeren konsulent.berg er tilføjet og kan logge ind.");

        try (Browser consultant = new Browser(port, Files.createTempDirectory(profile, "consultant"))) {
            consultant.logIn("konsulent.berg", "Kystvejen-til-Tuse-9");
            assertThat(consultant.heading()).isEqualTo("Overblik over programmet");
            assertThat(consultant.driver().findElements(By.id("register-experiment"))).hasSize(1);

            browser.driver().findElement(By.cssSelector("#user-konsulent\\.berg input[name='enabled']")).click();
            browser.follow(By.id("save-konsulent.berg"));
            assertThat(browser.text("user-konsulent.berg")).contains("Nej, spærret");

            consultant.open("/criteria");
            assertThat(consultant.driver().getCurrentUrl()).endsWith("/login");
        }
    }

    private int participantsInTheViews(String experimentId) {
        JsonNode broad = Http.as(port, "analyst").get("/api/views/criteria/broad-involvement").json();
        for (JsonNode row : broad.get("experiments")) {
            if (row.get("experimentId").asString().equals(experimentId)) {
                return row.get("participants").asInt();
            }
        }
        return -1;
    }
}
