package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Concurrently;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.library.application.LinkCheck;
import al.rrjeti.library.application.LinkChecker;
import al.rrjeti.library.application.LinkDirectory;
import al.rrjeti.library.domain.LinkCategory;
import al.rrjeti.library.domain.LinkDetails;
import al.rrjeti.library.domain.LinkEntry;
import al.rrjeti.library.domain.LinkStatus;
import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The links directory and its checker. The checker only ever visits a web server this test runs on
 * the loopback interface: no test reaches outside addresses (the module's test archive switches the
 * checker on, but its scheduled run comes an hour after a deployment, and these tests call it
 * themselves with every other link marked as just checked).
 */
@ExtendWith(ArquillianExtension.class)
class LinksIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    private LinkDirectory directory;

    @Inject
    private LinkChecker checker;

    @Inject
    private Fixtures fixtures;

    @Inject
    private PlatformClock clock;

    @Inject
    private Notifications notifications;

    @Inject
    private Concurrently concurrently;

    private HttpServer server;
    private String base;
    private String editor;

    @BeforeEach
    void startLoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/alive", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", base + "/alive");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.createContext("/no-head", x -> {
            x.sendResponseHeaders("HEAD".equals(x.getRequestMethod()) ? 405 : 200, -1);
            x.close();
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        editor = "links-editor." + Long.toString(System.nanoTime(), 36) + "@example.al";
        fixtures.account(editor, "Redaktor Lidhjesh", Role.EDITOR);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ActingUser.actAs(null);
        clock.reset();
    }

    private LinkEntry add(String path, String name) {
        return directory.save(null, new LinkDetails(LinkCategory.PLATFORM, name + " " + RUN, name + " EN " + RUN,
                base + path, "Përshkrim", null));
    }

    @Test
    void thePackageSeedsTheDirectoryOnceWithPlatformsInstitutionsAndCsos() {
        int before = count();
        assertThat(directory.importBundled()).isZero();
        assertThat(count()).isEqualTo(before);
        List<LinkEntry> institutions = directory.byCategory().get(LinkCategory.INSTITUTION);
        assertThat(institutions).extracting(LinkEntry::getUrl).contains("https://spak.gov.al");
        LinkEntry spak = institutions.stream().filter(l -> "institution:spak".equals(l.getCode())).findFirst()
                .orElseThrow();
        assertThat(spak.getName().getSq()).startsWith("Struktura e Posaçme");
        assertThat(spak.getDescription().getSq()).isNotBlank();
        assertThat(spak.getDescription().getEn()).isNotBlank();
        assertThat(directory.byCategory().get(LinkCategory.PLATFORM)).extracting(LinkEntry::getCode)
                .contains("channel:ch_shqiperiaqeduam", "site:related");
        assertThat(directory.byCategory().get(LinkCategory.CSO)).extracting(LinkEntry::getCode).contains("cso:altri");
    }

    @Test
    void onlyEditorsKeepTheDirectoryAndBadInputIsRefusedFieldByField() {
        assertThatThrownBy(() -> add("/alive", "Anonim")).isInstanceOf(AccessDeniedException.class);
        fixtures.account("links-citizen." + RUN + "@example.al", "Qytetar");
        ActingUser.actAs("links-citizen." + RUN + "@example.al");
        assertThatThrownBy(() -> add("/alive", "Qytetar")).isInstanceOf(AccessDeniedException.class);

        actAsEditor();
        int before = count();
        assertThatThrownBy(() -> directory.save(null, new LinkDetails(null, " ", null, "javascript:alert(1)",
                null, "x".repeat(2001))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactlyInAnyOrder("category", "nameSq", "nameEn", "url", "descriptionEn"));
        assertThatThrownBy(() -> directory.save(null, new LinkDetails(LinkCategory.OTHER, "a", "b", "ftp://x.al/",
                null, null))).isInstanceOf(InvalidInputException.class);
        assertThat(count()).isEqualTo(before);

        LinkEntry script = directory.save(null, new LinkDetails(LinkCategory.OTHER,
                "<script>alert(1)</script> " + RUN, "Name", "https://example.al/a?b=c", null, null));
        assertThat(script.getName().getSq()).startsWith("<script>"); // kept as text; pages escape it
        directory.remove(script.getId());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theCheckerMarksALinkDeadAfterFailuresInARowAndTellsTheEditors() {
        actAsEditor();
        LinkEntry alive = add("/alive", "Gjallë");
        LinkEntry moved = add("/moved", "Zhvendosur");
        LinkEntry noHead = add("/no-head", "Pa HEAD");
        LinkEntry gone = add("/gone", "Zhdukur");
        markOthersChecked(List.of(alive.getId(), moved.getId(), noHead.getId(), gone.getId()));
        long unreadBefore = notifications.unreadCount();

        ActingUser.actAs(null);
        assertThat(checker.checkDue()).isEqualTo(4);
        assertThat(directory.get(alive.getId()).getStatus()).isEqualTo(LinkStatus.OK);
        assertThat(directory.get(moved.getId()).getStatus()).isEqualTo(LinkStatus.OK);
        assertThat(directory.get(noHead.getId()).getStatus()).isEqualTo(LinkStatus.OK);
        LinkEntry once = directory.get(gone.getId());
        assertThat(once.getStatus()).isEqualTo(LinkStatus.UNCHECKED);
        assertThat(once.getFailures()).isEqualTo(1);
        assertThat(once.getHttpStatus()).isEqualTo(404);
        assertThat(checker.checkDue()).as("nothing is due again within a day").isZero();
        assertThat(directory.dead()).extracting(LinkEntry::getId).doesNotContain(gone.getId());

        clock.advance(Duration.ofHours(25));
        markOthersChecked(List.of(alive.getId(), moved.getId(), noHead.getId(), gone.getId()));
        assertThat(checker.checkDue()).isEqualTo(4);
        assertThat(directory.get(gone.getId()).getStatus()).isEqualTo(LinkStatus.DEAD);
        assertThat(directory.dead()).extracting(LinkEntry::getId).contains(gone.getId())
                .doesNotContain(alive.getId());
        actAsEditor();
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore + 1);
        assertThat(notifications.mine(1).get(0).getLink()).isEqualTo("/library/links.xhtml#dead");

        // the site comes back: one good answer revives the link
        server.removeContext("/gone");
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        actAsEditor();
        assertThat(checker.checkNow(gone.getId()).getStatus()).isEqualTo(LinkStatus.OK);
        assertThat(directory.dead()).extracting(LinkEntry::getId).doesNotContain(gone.getId());
    }

    @Test
    void aLinkNobodyAnswersFailsAndAChangedAddressIsCheckedAfresh() {
        actAsEditor();
        LinkEntry closed = add("/alive", "Mbyllur");
        server.stop(0);
        LinkEntry checked = checker.checkNow(closed.getId());
        assertThat(checked.getFailures()).isEqualTo(1);
        assertThat(checked.getHttpStatus()).isNull();
        assertThat(checked.getProblem()).isNotBlank();
        LinkEntry again = checker.checkNow(closed.getId());
        assertThat(again.getStatus()).isEqualTo(LinkStatus.DEAD);

        LinkEntry changed = directory.save(closed.getId(), new LinkDetails(LinkCategory.PLATFORM, "Mbyllur " + RUN,
                "Closed " + RUN, base + "/other", null, null));
        assertThat(changed.getStatus()).isEqualTo(LinkStatus.UNCHECKED);
        assertThat(changed.getFailures()).isZero();
    }

    @Test
    void checkingIsForEditorsOnly() {
        actAsEditor();
        LinkEntry link = add("/alive", "Vetëm redaktorët");
        fixtures.account("links-member." + RUN + "@example.al", "Anëtar");
        ActingUser.actAs("links-member." + RUN + "@example.al");
        assertThatThrownBy(() -> checker.checkNow(link.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.remove(link.getId())).isInstanceOf(AccessDeniedException.class);
    }

    private void actAsEditor() {
        ActingUser.actAs(editor);
    }

    /** Everything but this test's links counts as just checked, so that the checker visits only the loopback site. */
    private void markOthersChecked(List<Long> mine) {
        directory.byCategory().values().stream().flatMap(List::stream).map(LinkEntry::getId)
                .filter(id -> !mine.contains(id))
                .forEach(id -> directory.record(id, new LinkCheck(true, 200, null), 2));
    }

    @Test
    void eightEditorsAddingFiftyLinksEachNeverFailOnKeys() throws Exception {
        ActingUser.actAs(editor);
        int before = count();
        java.util.Queue<Long> made = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Throwable> failures = concurrently.run(8, 50, (writer, round) -> made.add(directory.save(null,
                new LinkDetails(LinkCategory.PLATFORM, "Njëkohshme " + RUN + " " + writer + "-" + round, "Concurrent "
                        + RUN + " " + writer + "-" + round, base + "/alive?" + writer + "-" + round, "Përshkrim", null))
                .getId()));
        assertThat(failures).as("no insert fails on Derby's identity generator").isEmpty();
        assertThat(count()).isEqualTo(before + 8 * 50);
        made.forEach(directory::remove); // the checker's tests count on a directory they know
    }

    private int count() {
        return directory.byCategory().values().stream().mapToInt(List::size).sum();
    }
}
