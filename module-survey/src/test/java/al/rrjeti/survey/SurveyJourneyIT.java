package al.rrjeti.survey;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.TestPorts;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Real paths in headless Chromium: a citizen answers the seeded questionnaire on a 360 px wide
 * window and sees the results; an editor publishes a measure and a citizen's rating shows in its
 * trend; a member of a verified CSO builds a survey for it; the REST resources answer with aggregates. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class SurveyJourneyIT {

    @ArquillianResource
    private URL app;

    private String base() {
        return app.toExternalForm().replaceAll("/$", "");
    }

    private long seededSurveyId() throws Exception {
        HttpResponse<String> list = new HttpSession(base()).get("/api/survey/surveys");
        assertThat(list.statusCode()).isEqualTo(200);
        // JSON-B writes properties in alphabetical order, but do not rely on it.
        Matcher after = Pattern.compile("\"code\":\"perception\",\"id\":(\\d+)").matcher(list.body());
        Matcher before = Pattern.compile("\"id\":(\\d+),\"code\":\"perception\"").matcher(list.body());
        if (after.find()) {
            return Long.parseLong(after.group(1));
        }
        assertThat(before.find()).as(list.body()).isTrue();
        return Long.parseLong(before.group(1));
    }

    @Test
    void aCitizenAnswersTheSeededQuestionnaireOnAPhoneThenSeesTheResults() throws Exception {
        long survey = seededSurveyId();
        String email = Journeys.accountWithRole(app, "citizen", "sjourney." + System.nanoTime() + "@example.al");
        try (Browser citizen = new Browser(app)) {
            citizen.driver().manage().window().setSize(new Dimension(360, 780));
            Journeys.logIn(citizen, email, Journeys.PASSWORD);
            citizen.open("/survey/answer.xhtml?id=" + survey + "&lang=sq");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            Object fits = citizen.driver().executeScript("var f = document.getElementById('answer');"
                    + " return f.getBoundingClientRect().right <= window.innerWidth + 1;");
            assertThat(fits).as("the form fits a 360 px window").isEqualTo(true);

            citizen.submit("button[id='answer:submit']");
            assertThat(citizen.driver().findElements(By.cssSelector(".rr-survey-error"))).as("required questions")
                    .hasSizeGreaterThanOrEqualTo(9);
            assertThat(citizen.text("main")).contains("Kjo pyetje kërkon një përgjigje.");

            Set<String> groups = new LinkedHashSet<>();
            for (WebElement radio : citizen.driver().findElements(By.cssSelector("input[type=radio][name$=':single']"))) {
                groups.add(radio.getAttribute("name"));
            }
            for (String group : groups) {
                WebElement first = citizen.find("input[type=radio][name='" + group + "']");
                citizen.driver().executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
                        first);
            }
            citizen.submit("button[id='answer:submit']");
            assertThat(citizen.text("main")).contains("Faleminderit! Përgjigjet tuaja u ruajtën në mënyrë anonime.");

            citizen.open("/survey/answer.xhtml?id=" + survey);
            assertThat(citizen.text("main")).contains("E keni plotësuar tashmë këtë pyetësor.");
            assertThat(citizen.exists("button[id='answer:submit']")).isFalse();

            citizen.open("/survey/results.xhtml?id=" + survey);
            Accessibility.assertNoSeriousViolations(citizen.driver());
            assertThat(citizen.text("main")).contains("Është rritur shumë");
            citizen.open("/survey/results.xhtml?id=" + survey + "&lang=en");
            Accessibility.assertNoSeriousViolations(citizen.driver());
            assertThat(citizen.text("main")).contains("Increased a lot");
        }
    }

    @Test
    void anEditorPublishesAMeasureAndARatingShowsInItsTrend() throws Exception {
        String editor = Journeys.accountWithRole(app, "editor", "seditor." + System.nanoTime() + "@example.al");
        String title = "Masa e provës " + System.nanoTime();
        String measurePage;
        try (Browser b = new Browser(app)) {
            Journeys.logIn(b, editor, Journeys.PASSWORD);
            b.open("/survey/measure-edit.xhtml?lang=sq");
            Accessibility.assertNoSeriousViolations(b.driver());
            b.submit("button[id='measure:save']");
            assertThat(b.text("main")).contains("Kjo fushë duhet plotësuar.");
            b.find("input[id='measure:institutionSq']").sendKeys("Ministria e Drejtësisë");
            b.find("input[id='measure:titleSq']").sendKeys(title);
            b.find("input[id='measure:titleEn']").sendKeys("Test measure");
            b.find("textarea[id='measure:sources']").sendKeys("https://www.drejtesia.gov.al/");
            b.submit("button[id='measure:save']");
            assertThat(b.driver().getCurrentUrl()).contains("/survey/measure.xhtml?id=");
            assertThat(b.text("h1")).isEqualTo(title);
            measurePage = b.driver().getCurrentUrl().replaceFirst("^.*/survey/", "/survey/");
        }
        String citizen = Journeys.accountWithRole(app, "citizen", "srater." + System.nanoTime() + "@example.al");
        String comment = "Shihet pak në gjykata <b>" + Long.toString(System.nanoTime(), 36) + "</b>.";
        try (Browser b = new Browser(app)) {
            b.open(measurePage);
            assertThat(b.text("main")).contains("Hyni në llogari për ta vlerësuar këtë masë.");
            Journeys.logIn(b, citizen, Journeys.PASSWORD);
            b.open(measurePage);
            Accessibility.assertNoSeriousViolations(b.driver());
            b.find("label[for='rate:effective:3']").click();
            b.find("label[for='rate:visible:1']").click();
            b.find("label[for='rate:trust:4']").click();
            b.find("textarea[id='rate:comment']").sendKeys(comment);
            b.submit("button[id='rate:save']");
            assertThat(b.text("main")).contains("Vlerësimi u ruajt.");
            assertThat(b.text("table[aria-labelledby='trend']")).contains("4,00").contains("2,00").contains("5,00");
            assertThat(b.driver().findElements(By.cssSelector(".rr-survey-chart canvas"))).as("distribution and trend charts")
                    .hasSize(2);
            // (the form still holds it, for its author to change)
            assertThat(b.exists("ol.rr-survey-comments")).as("not listed before a moderator let it through").isFalse();
            assertThat(b.text("p[id='no-comments']")).isEqualTo("Ende asnjë koment i shqyrtuar.");
            b.open(measurePage + "&lang=en");
            Accessibility.assertNoSeriousViolations(b.driver());
            assertThat(b.text("main")).contains("You have rated this measure");
            // The scorecard (the space's first page) with the rated measure in it, in both languages.
            b.open("/survey/?lang=sq");
            assertThat(b.text("main")).contains(title);
            assertThat(b.driver().findElements(By.cssSelector(".rr-survey-chart canvas")))
                    .as("measures and institutions compared in charts beside their tables").hasSize(2);
            Accessibility.assertNoSeriousViolations(b.driver());
            b.open("/survey/?lang=en");
            assertThat(b.text("main")).contains("Test measure");
            Accessibility.assertNoSeriousViolations(b.driver());
        }
        // A moderator lets the comment through the survey's moderation queue; the measure's page then
        // shows it as typed (as text, with the rating and the day, no name), accessible in both languages.
        String moderator = Journeys.accountWithRole(app, "moderator", "smoderator." + System.nanoTime() + "@example.al");
        try (Browser b = new Browser(app)) {
            Journeys.logIn(b, moderator, Journeys.PASSWORD);
            b.open("/survey/moderation.xhtml?lang=sq");
            Accessibility.assertNoSeriousViolations(b.driver());
            String article = b.driver().findElements(By.cssSelector("article.rr-survey-pending-comment")).stream()
                    .filter(e -> e.getText().contains(comment)).findFirst().orElseThrow().getAttribute("id");
            b.submit("article[id='" + article + "'] button[id$='approveComment']");
            assertThat(b.text("main")).contains("Vendimi u ruajt.").doesNotContain(comment);
            b.open(measurePage + "&lang=sq");
            assertThat(b.text("ol.rr-survey-comments")).contains(comment)
                    .contains("Vlerësimi: efektive 4, e dukshme 2, besim 5 (nga 1 deri në 5)");
            Accessibility.assertNoSeriousViolations(b.driver());
            b.open(measurePage + "&lang=en");
            assertThat(b.text("ol.rr-survey-comments")).contains(comment)
                    .contains("Rating: effective 4, visible 2, trust 5 (from 1 to 5)");
            Accessibility.assertNoSeriousViolations(b.driver());
        }
        HttpResponse<String> measures = new HttpSession(base()).get("/api/survey/measures");
        assertThat(measures.statusCode()).isEqualTo(200);
        assertThat(measures.body()).contains(title).contains("\"ratings\":1");
    }

    @Test
    void aMemberOfAVerifiedCsoBuildsASurveyForTheirOrganisation() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String organisation = "Qendra Zëri " + run;
        String email = "cso." + run + "@example.al";
        String code = "ojf-" + run;
        String editPage;
        try (Browser member = new Browser(app)) {
            // the representative of a verified CSO (registering and verifying one through the pages is the kernel's journey)
            Journeys.logIn(member, Journeys.accountWithRole(app, "cso_member", email, organisation), Journeys.PASSWORD);

            member.open("/survey/?lang=sq");
            member.submit("a[id='build-survey']");
            assertThat(member.driver().getCurrentUrl()).contains("/survey/build.xhtml");
            Accessibility.assertNoSeriousViolations(member.driver());
            Select owner = new Select(member.find("select[id='build:organisation']"));
            assertThat(owner.getFirstSelectedOption().getText()).as("built for the organisation").isEqualTo(organisation);
            assertThat(member.find("select[id='build:organisation'] option[value='']").isEnabled())
                    .as("the platform's own surveys are for editors").isFalse();
            member.submit("button[id='build:save']");
            assertThat(member.text("main")).contains("Titulli (shqip): Kjo fushë duhet plotësuar.");

            member.find("input[id='build:code']").sendKeys(code);
            member.find("input[id='build:titleSq']").sendKeys("Sa të informuar jeni? " + run);
            member.find("input[id='build:titleEn']").sendKeys("How informed are you? " + run);
            new Select(member.find("select[id='build:target']")).selectByValue("MEMBERS");
            member.find("input[id$=':0:qcode']").sendKeys("informed");
            member.find("textarea[id$=':0:textSq']").sendKeys("A keni dëgjuar për strategjinë kundër korrupsionit?");
            member.find("textarea[id$=':0:textEn']").sendKeys("Have you heard of the anti-corruption strategy?");
            member.find("textarea[id$=':0:optionsSq']").sendKeys("Po\nJo");
            member.find("textarea[id$=':0:optionsEn']").sendKeys("Yes\nNo");
            member.find("input[id$=':0:required']").click();
            member.submit("button[id='build:save']");
            assertThat(member.driver().getCurrentUrl()).as(member.text("main")).contains("/survey/answer.xhtml?id=");
            String id = member.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
            assertThat(member.text("main")).contains("Sa të informuar jeni? " + run);

            member.open("/survey/?lang=en");
            assertThat(member.exists("a[href$='/survey/build.xhtml?id=" + id + "']")).as("editable by its builder")
                    .isTrue();
            editPage = "/survey/build.xhtml?id=" + id;
            member.open(editPage + "&lang=en");
            Accessibility.assertNoSeriousViolations(member.driver());
            assertThat(member.find("input[id='build:titleEn']").getAttribute("value"))
                    .isEqualTo("How informed are you? " + run);
            member.open("/survey/build.xhtml?lang=en");
            Accessibility.assertNoSeriousViolations(member.driver());
        }
        String citizen = Journeys.accountWithRole(app, "citizen", "snotcso." + run + "@example.al");
        HttpSession other = new HttpSession(base());
        other.logIn(citizen, Journeys.PASSWORD);
        assertThat(other.get(editPage).statusCode()).as("not theirs to edit").isEqualTo(403);
        assertThat(other.get("/survey/build.xhtml").statusCode()).as("no verified organisation").isEqualTo(403);
    }

    @Test
    void anEditorBuildsASurveyAndAVisitorWithoutAccountKeepsADraftOnThePhone() throws Exception {
        String editor = Journeys.accountWithRole(app, "editor", "sbuilder." + System.nanoTime() + "@example.al");
        String code = "telefon-" + Long.toString(System.nanoTime(), 36);
        String answerPage;
        try (Browser b = new Browser(app)) {
            Journeys.logIn(b, editor, Journeys.PASSWORD);
            b.open("/survey/build.xhtml?lang=sq");
            Accessibility.assertNoSeriousViolations(b.driver());
            b.find("textarea[id$=':0:textSq']").clear();
            b.submit("button[id='build:save']");
            assertThat(b.text("main")).contains("Kodi: ").contains("Titulli (shqip): Kjo fushë duhet plotësuar.")
                    .contains("Pyetja 1: Shkruani pyetjen në shqip.");
            b.find("input[id='build:code']").sendKeys(code);
            b.find("input[id='build:titleSq']").sendKeys("Pyetësor për telefon");
            b.find("input[id='build:titleEn']").sendKeys("A questionnaire for phones");
            b.find("input[id='build:anonymous']").click();
            b.find("input[id$=':0:qcode']").sendKeys("paid");
            b.find("textarea[id$=':0:textSq']").sendKeys("A keni paguar ryshfet?");
            b.find("textarea[id$=':0:optionsSq']").sendKeys("Po\nJo");
            b.find("input[id$=':0:required']").click();
            b.submit("input[id$='build:add']");
            b.find("input[id$=':1:qcode']").sendKeys("amount");
            new Select(b.find("select[id$=':1:kind']")).selectByValue("NUMBER");
            b.find("textarea[id$=':1:textSq']").sendKeys("Sa mijë lekë?");
            b.find("input[id$=':1:min']").sendKeys("0");
            b.find("input[id$=':1:max']").sendKeys("500");
            b.find("input[id$=':1:showIfQuestion']").sendKeys("paid");
            b.find("input[id$=':1:showIfOption']").sendKeys("1");
            b.find("input[id$=':1:sectionSq']").sendKeys("Shuma");
            b.submit("button[id='build:save']");
            assertThat(b.driver().getCurrentUrl()).as(b.text("main")).contains("/survey/answer.xhtml?id=");
            answerPage = b.driver().getCurrentUrl().replaceFirst("^.*/survey/", "/survey/");
        }
        try (Browser visitor = new Browser(app)) {
            visitor.driver().manage().window().setSize(new Dimension(360, 780));
            visitor.open(answerPage + "&lang=sq");
            Accessibility.assertNoSeriousViolations(visitor.driver());
            assertThat(visitor.text("main")).contains("Po përgjigjeni pa llogari")
                    .contains("ruhen si draft vetëm në këtë pajisje");
            WebElement amount = visitor.find("input[id$=':number']");
            assertThat(amount.isDisplayed()).as("asked only after Po").isFalse();
            visitor.find("input[type=radio][name$=':single']").click();
            assertThat(amount.isDisplayed()).isTrue();
            assertThat(visitor.text("h2.rr-survey-section")).isEqualTo("Shuma");
            amount.sendKeys("120");

            visitor.open(answerPage + "&lang=sq");
            assertThat(visitor.find("form#answer").getAttribute("data-draft-restored")).isEqualTo("true");
            assertThat(visitor.find("input[type=radio][name$=':single']").isSelected()).as("the draft is back").isTrue();
            assertThat(visitor.find("input[id$=':number']").getAttribute("value")).isEqualTo("120");
            visitor.open(answerPage + "&lang=en");
            Accessibility.assertNoSeriousViolations(visitor.driver());
            visitor.submit("button[id='answer:submit']");
            assertThat(visitor.text("main")).contains("Thank you!");
            Object left = visitor.driver().executeScript("var n = 0; for (var i = 0; i < localStorage.length; i++) {"
                    + " if (localStorage.key(i).indexOf('rrjeti-survey-draft-') === 0) { n++; } } return n;");
            assertThat(left).as("the draft goes once sent").isEqualTo(0L);
            visitor.open(answerPage + "&lang=sq");
            assertThat(visitor.text("main")).contains("E keni plotësuar tashmë këtë pyetësor.");

            String results = answerPage.replace("answer.xhtml", "results.xhtml");
            // The results count the answer once the background fold has run (about a second later).
            for (int i = 0; i < 60 && !visitor.open(results + "&lang=en").text("main").contains("Responses in all: 1");
                    i++) {
                Thread.sleep(250);
            }
            for (String lang : new String[] {"sq", "en"}) {
                visitor.open(results + "&lang=" + lang);
                Accessibility.assertNoSeriousViolations(visitor.driver());
                assertThat(visitor.exists("canvas")).as("charts beside the tables").isTrue();
            }
            assertThat(visitor.text("main")).contains("Mean 120,00".replace(",", ".")).contains("1 answers");
            visitor.open(results + "&group=citizen&lang=en");
            assertThat(visitor.text("main")).contains("Too few answers from this group");
            for (String lang : new String[] {"sq", "en"}) {
                visitor.open("/survey/?lang=" + lang);
                Accessibility.assertNoSeriousViolations(visitor.driver());
            }
        }
    }

    @Test
    void theRestResourcesGiveAggregatesOnly() throws Exception {
        long survey = seededSurveyId();
        HttpSession http = new HttpSession(base());
        HttpResponse<String> results = http.get("/api/survey/surveys/" + survey + "/results");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("\"questions\":[").contains("\"code\":\"q4\"").doesNotContain("responseId");
        assertThat(http.get("/api/survey/surveys/999999999/results").statusCode()).isEqualTo(404);
        HttpResponse<String> members = http.get("/api/survey/surveys/" + survey + "/results?group=member");
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).as("no member group of 5 yet").contains("\"withheld\":true").contains("\"questions\":[]");
        assertThat(http.get("/api/survey/surveys/" + survey + "/results?group=friends").statusCode()).isEqualTo(400);
        HttpResponse<String> openapi = new HttpSession("http://localhost:" + TestPorts.HTTP).get("/openapi");
        assertThat(openapi.body()).contains("surveyResults").contains("surveySurveys").contains("surveyMeasures");
        assertThat(http.get("/survey/answer.xhtml?id=" + survey).statusCode()).as("anonymous: to log in").isEqualTo(302);
        assertThat(http.get("/survey/measure.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(http.get("/survey/").statusCode()).isEqualTo(200);
    }
}
