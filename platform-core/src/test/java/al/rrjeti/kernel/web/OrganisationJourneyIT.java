package al.rrjeti.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.Journeys;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A CSO registers, a moderator verifies it, its representative invites a member who joins, and
 * the organisation appears in the public directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class OrganisationJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String PASSWORD = "Transparenca2026";

    @ArquillianResource
    private URL app;

    @Test
    void csoRegistersIsVerifiedInvitesAMemberAndIsListed() throws IOException {
        String rep = "perfaqesues." + RUN + "@example.al";
        String member = "anetar." + RUN + "@example.al";
        String name = "Qendra për Transparencë " + RUN;
        Path logo = Files.write(Files.createTempFile("logo", ".png"), Fixtures.png());
        Path proof = Files.write(Files.createTempFile("ekstrakt", ".pdf"), Fixtures.pdf());

        try (Browser representative = new Browser(app); Browser operator = new Browser(app);
                Browser newcomer = new Browser(app)) {
            Journeys.registerAndConfirm(representative, "Arta", rep, PASSWORD);
            Journeys.logIn(representative, rep, PASSWORD);
            representative.open("/organisations/register.xhtml");
            Accessibility.assertNoSeriousViolations(representative.driver());
            representative.find("input[id='organisation:name']").sendKeys(name);
            representative.find("input[id='organisation:registrationNumber']").sendKeys("L91234567A");
            representative.find("input[id='organisation:contactEmail']").sendKeys("info@transparenca.al");
            representative.find("input[id='organisation:website']").sendKeys("https://transparenca.al");
            representative.find("textarea[id='organisation:descriptionSq']")
                    .sendKeys("<script>alert('xss')</script> Monitorojmë prokurimet.");
            representative.find("input[id='organisation:logo']").sendKeys(logo.toString());
            representative.find("input[id='organisation:proof']").sendKeys(proof.toString());
            representative.submit("button[id='organisation:submit']");
            assertThat(representative.text("#org-status")).isEqualTo("Në pritje të verifikimit");
            String manage = representative.driver().getCurrentUrl();

            Journeys.logIn(operator, "operator@rrjeti.local", "Rrjeti-Operator-1");
            operator.open("/moderation/organisations.xhtml");
            operator.screenshot("moderation-queue");
            operator.driver().findElement(By.linkText(name)).click();
            assertThat(operator.text("#org-name")).isEqualTo(name);
            assertThat(operator.exists("#proof-link")).isTrue();
            operator.screenshot("moderation-organisation");
            operator.submit("button[id='decision:verify']");
            assertThat(operator.text("#org-status")).isEqualTo("E verifikuar");

            representative.driver().get(manage);
            assertThat(representative.text("#org-status")).isEqualTo("E verifikuar");
            assertThat(representative.text("#bell-count")).as("the bell rings").isEqualTo("1");
            representative.submit("#bell");
            assertThat(representative.text("#notification-list")).contains("Organizata juaj u verifikua");
            representative.driver().get(manage);
            representative.find("input[id='invite:email']").sendKeys(member);
            representative.submit("button[id='invite:submit']");
            assertThat(representative.text("main")).contains("Ftesa u dërgua.");

            Journeys.registerAndConfirm(newcomer, "Dritan", member, PASSWORD);
            Journeys.logIn(newcomer, member, PASSWORD);
            String invitation = Journeys.linkInMail(operator, member, "Ftesë për t’u bashkuar me " + name + " në Rrjeti");
            newcomer.driver().get(invitation);
            assertThat(newcomer.text("main")).contains("U bëtë anëtar i organizatës.");
            newcomer.submit("#org-link");
            assertThat(newcomer.text("[id='members:table']")).contains("Arta").contains("Dritan");
            representative.screenshot("manage-organisation");
        }

        try (Browser visitor = new Browser(app)) {
            visitor.open("/organisations/?type=cso&q=" + RUN);
            assertThat(visitor.text("#directory")).contains(name).contains("2 anëtarë")
                    .as("markup typed into a field is shown as text").contains("<script>alert('xss')</script>");
            assertThat(visitor.find("#directory img").getAttribute("alt")).isEqualTo("Logoja e " + name);
            Accessibility.assertNoSeriousViolations(visitor.driver());
            visitor.screenshot("directory");
            visitor.driver().findElement(By.linkText(name)).click();
            assertThat(visitor.text("h1")).isEqualTo(name);
            Accessibility.assertNoSeriousViolations(visitor.driver());
        }
    }

    @Test
    void directoryShowsTheTargetsAndIsAccessibleInEnglish() {
        try (Browser visitor = new Browser(app)) {
            visitor.open("/organisations/?lang=en");
            assertThat(visitor.text("main")).contains("Civil-society organisations").contains("of 50");
            Accessibility.assertNoSeriousViolations(visitor.driver());
        }
    }
}
