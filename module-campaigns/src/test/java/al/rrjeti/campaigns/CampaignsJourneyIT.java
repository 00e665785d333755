package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Accessibility;
import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three CSOs, registered and verified through the pages, co-sign a joint position that one of
 * them drafts; it publishes itself at the third signature. The pages pass an axe-core scan in sq and en.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignsJourneyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    @Test
    void threeOrganisationsCoSignAndTheThirdSignaturePublishes() {
        try (Browser a = new Browser(app); Browser b = new Browser(app); Browser c = new Browser(app);
                Browser operator = new Browser(app)) {
            Journeys.logIn(operator, "operator@rrjeti.local", "Rrjeti-Operator-1");
            Journeys.verifiedOrganisation(a, operator, "CSO", "Qendra Alfa " + RUN, "alfa." + RUN + "@example.al", "Ana");
            Journeys.verifiedOrganisation(b, operator, "CSO", "Qendra Beta " + RUN, "beta." + RUN + "@example.al", "Besa");
            Journeys.verifiedOrganisation(c, operator, "CSO", "Qendra Gama " + RUN, "gama." + RUN + "@example.al", "Gent");

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
}
