package al.rrjeti.library.application;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.library.LibraryModule;
import al.rrjeti.library.domain.LinkEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Visits the links directory's addresses and marks those that fail several times in a row as
 * dead, telling the editors. It reaches outside addresses, so it is off unless the operator turns
 * it on ({@code rrjeti.library.link-check.enabled=true}); trial installations and tests leave it off.
 */
@ApplicationScoped
public class LinkChecker {

    private static final Logger LOG = Logger.getLogger(LinkChecker.class.getName());

    @Inject
    private LinkDirectory directory;

    @Inject
    private PlatformClock clock;

    @Inject
    private Permissions permissions;

    @Inject
    private People accounts;

    @Inject
    private Notifier notifications;

    @Inject
    @ConfigProperty(name = "rrjeti.library.link-check.enabled", defaultValue = "false")
    private boolean enabled;

    /** How long a checked link rests before the next check. */
    @Inject
    @ConfigProperty(name = "rrjeti.library.link-check.every-hours", defaultValue = "24")
    private int everyHours;

    /** Failed checks in a row that make a link dead (one bad day of a site is not enough). */
    @Inject
    @ConfigProperty(name = "rrjeti.library.link-check.dead-after", defaultValue = "3")
    private int deadAfter;

    @Inject
    @ConfigProperty(name = "rrjeti.library.link-check.timeout-seconds", defaultValue = "15")
    private int timeoutSeconds;

    private volatile HttpClient client;

    public boolean isEnabled() {
        return enabled;
    }

    /** Failed checks in a row that make a link dead. */
    public int deadAfter() {
        return deadAfter;
    }

    /** The scheduled run: checks the links not checked for a while, a bounded batch at a time. */
    public int checkDue() {
        if (!enabled) {
            return 0;
        }
        List<LinkEntry> due = directory.due(clock.now().minus(Duration.ofHours(everyHours)), 200);
        List<LinkEntry> died = new ArrayList<>();
        for (LinkEntry link : due) {
            if (directory.record(link.getId(), visit(link.getUrl()), deadAfter)) {
                died.add(link);
            }
        }
        if (!died.isEmpty()) {
            tellEditors(died);
            LOG.info(() -> died.size() + " links of the directory are now dead");
        }
        return due.size();
    }

    /** An editor checks one link at once (counts as one check, like a scheduled one). */
    public LinkEntry checkNow(Long id) {
        permissions.require(LibraryModule.EDIT);
        if (!enabled) {
            throw new BusinessException("library.links.check-off");
        }
        LinkEntry link = directory.get(id);
        directory.record(id, visit(link.getUrl()), deadAfter);
        return directory.get(id);
    }

    /** What an address answered: 2xx/3xx is alive (redirects followed); 4xx, 5xx and no answer are not. */
    LinkCheck visit(String url) {
        try {
            HttpResponse<Void> r = send(url, "HEAD");
            if (r.statusCode() == 405 || r.statusCode() == 501 || r.statusCode() == 403) {
                r = send(url, "GET"); // some servers refuse HEAD but serve the page
            }
            boolean ok = r.statusCode() < 400;
            return new LinkCheck(ok, r.statusCode(), ok ? null : "HTTP " + r.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new LinkCheck(false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LinkCheck(false, null, "interrupted");
        }
    }

    private HttpResponse<Void> send(String url, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("User-Agent", "Rrjeti link checker").method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client().send(request, HttpResponse.BodyHandlers.discarding());
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        }
        return client;
    }

    private static String names(List<LinkEntry> died, Function<BilingualText, String> language) {
        return String.join(", ", died.stream().map(e -> language.apply(e.getName())).limit(5).toList())
                + (died.size() > 5 ? ", …" : "");
    }

    private void tellEditors(List<LinkEntry> died) {
        // In both languages: the kernel words each editor's notification in the editor's.
        BilingualText names = BilingualText.of(names(died, BilingualText::getSq), names(died, BilingualText::getEn));
        for (Person editor : accounts.withRole(Role.EDITOR)) {
            notifications.notify(editor.getId(), LibraryModule.LINKS_DEAD, new NotificationText(
                    LibraryModule.MESSAGES, LinkChecker.class.getClassLoader(), "library.notification.dead.title",
                    "library.notification.dead.body", "/library/links.xhtml#dead", died.size(), names));
        }
    }
}
