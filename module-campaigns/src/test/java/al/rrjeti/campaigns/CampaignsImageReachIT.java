package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.CampaignImages;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.PageViews;
import al.rrjeti.campaigns.application.Reach;
import al.rrjeti.campaigns.application.ReachFigures;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A campaign's image with its description in both languages, and its reach for its organisers only. */
@ExtendWith(ArquillianExtension.class)
class CampaignsImageReachIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME;

    @Inject
    private EventService events;

    @Inject
    private CampaignImages images;

    @Inject
    private PageViews views;

    @Inject
    private Reach reach;

    @Inject
    private PlatformClock clock;

    @Inject
    private Fixtures fixtures;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
    }

    private String account(String who, Role role) {
        String email = Network.unique(who);
        fixtures.account(email, who, role);
        return email;
    }

    private Campaign campaign(String editor) {
        ActingUser.actAs(editor);
        return events.createCampaign(new CampaignDraft("Java e integritetit " + System.nanoTime(), "Integrity week",
                "Qëllimi", null, null, null, CampaignAudience.YOUTH, LocalDate.now(), null, null));
    }

    private static Upload png() {
        return new Upload(new ByteArrayInputStream(Fixtures.png()), "fushata.png");
    }

    @Test
    void anImageIsStoredByContentDescribedInBothLanguagesAndPublicWithItsCampaign() throws Exception {
        String editor = account("editor", Role.EDITOR);
        String citizen = account("citizen", Role.CITIZEN);
        Campaign c = campaign(editor);

        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> images.set(c.getId(), png(), "Nxënës", "Pupils")).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(editor);
        assertThatThrownBy(() -> images.set(c.getId(), new Upload(new ByteArrayInputStream(Fixtures.pdf()), "fushata.png"),
                "Nxënës", "Pupils")).as("known by its content, not its name").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field).contains("image"));
        assertThatThrownBy(() -> images.set(c.getId(), png(), "Nxënës në klasë", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("altEn"));
        images.set(c.getId(), png(), "Nxënës në klasë duke lexuar", "Pupils in a classroom reading");
        Long file = events.campaign(c.getId()).getImageFileId();
        assertThat(file).isNotNull();
        ActingUser.actAs(null);

        HttpSession visitor = new HttpSession(BASE);
        assertThat(visitor.get("/campaigns/campaign.xhtml?lang=en&id=" + c.getId()).body())
                .contains("src=\"/" + CampaignsTestDeployment.NAME + "/files/" + file + "\"",
                        "alt=\"Pupils in a classroom reading\"");
        assertThat(visitor.get("/campaigns/campaign.xhtml?lang=sq&id=" + c.getId()).body())
                .contains("alt=\"Nxënës në klasë duke lexuar\"");
        HttpResponse<String> image = visitor.get("/files/" + file);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");

        ActingUser.actAs(editor);
        images.remove(c.getId());
        assertThat(events.campaign(c.getId()).getImageFileId()).isNull();
    }

    private static HttpResponse<String> beacon(Long campaignId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/campaigns/" + campaignId
                + "/views")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void viewsAreCountedWithoutCookiesWithinALimitAndOnlyOrganisersSeeTheReach() throws Exception {
        String editor = account("editor", Role.EDITOR);
        String citizen = account("citizen", Role.CITIZEN);
        Campaign c = campaign(editor);
        CampaignEvent e = events.createEvent(new EventDraft(c.getId(), "Takim", null, null, null,
                LocalDate.now().plusDays(10).atTime(10, 0), null, null, "Berat", null, null, 1));
        ActingUser.actAs(citizen);
        events.subscribe(c.getId());
        events.register(e.getId());
        ActingUser.actAs(editor);
        events.register(e.getId());
        ActingUser.actAs(null);

        views.flush();
        clock.advance(Duration.ofHours(2)); // a fresh hour for this address, whatever other tests' pages sent
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = beacon(c.getId());
            assertThat(r.statusCode()).isEqualTo(204);
            assertThat(r.headers().allValues("Set-Cookie")).as("no cookie, no session").isEmpty();
        }
        assertThat(beacon(c.getId()).statusCode()).as("one address counts at most 30 an hour").isEqualTo(429);
        views.flush();

        ActingUser.actAs(citizen);
        assertThatThrownBy(() -> reach.of(c.getId())).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(editor);
        ReachFigures f = reach.of(c.getId());
        assertThat(f.views()).isEqualTo(30);
        assertThat(f.subscribers()).isEqualTo(1);
        assertThat(f.registered()).isEqualTo(1);
        assertThat(f.waiting()).isEqualTo(1);
        assertThat(f.days()).hasSize(Reach.DAYS).last().satisfies(d -> assertThat(d.views()).isEqualTo(30));
        assertThat(f.days().stream().mapToLong(ReachFigures.DayViews::followers).sum()).as("followers per day")
                .isEqualTo(1);
        assertThat(f.days().stream().mapToLong(ReachFigures.DayViews::registrations).sum())
                .as("registrations per day, the waiting list's included").isEqualTo(2);
        ActingUser.actAs(null);

        HttpSession organiser = new HttpSession(BASE);
        organiser.logIn(editor, "Fjalekalim2026");
        String page = organiser.get("/campaigns/reach.xhtml?lang=en&id=" + c.getId()).body();
        assertThat(page).contains("ui-chart", "<caption>Page views per day, last 30 days</caption>", "id=\"views\">30<");
        assertThat(page).as("followers and registrations as a chart too").contains("id=\"joined-chart\"",
                "<caption>New followers and registrations per day, last 30 days (those who left since are not counted)"
                        + "</caption>");
        HttpSession other = new HttpSession(BASE);
        other.logIn(citizen, "Fjalekalim2026");
        assertThat(other.get("/campaigns/reach.xhtml?id=" + c.getId()).statusCode()).isEqualTo(403);
    }
}
