package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.SessionCount;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.library.application.GuideService;
import al.rrjeti.library.application.LibraryWorkflow;
import al.rrjeti.library.application.LibraryWorkflow.Attachments;
import al.rrjeti.library.domain.Publication;
import al.rrjeti.library.domain.PublicationDetails;
import al.rrjeti.library.domain.PublicationKind;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library's public pages read anonymously: no session, served from the page cache, and every
 * change made through the services seen on the next read of each kind of page.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryAnonymousReadingIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + LibraryTestDeployment.NAME;
    private static final String RUN = Long.toString(System.nanoTime(), 36);


    @Inject
    private LibraryWorkflow workflow;

    @Inject
    private GuideService guides;

    @Inject
    private Fixtures fixtures;

    private final HttpClient client = HttpSession.newClient();

    @AfterEach
    void anonymousAgain() {
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

    private static Upload pdf(String name) {
        return new Upload(new ByteArrayInputStream(Fixtures.pdf()), name);
    }

    @Test
    void everyPublicLibraryPageShowsEveryChangeAtOnce() throws Exception {
        int sessions = SessionCount.active();
        String editor = "editor." + RUN + "@example.al";
        fixtures.account(editor, "Redaktori", Role.EDITOR);
        String title = "Raporti i lexuesit " + RUN;
        for (String page : List.of("/library/", "/api/library/publications", "/library/info/",
                "/library/info/section.xhtml?s=institutions", "/library/guides/")) {
            assertThat(read(page)).as(page).doesNotContain(title);
        }

        ActingUser.actAs(editor);
        Publication p = workflow.publishDirectly(new PublicationDetails(PublicationKind.MONITORING_REPORT, title, null,
                "Përmbledhje.", null,
                // today's: the newest first on the list's first page, however many earlier runs left in the test database
                LocalDate.now(java.time.ZoneId.of("Europe/Tirane")), "sq", null, "CC BY 4.0", null, Set.of(), Set.of()),
                new Attachments(List.of(pdf("versioni-i-pare.pdf")), null, null));
        ActingUser.actAs(null);
        assertThat(read("/library/")).contains(title);
        assertThat(read("/api/library/publications")).contains(title);
        String page = "/library/publication.xhtml?id=" + p.getId();
        assertThat(read(page)).contains(title).doesNotContain("versioni-i-dyte.pdf");

        ActingUser.actAs(editor);
        workflow.addVersion(p.getId(), 1, pdf("versioni-i-dyte.pdf"));
        ActingUser.actAs(null);
        assertThat(read(page)).contains("versioni-i-dyte.pdf");

        String guide = "/library/guides/guide.xhtml?code=how-to-report";
        read(guide);
        ActingUser.actAs(editor);
        guides.edit("how-to-report", "Si të denonconi " + RUN, "How to report " + RUN, "Hapat e rinj " + RUN,
                "New steps " + RUN);
        ActingUser.actAs(null);
        assertThat(read("/library/guides/")).contains("Si të denonconi " + RUN);
        assertThat(read(guide)).contains("Hapat e rinj " + RUN);
        assertThat(SessionCount.active()).as("sessions alive after the anonymous reads").isEqualTo(sessions);
    }
}
