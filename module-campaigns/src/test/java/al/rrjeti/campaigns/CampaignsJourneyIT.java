package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Three CSOs, registered and verified through the pages, co-sign a joint position that one of
 * them drafts; it publishes itself at the third signature. The pages pass an axe-core scan in sq and en.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class CampaignsJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void threeOrganisationsCoSignAndTheThirdSignaturePublishes() {
        // Three verified CSOs, each with its representative logged in (registering and verifying an
        // organisation through the pages is the kernel's journey).
        try (Browser a = new Browser(app); Browser b = new Browser(app); Browser c = new Browser(app)) {
            representative(a, "Qendra Alfa " + RUN, "alfa." + RUN + "@example.al");
            representative(b, "Qendra Beta " + RUN, "beta." + RUN + "@example.al");
            representative(c, "Qendra Gama " + RUN, "gama." + RUN + "@example.al");

            a.open("/campaigns/positions.xhtml?lang=sq");
            Accessibility.assertNoSeriousViolations(a.driver());
            a.submit("a[id='draft']");
            Accessibility.assertNoSeriousViolations(a.driver());
            a.find("input[id='position:titleSq']").sendKeys("Për transparencë në prokurim " + RUN);
            a.find("textarea[id='position:bodySq']").sendKeys("Kërkojmë publikimin e plotë të kontratave.");
            a.find("input[id='position:law']").sendKeys("Ligji nr. 162/2020");
            a.find("input[id='position:institutionName']").sendKeys("Agjencia e Prokurimit Publik");
            a.find("input[id='position:institutionEmail']").sendKeys("info." + RUN + "@app.gov.al");
            a.find("input[id='position:publishAtSignatures_input']").sendKeys("3");
            a.submit("button[id='position:save']");
            assertThat(a.text("#status")).isEqualTo("Projekt");
            // the address after the save's redirect names the position; later postbacks do not
            String position = a.driver().getCurrentUrl().substring(a.driver().getCurrentUrl().indexOf("/campaigns/"));
            assertThat(position).contains("position.xhtml?id=");
            a.submit("button[id='manage:open']");
            assertThat(a.text("#status")).isEqualTo("I hapur për nënshkrim");
            Accessibility.assertNoSeriousViolations(a.driver());
            a.screenshot("campaigns-position-open");

            b.open(position);
            b.submit("button[id='sign:sign']");
            assertThat(b.text("#status")).isEqualTo("I hapur për nënshkrim");
            c.open(position);
            c.submit("button[id='sign:sign']");
            a.open(position);
            a.submit("button[id='sign:sign']");
            assertThat(a.text("#status")).as("the third signature publishes").isEqualTo("I botuar");
            assertThat(a.text("#signatories")).contains("Qendra Alfa " + RUN, "Qendra Beta " + RUN, "Qendra Gama " + RUN);
            assertThat(a.exists("button[id='sign:sign']")).as("frozen: no more signing").isFalse();
            Accessibility.assertNoSeriousViolations(a.driver());
            a.screenshot("campaigns-position-published");

            for (String lang : new String[] {"sq", "en"}) {
                for (String page : new String[] {"/campaigns/", "/campaigns/calendar.xhtml", "/campaigns/positions.xhtml",
                        position, "/campaigns/organise.xhtml"}) {
                    a.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                    Accessibility.assertNoSeriousViolations(a.driver());
                }
            }
        }
    }

    /**
     * A citizen follows a campaign an editor made through the pages; the editor adds an activity to
     * it and the citizen's bell tells of it; the citizen registers, the editor changes the place
     * on the activity's edit page, and the citizen is told of that too.
     */
    @Test
    void aCitizenFollowsACampaignAndIsToldOfItsNextActivityAndOfItsChange() {
        try (Browser editor = new Browser(app); Browser citizen = new Browser(app)) {
            Journeys.logIn(editor, Journeys.accountWithRole(app, "editor", "cj.editor." + RUN + "@example.al"),
                    Journeys.PASSWORD);
            Journeys.logIn(citizen, Journeys.accountWithRole(app, "citizen", "cj.citizen." + RUN + "@example.al"),
                    Journeys.PASSWORD);
            String campaignTitle = "Java e ndershmërisë " + RUN;
            editor.open("/campaigns/organise.xhtml?lang=sq");
            editor.find("input[id='campaign:titleSq']").sendKeys(campaignTitle);
            editor.find("input[id='campaign:goalSq']").sendKeys("Qytetarët të dinë ku raportojnë.");
            new Select(editor.find("select[id='campaign:audience']")).selectByValue("CITIZENS");
            editor.find("input[id='campaign:startsOn_input']").sendKeys(DAY.format(LocalDate.now()), Keys.ESCAPE);
            editor.submit("button[id='campaign:add']");
            String campaign = editor.driver().getCurrentUrl().substring(editor.driver().getCurrentUrl().indexOf("/campaigns/"));
            assertThat(campaign).as(editor.text("main")).contains("campaign.xhtml?id=");

            citizen.open(campaign + "&lang=sq");
            citizen.submit("button[id='follow:subscribe']");
            assertThat(citizen.exists("button[id='follow:unsubscribe']")).as("following").isTrue();
            citizen.find("button[id='copy-link']").click();
            new org.openqa.selenium.support.ui.WebDriverWait(citizen.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> !citizen.text("#copy-status").isBlank());
            Accessibility.assertNoSeriousViolations(citizen.driver());

            String eventTitle = "Takim në Elbasan " + RUN;
            editor.open("/campaigns/organise.xhtml?lang=sq");
            new Select(editor.find("select[id='event:campaignId']")).selectByVisibleText(campaignTitle);
            editor.find("input[id='event:titleSq']").sendKeys(eventTitle);
            // the picker's text is what the server reads; set whole, no popup typing in between
            editor.driver().executeScript("arguments[0].value = arguments[1];",
                    editor.find("input[id='event:startsAt_input']"), DAY.format(LocalDate.now().plusDays(20)) + " 10:00");
            editor.find("input[id='event:place']").sendKeys("Elbasan, Biblioteka");
            editor.submit("button[id='event:add']");
            String event = editor.driver().getCurrentUrl().substring(editor.driver().getCurrentUrl().indexOf("/campaigns/"));
            assertThat(event).as(editor.text("main")).contains("event.xhtml?id=");

            citizen.open("/notifications.xhtml?lang=sq");
            assertThat(citizen.text("main")).as("the follower's bell").contains("Aktivitet i ri", eventTitle);
            citizen.open(event + "&lang=sq");
            citizen.submit("button[id='registration:register']");

            editor.open(event + "&lang=sq");
            editor.submit("a[id='edit']");
            Accessibility.assertNoSeriousViolations(editor.driver());
            editor.find("input[id='event:place']").clear();
            editor.find("input[id='event:place']").sendKeys("Elbasan, Pallati i Kulturës");
            editor.submit("button[id='event:save']");
            assertThat(editor.text("#where")).contains("Pallati i Kulturës");
            for (String lang : new String[] {"sq", "en"}) {
                editor.open(campaign.replace("campaign.xhtml", "reach.xhtml") + "&lang=" + lang);
                assertThat(editor.exists("#joined-chart")).as("followers and registrations per day, charted").isTrue();
                Accessibility.assertNoSeriousViolations(editor.driver());
            }
            editor.open(campaign.replace("campaign.xhtml", "campaign-edit.xhtml") + "&lang=en");
            Accessibility.assertNoSeriousViolations(editor.driver());
            editor.find("input[id='campaign:titleEn']").sendKeys("Honesty week " + RUN);
            editor.find("input[id='campaign:goalSq']").clear();
            editor.submit("button[id='campaign:save']");
            assertThat(editor.text("main")).as("refused beside the field").contains("Write the campaign's goal");
            assertThat(editor.find("input[id='campaign:titleEn']").getAttribute("value")).as("what was typed stays")
                    .isEqualTo("Honesty week " + RUN);
            editor.find("input[id='campaign:goalEn']").sendKeys("Citizens know where to report.");
            editor.submit("button[id='campaign:save']");
            assertThat(editor.driver().getCurrentUrl()).contains("campaign.xhtml?id=");
            assertThat(editor.text("main")).contains("Honesty week " + RUN, "The campaign's changes are saved.");

            citizen.open("/notifications.xhtml?lang=sq");
            assertThat(citizen.text("main")).as("registered people hear of the change").contains("ndryshoi");
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private void representative(Browser browser, String organisation, String email) {
        Journeys.logIn(browser, Journeys.accountWithRole(app, "cso_member", email, organisation), Journeys.PASSWORD);
    }
}
