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
import al.rrjeti.kernel.testing.TestPorts;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages and REST resources over HTTP, as a visitor reads them: JSON, iCalendar, OpenAPI, escaped script, 404s. */
@ExtendWith(ArquillianExtension.class)
class CampaignsWebIT {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Inject
    private EventService events;

    @Inject
    private PositionService positions;

    @Inject
    private Network network;

    @Inject
    private Fixtures fixtures;

    @Inject
    private al.rrjeti.campaigns.application.PositionComments comments;

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    @Test
    void visitorsReadCampaignsEventsAndPositionsAsPagesJsonAndICalendar() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        String title = "Java e integritetit " + System.nanoTime();
        Campaign c = events.createCampaign(new CampaignDraft(title, "Integrity week", "Të njohim të drejtat " + SCRIPT,
                null, "**Përshkrimi** " + SCRIPT, null, CampaignAudience.YOUTH, LocalDate.now(), null, null));
        LocalDateTime start = LocalDate.now().plusDays(3).atTime(17, 30);
        CampaignEvent e = events.createEvent(new EventDraft(c.getId(), "Takim " + SCRIPT, null, "Ftesë.", null, start,
                start.plusHours(2), null, "Shkodër", "https://meet.example.al/takim", null, 30));

        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        ActingUser.actAs(a.representative());
        Position p = positions.draft(a.id(), new PositionDraft("Qëndrim " + SCRIPT, null, "Teksti.\n\n" + SCRIPT, null,
                "Ligji 9131", "Ministria e Drejtësisë", "info@drejtesia.gov.al", null, 1, null));
        positions.edit(p.getId(), new PositionDraft("Qëndrim " + SCRIPT, null, "Teksti i ri.\n\n" + SCRIPT, null,
                "Ligji 9131", "Ministria e Drejtësisë", "info@drejtesia.gov.al", null, 1, null));
        positions.open(p.getId());
        positions.sign(p.getId(), a.id());
        ActingUser.actAs(null);

        HttpSession visitor = new HttpSession("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME);
        HttpResponse<String> list = visitor.get("/api/campaigns/campaigns");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(title, "\"audience\":\"youth\"");

        String from = LocalDate.now().toString();
        String to = LocalDate.now().plusDays(10).toString();
        HttpResponse<String> json = visitor.get("/api/campaigns/events?from=" + from + "&to=" + to);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":" + e.getId(), "\"capacity\":30", "Europe/Tirane");
        assertThat(visitor.get("/api/campaigns/events?from=dje").statusCode()).isEqualTo(400);
        assertThat(visitor.get("/api/campaigns/events?from=" + to + "&to=" + from).statusCode()).isEqualTo(400);

        HttpResponse<String> ics = visitor.get("/api/campaigns/events/" + e.getId() + ".ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(parsed.getComponents("VEVENT")).hasSize(1);
        assertThat(visitor.get("/api/campaigns/events/feed.ics").body()).contains("campaigns-event-" + e.getId() + "@");
        assertThat(visitor.get("/api/campaigns/events/987654321.ics").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/campaigns/calendar.xhtml?lang=en").body()).as("the feed says what it lists")
                .contains("it lists the activities from 30 days back to 365 days ahead");
        assertThat(visitor.get("/campaigns/calendar.xhtml?lang=sq").body())
                .contains("liston aktivitetet nga 30 ditë më parë deri 365 ditë përpara");

        HttpResponse<String> published = visitor.get("/api/campaigns/positions");
        assertThat(published.body()).contains("\"id\":" + p.getId(), "\"status\":\"published\"", a.name(),
                "\"needsRenewal\":false");
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME + "/api/campaigns/positions/"
                        + p.getId() + "/letter.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("RRJETI-QP-" + p.getId() + "-v2", "Ministria e Drejtësisë", "Teksti i ri.", a.name());
        }
        assertThat(visitor.get("/api/campaigns/positions/987654321/letter.pdf").statusCode()).isEqualTo(404);
        // the server answers /openapi at its root, for every application
        assertThat(new HttpSession("http://localhost:" + TestPorts.HTTP).get("/openapi").body()).contains("campaignsListPositions", "campaignsListEvents", "campaignsListCampaigns");

        for (String page : new String[] {"/campaigns/?lang=sq", "/campaigns/calendar.xhtml?view=list&lang=en",
                "/campaigns/calendar.xhtml?month=" + start.getYear() + "-" + String.format("%02d", start.getMonthValue()),
                "/campaigns/campaign.xhtml?id=" + c.getId(), "/campaigns/event.xhtml?id=" + e.getId(),
                "/campaigns/positions.xhtml", "/campaigns/position.xhtml?id=" + p.getId() + "&from=1&to=2"}) {
            HttpResponse<String> r = visitor.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page + ": what people typed never runs").doesNotContain(SCRIPT);
        }
        String position = visitor.get("/campaigns/position.xhtml?id=" + p.getId() + "&from=1&to=2").body();
        assertThat(position).contains("Teksti i ri.", "RRJETI-QP-" + p.getId() + "-v2", a.name());
        assertThat(visitor.get("/campaigns/event.xhtml?lang=sq&id=" + e.getId()).body()).contains("Shkodër", "0 të zëna nga 30");
        assertThat(visitor.get("/campaigns/event.xhtml?id=987654321").statusCode()).isEqualTo(404);
        String campaignPage = visitor.get("/campaigns/campaign.xhtml?lang=en&id=" + c.getId()).body();
        assertThat(campaignPage).as("plain share links").contains("https://www.facebook.com/sharer/sharer.php?u=http",
                "https://x.com/intent/post?url=", "https://wa.me/?text=", "mailto:?subject=", "id=\"copy-link\"");
        assertThat(campaignPage).as("no third party's script, image or frame: nothing loads from them before a click")
                .doesNotContainPattern("<(script|img|iframe)[^>]+src=\"https?://");
        assertThat(campaignPage).as("a click tells them nothing of the page it came from")
                .contains("id=\"share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u=http",
                        "rel=\"nofollow noopener noreferrer\"").doesNotContain("utm_");
    }

    @Test
    void aTextInOneLanguageShowsInItMarkedWithItsLanguage() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        String english = "Whistleblower rights " + System.nanoTime();
        Campaign c = events.createCampaign(new CampaignDraft("  ", english, "Qëllimi vetëm shqip", null, null, null,
                CampaignAudience.CITIZENS, LocalDate.now(), null, null));
        ActingUser.actAs(null);
        assertThat(c.getTitle().getSq()).as("blank counts as missing").isNull();

        HttpSession visitor = new HttpSession("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME);
        String sq = visitor.get("/campaigns/campaign.xhtml?lang=sq&id=" + c.getId()).body();
        assertThat(sq).contains("<h1 lang=\"en\">" + english + "</h1>", "<p>Qëllimi vetëm shqip</p>");
        String en = visitor.get("/campaigns/campaign.xhtml?lang=en&id=" + c.getId()).body();
        assertThat(en).contains("<h1>" + english + "</h1>", "<p lang=\"sq\">Qëllimi vetëm shqip</p>");
    }

    @Test
    void theCampaignsListComesAPageAtATimeWithLinksBetweenThePages() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        String mark = "Fushata e vjetër " + System.nanoTime() + " nr. ";
        // Older than any other campaign of the test server: they fill the last pages of the list.
        for (int i = 0; i < 25; i++) {
            events.createCampaign(new CampaignDraft(mark + i, null, "Qëllimi.", null, null, null,
                    CampaignAudience.CITIZENS, LocalDate.of(1990, 1, 1).plusDays(i), null, null));
        }
        ActingUser.actAs(null);

        int pages = events.cards(1, 24).pages();
        assertThat(pages).isEqualTo((int) ((events.cards().size() + 23) / 24)).isGreaterThan(1);
        java.util.List<Long> paged = new java.util.ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            events.cards(n, 24).cards().forEach(c -> paged.add(c.getId()));
        }
        assertThat(paged).as("every campaign once, in the list's order")
                .containsExactlyElementsOf(events.cards().stream().map(c -> c.getId()).toList());

        HttpSession visitor = new HttpSession("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME);
        String first = visitor.get("/campaigns/?lang=sq").body();
        assertThat(first).contains("Faqja 1 nga " + pages, "rel=\"next\" href=\"?page=2\"").doesNotContain("rel=\"prev\"",
                mark + "0<");
        String last = visitor.get("/campaigns/?lang=sq&page=" + pages).body();
        assertThat(last).contains("Faqja " + pages + " nga " + pages, mark + "0<", "rel=\"prev\" href=\"?page="
                + (pages - 1) + "\"").doesNotContain("rel=\"next\"");
        assertThat(visitor.get("/campaigns/?lang=en&page=99999").body()).as("past the last: the last")
                .contains("Page " + pages + " of " + pages, mark + "0<");
        for (String before : new String[] {"-1", "0"}) {
            HttpResponse<String> r = visitor.get("/campaigns/?lang=en&page=" + before);
            assertThat(r.statusCode()).as(before).isEqualTo(200);
            assertThat(r.body()).as("before the first: the first").contains("Page 1 of " + pages);
        }
        for (String bad : new String[] {"abc", "%3Cscript%3E", "99999999999", "2.5"}) {
            // Faces converts the number; what it cannot take is a page that does not exist (the kernel's rule).
            HttpResponse<String> r = visitor.get("/campaigns/?lang=en&page=" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(r.body()).as(bad).doesNotContain("<script>");
        }
    }

    @Test
    void scriptTypedInEveryFieldIsKeptAndShownAsTextOnEveryPublicPageInBothLanguages() throws Exception {
        String editor = Network.unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        String mark = "Skript " + System.nanoTime() + " ";
        Campaign c = events.createCampaign(new CampaignDraft(mark + SCRIPT, mark + "en " + SCRIPT, "Qëllimi " + SCRIPT,
                "Goal " + SCRIPT, "Përshkrimi " + SCRIPT, "Description " + SCRIPT, CampaignAudience.CITIZENS,
                LocalDate.now(), null, null));
        LocalDateTime start = LocalDate.now().plusDays(2).atTime(11, 0);
        CampaignEvent e = events.createEvent(new EventDraft(c.getId(), "Takimi " + SCRIPT, "Meeting " + SCRIPT,
                "Ftesa " + SCRIPT, "Invitation " + SCRIPT, start, start.plusHours(1), null, "Vendi " + SCRIPT,
                "https://meet.example.al/skript", null, 10));

        Org a = network.organisation(OrganisationType.CSO, "Qendra A");
        Org b = network.organisation(OrganisationType.CSO, "Qendra B");
        ActingUser.actAs(a.representative());
        PositionDraft typed = new PositionDraft("Qëndrimi " + SCRIPT, "Position " + SCRIPT, "Teksti " + SCRIPT,
                "Text " + SCRIPT, "Ligji " + SCRIPT, "Ministria " + SCRIPT, Network.unique("ministria"), null, 1, null);
        Position p = positions.draft(a.id(), typed);
        positions.edit(p.getId(), new PositionDraft(typed.titleSq(), typed.titleEn(), "Teksti i ri " + SCRIPT,
                "New text " + SCRIPT, typed.law(), typed.institutionName(), typed.institutionEmail(), null, 1, null));
        positions.open(p.getId());
        ActingUser.actAs(b.representative());
        var proposal = comments.comment(p.getId(), "sq", 0, "Koment " + SCRIPT, "Propozim " + SCRIPT);
        ActingUser.actAs(a.representative());
        comments.reject(proposal.getId(), "Arsyeja " + SCRIPT);
        assertThat(positions.sign(p.getId(), a.id())).as("one signature publishes").isTrue();
        positions.withdraw(p.getId(), a.id(), "Shënimi " + SCRIPT);
        ActingUser.actAs(editor);
        positions.answer(p.getId(), "Përgjigjja " + SCRIPT);
        ActingUser.actAs(null);

        Position read = positions.read(p.getId());
        assertThat(List.of(read.getTitle().getSq(), read.getBody().getEn(), read.getLaw(), read.getInstitutionName(),
                read.getAnswer(), events.event(e.getId()).getPlace(), events.campaign(c.getId()).getGoal().getEn()))
                .as("nothing lost: kept as typed").allMatch(t -> t.endsWith(SCRIPT));

        HttpSession visitor = new HttpSession("http://localhost:" + TestPorts.HTTP + "/" + CampaignsTestDeployment.NAME);
        for (String lang : List.of("sq", "en")) {
            for (String page : List.of("/campaigns/", "/campaigns/calendar.xhtml?view=list",
                    "/campaigns/campaign.xhtml?id=" + c.getId(), "/campaigns/event.xhtml?id=" + e.getId(),
                    "/campaigns/positions.xhtml", "/campaigns/position.xhtml?id=" + p.getId(),
                    "/campaigns/position.xhtml?id=" + p.getId() + "&from=1&to=2")) {
                String url = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                HttpResponse<String> r = visitor.get(url);
                assertThat(r.statusCode()).as(url).isEqualTo(200);
                assertThat(r.body()).as(url + ": what people typed never runs").doesNotContain("<script>alert");
            }
        }
        String campaignPage = visitor.get("/campaigns/campaign.xhtml?lang=en&id=" + c.getId()).body();
        assertThat(campaignPage).as("a plain field shows what was typed, as text")
                .contains(mark.strip() + " en &lt;script&gt;alert");
        String eventPage = visitor.get("/campaigns/event.xhtml?lang=sq&id=" + e.getId()).body();
        assertThat(eventPage).contains("Takimi &lt;script&gt;alert", "Vendi &lt;script&gt;alert");
        String positionPage = visitor.get("/campaigns/position.xhtml?lang=sq&id=" + p.getId()).body();
        assertThat(positionPage).contains("Ligji &lt;script&gt;alert", "Ministria &lt;script&gt;alert",
                "Arsyeja &lt;script&gt;alert", "Shënimi &lt;script&gt;alert", "Koment", "Propozim", "Përgjigjja");
    }
}
