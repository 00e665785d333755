package al.rrjeti.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.campaigns.Network.Org;
import al.rrjeti.campaigns.application.CampaignDraft;
import al.rrjeti.campaigns.application.EventDraft;
import al.rrjeti.campaigns.application.EventService;
import al.rrjeti.campaigns.application.PositionDraft;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignAudience;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.SessionCount;
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The campaigns' public pages read anonymously: no session, served from the page cache, and every
 * change made through the services seen on the next read of each kind of page.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignsAnonymousReadingIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME;


    @Inject
    private EventService events;

    @Inject
    private PositionService positions;

    @Inject
    private Network network;

    @Inject
    private Fixtures fixtures;

    private final HttpClient client = HttpSession.newClient();

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    /** Reads the page twice as a newcomer would: no session either time, the second from the cache. */
    private String read(String path) throws Exception {
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : List.of(first, second)) {
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies of " + path)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(second.headers().firstValue("ETag")).as("kept: " + path).isPresent()
                .isEqualTo(first.headers().firstValue("ETag"));
        return second.body();
    }

    @Test
    void everyPublicCampaignsPageShowsEveryChangeAtOnce() throws Exception {
        int sessions = SessionCount.active();
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        String title = "Java e lexuesit " + System.nanoTime();
        assertThat(read("/campaigns/")).doesNotContain(title);
        assertThat(read("/api/campaigns/campaigns")).doesNotContain(title);

        ActingUser.actAs(editor);
        // The list is paged, newest start first: a start far ahead puts it on the first page whatever else the
        // test server holds (the benchmark's 200 campaigns among them).
        Campaign c = events.createCampaign(new CampaignDraft(title, "Readers' week", "Të lexojmë.", null, "Përshkrimi.",
                null, CampaignAudience.YOUTH, LocalDate.now().plusYears(100), null, null));
        ActingUser.actAs(null);
        assertThat(read("/campaigns/")).contains(title);
        assertThat(read("/api/campaigns/campaigns")).contains(title);
        String campaignPage = "/campaigns/campaign.xhtml?id=" + c.getId();
        assertThat(read(campaignPage)).contains(title).doesNotContain("Takimi i lexuesve");

        ActingUser.actAs(editor);
        LocalDateTime start = LocalDate.now().plusDays(3).atTime(17, 30);
        CampaignEvent e = events.createEvent(new EventDraft(c.getId(), "Takimi i lexuesve", null, "Ftesë.", null, start,
                start.plusHours(2), null, "Shkodër", null, null, 30));
        ActingUser.actAs(null);
        assertThat(read(campaignPage)).contains("Takimi i lexuesve");
        assertThat(read("/campaigns/event.xhtml?id=" + e.getId())).contains("Takimi i lexuesve");

        Org a = network.organisation(OrganisationType.CSO, "Qendra e Lexuesve");
        Org b = network.organisation(OrganisationType.CSO, "Shoqata e Lexuesve");
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), new PositionDraft("Qëndrim i lexuesve", null, "Teksti.", null,
                "Ligji 9131", "Ministria e Drejtësisë", "info@drejtesia.gov.al", null, 2, null));
        positions.open(p.getId());
        positions.sign(p.getId(), a.id());
        ActingUser.actAs(null);
        String positionPage = "/campaigns/position.xhtml?id=" + p.getId();
        assertThat(read(positionPage)).contains(a.name()).doesNotContain(b.name());

        ActingUser.actAs(b.representative());
        positions.sign(p.getId(), b.id());
        ActingUser.actAs(null);
        assertThat(read(positionPage)).contains(b.name());
        assertThat(SessionCount.active()).as("sessions alive after the anonymous reads").isEqualTo(sessions);
    }
}
