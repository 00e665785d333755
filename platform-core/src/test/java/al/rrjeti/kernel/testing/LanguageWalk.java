package al.rrjeti.kernel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Walks the pages a visitor can reach by following links (GET only, inside the application) in
 * one language, and reports text of the other language that is not marked with its {@code lang}.
 * Two ways: in a browser ({@link Browser}), or over HTTP with the visitor's session
 * ({@link HttpSession}) reading each page's markup as served: the same texts the server writes, for a
 * fraction of a browser's work (a page's scripts do not run, so what they would add is the browser
 * walk's to check).
 * The other language's texts are the other bundles' values (their literal parts, without
 * placeholders) that this language's bundles do not also hold.
 */
public final class LanguageWalk {

    private static final List<String> SKIP = List.of("logout", "/files/", "/api/", "feed", ".pdf", "download",
            "confirm", "verify", "reset", "export", "openapi", "/health", "/metrics", "?open=", "mailto:");

    private LanguageWalk() {
    }

    /** Texts of {@code otherLang} from the bundles, less those {@code lang}'s bundles hold too. */
    public static Set<String> otherTexts(String lang, String otherLang, String... bundles) {
        Set<String> mine = fragments(lang, bundles);
        Set<String> other = fragments(otherLang, bundles);
        other.removeAll(mine);
        other.removeIf(t -> mine.stream().anyMatch(m -> m.contains(t)));
        return other;
    }

    private static Set<String> fragments(String lang, String... bundles) {
        Set<String> out = new LinkedHashSet<>();
        for (String bundle : bundles) {
            String path = bundle.replace('.', '/') + "_" + lang + ".properties";
            try (InputStream in = LanguageWalk.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("No bundle " + path);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (Object v : p.values()) {
                    for (String part : String.valueOf(v).split("\\{[^}]*\\}|[{}|#<>\"„“]|''")) {
                        String t = part.strip();
                        if (t.length() >= 10 && t.chars().filter(Character::isLetter).count() >= 6 && t.contains(" ")) {
                            out.add(t);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * As {@link #walk(Browser, String, String, Collection, List, int)}, over HTTP in {@code visitor}'s
     * session (anonymous or logged in): each page's markup as served, redirects followed. A page
     * the server fails on (5xx) is a finding too.
     */
    public static Walked walk(HttpSession visitor, String lang, String otherLang, Collection<String> otherTexts,
            List<String> start, int max) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>();
        // Only the pages whose markup was read: a download or a feed is seen, not read.
        Set<String> read = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < max) {
            String path = queue.poll();
            String page = page(path);
            if (!seen.add(page)) {
                continue;
            }
            String url = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
            java.net.http.HttpResponse<String> answer;
            try {
                answer = visitor.get(url);
                for (int hops = 0; hops < 5 && answer.statusCode() / 100 == 3; hops++) {
                    String location = answer.headers().firstValue("Location").orElseThrow();
                    url = java.net.URI.create(visitor.base() + url).resolve(location).toString();
                    if (!url.startsWith(visitor.base())) {
                        break; // leaves the application
                    }
                    url = url.substring(visitor.base().length());
                    answer = visitor.get(url);
                }
            } catch (Exception e) {
                throw new IllegalStateException("GET " + url, e);
            }
            if (answer.statusCode() >= 500) {
                found.add(page + ": answered " + answer.statusCode());
                continue;
            }
            if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(answer.body(), visitor.base() + url);
            read.add(page);
            LanguageCheck.unmarked(doc, otherLang, otherTexts).forEach(t -> found.add(page + ": " + t));
            for (org.jsoup.nodes.Element link : doc.select("a[href]")) {
                String href = link.absUrl("href");
                if (href.startsWith(visitor.base()) && SKIP.stream().noneMatch(href::contains)) {
                    String next = href.substring(visitor.base().length());
                    if (!next.isEmpty() && !seen.contains(page(next))) {
                        queue.add(next);
                    }
                }
            }
        }
        return new Walked(found, read);
    }

    /**
     * Walks {@code start} over HTTP in both languages as each role in turn, each a new visitor with an
     * account of its own ({@code null}: anonymous; roles joined by commas, as
     * {@link Journeys#accountWithRole} takes them). Each finding names the role and the language.
     */
    public static Walked asEveryone(java.net.URL app, String accountPrefix, List<String> start, int max,
            Set<String> english, Set<String> albanian, String... roles) throws Exception {
        List<String> found = new ArrayList<>();
        Set<String> pages = new java.util.TreeSet<>();
        for (String role : roles) {
            HttpSession visitor = new HttpSession(app.toExternalForm());
            if (role != null) {
                visitor.logIn(Journeys.accountWithRole(app, role, accountPrefix + "." + role.replace(",", "-") + "."
                        + System.nanoTime() + "@example.al"), Journeys.PASSWORD);
            }
            String who = role == null ? "anonymous" : role;
            Walked sq = walk(visitor, "sq", "en", english, start, max);
            sq.unmarked().forEach(t -> found.add(who + " sq " + t));
            pages.addAll(sq.pages());
            Walked en = walk(visitor, "en", "sq", albanian, start, max);
            en.unmarked().forEach(t -> found.add(who + " en " + t));
            pages.addAll(en.pages());
        }
        return new Walked(found, pages);
    }

    /** A page as both walks count it: without its language parameter and fragment. */
    private static String page(String path) {
        return path.replaceAll("[?&]lang=(sq|en)", "").replaceAll("#.*", "");
    }

    /** What a walk found (each unmarked text with its page) and the pages it read. */
    public record Walked(List<String> unmarked, Set<String> pages) {
    }

    /**
     * Opens {@code start} pages in {@code lang} and every page linked from them, up to {@code max}
     * pages; returns each unmarked text of the other language with the page it was on.
     */
    public static List<String> walk(Browser browser, String lang, String otherLang, Collection<String> otherTexts,
            List<String> start, int max) {
        String base = browser.url("/").replaceAll("/$", "");
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < max) {
            String path = queue.poll();
            String page = page(path);
            if (!seen.add(page)) {
                continue;
            }
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
            LanguageCheck.unmarked(browser.driver(), otherLang, otherTexts).forEach(t -> found.add(page + ": " + t));
            // One script call for every link: a WebDriver round trip per link made the walks slow.
            for (Object link : (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('a[href]'), a => a.href);")) {
                String href = (String) link;
                if (href != null && href.startsWith(base) && SKIP.stream().noneMatch(href::contains)) {
                    String next = href.substring(base.length());
                    if (!next.isEmpty() && !seen.contains(page(next))) {
                        queue.add(next);
                    }
                }
            }
        }
        return found;
    }
}
