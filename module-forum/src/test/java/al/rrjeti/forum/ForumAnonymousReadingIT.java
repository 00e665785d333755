package al.rrjeti.forum;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.forum.application.CategoryService;
import al.rrjeti.forum.application.ForumModeration;
import al.rrjeti.forum.application.ForumPosting;
import al.rrjeti.forum.application.ForumPosting.NewThread;
import al.rrjeti.forum.application.ForumPosting.Reply;
import al.rrjeti.forum.application.ForumReading;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.kernel.api.PlatformClock;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forum's public pages read anonymously: no session, served from the page cache, and every
 * change made through the services seen on the next read of each kind of page.
 */
@ExtendWith(ArquillianExtension.class)
class ForumAnonymousReadingIT {

    private static final String BASE = "http://localhost:" + TestPorts.HTTP + "/" + ForumTestDeployment.NAME;
    private static final Locale SQ = Locale.forLanguageTag("sq");


    @Inject
    private ForumPosting posting;

    @Inject
    private ForumReading reading;

    @Inject
    private ForumModeration moderation;

    @Inject
    private CategoryService categories;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    private final HttpClient client = HttpSession.newClient();

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        clock.reset();
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
    void everyPublicForumPageShowsEveryChangeAtOnce() throws Exception {
        pastEveryPost();
        int sessions = SessionCount.active();
        String citizen = trustedCitizen();
        Category category = category("public-opinions");
        String title = "Tema e lexuesit " + Long.toString(System.nanoTime(), 36);
        ActingUser.actAs(citizen);
        ForumThread thread = posting.start(new NewThread(category.getId(), ThreadKind.OPINION, title,
                "Teksti i parë i temës.", null, null, List.of()));
        later();
        ActingUser.actAs(null);
        String threadPage = "/forum/thread.xhtml?id=" + thread.getId();
        String categoryPage = "/forum/category.xhtml?id=" + category.getId();
        String api = "/api/forum/threads?space=public";
        String one = "/api/forum/threads/" + thread.getId();
        read("/forum/");
        for (String page : List.of(categoryPage, threadPage, api, one)) {
            assertThat(read(page)).as(page).contains(title);
        }
        assertThat(read(threadPage)).as("nothing to post for a reader: a stateless page")
                .doesNotContainPattern("jakarta\\.faces\\.ViewState\"[^>]*value=\"(?!stateless)");

        ActingUser.actAs(citizen);
        Post reply = posting.reply(new Reply(thread.getId(), "Një përgjigje e re në temë.", null, null, null, List.of()));
        later();
        ActingUser.actAs(null);
        assertThat(read(threadPage)).contains("Një përgjigje e re në temë.");
        assertThat(read(one)).contains("Një përgjigje e re në temë.");

        ActingUser.actAs(moderator());
        moderation.hide(reply.getId(), "Jashtë teme");
        moderation.lock(thread.getId(), true);
        ActingUser.actAs(null);
        assertThat(read(threadPage)).doesNotContain("Një përgjigje e re në temë.").contains("id=\"locked\"");

        String renamed = "Mendime " + Long.toString(System.nanoTime(), 36);
        String editor = unique("editor");
        fixtures.account(editor, "Redaktore", Role.EDITOR);
        ActingUser.actAs(editor);
        categories.update(category.getId(), renamed, renamed, "Përshkrim", "Description");
        ActingUser.actAs(null);
        assertThat(read(categoryPage)).contains(renamed);
        assertThat(read("/forum/")).contains(renamed);
        assertThat(SessionCount.active()).as("sessions alive after the anonymous reads").isEqualTo(sessions);
    }

    /**
     * Moves the clock past the public forum's last post, so that the thread this test starts is the
     * newest, on the first page of its lists, whichever tests ran before it: some date their posts
     * days ahead on their clocks.
     */
    private void pastEveryPost() {
        Instant now = clock.now();
        reading.latest(Space.PUBLIC, 0, 50, SQ).stream().map(t -> t.thread().getLastPostAt())
                .max(Comparator.naturalOrder()).filter(now::isBefore)
                .ifPresent(last -> clock.advance(Duration.between(now, last).plusMinutes(1)));
    }

    private static String unique(String who) {
        return who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
    }

    private Category category(String code) {
        return categories.of(Space.PUBLIC).stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private String moderator() {
        String email = unique("moderator");
        fixtures.account(email, "Moderatore", Role.MODERATOR);
        return email;
    }

    /** A citizen whose first post a moderator has let through, so that later posts go out at once. */
    private String trustedCitizen() {
        String email = unique("citizen");
        fixtures.account(email, "Qytetar " + email.substring(8, 14), Role.CITIZEN);
        ActingUser.actAs(email);
        ForumThread first = posting.start(new NewThread(category("public-opinions").getId(), ThreadKind.OPINION,
                "Përshëndetje nga një qytetar", "Mirëdita të gjithëve.", null, null, List.of()));
        Post post = reading.thread(first.getId(), 0, SQ).posts().get(0).post();
        ActingUser.actAs(moderator());
        moderation.approve(post.getId());
        ActingUser.actAs(email);
        later();
        return email;
    }

    private void later() {
        clock.advance(Duration.ofSeconds(30));
    }
}
