package al.rrjeti.kernel.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Finds text of the other language on a page that is not marked with its {@code lang}: every
 * element's own text (its direct text nodes) is checked against texts known to be of the other
 * language (from bundles or seed files), and counts only where the nearest {@code lang} is not that
 * language.
 */
public final class LanguageCheck {

    private static final String OWN_TEXTS = "const out = [];"
            + "document.querySelectorAll('body *:not(script):not(style)').forEach(e => {"
            + "  let t = ''; e.childNodes.forEach(n => { if (n.nodeType === 3) t += n.textContent; });"
            + "  if (e.matches('input[type=submit],input[type=button],button')) t += ' ' + (e.value || '');"
            + "  for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {"
            + "    if (e.getAttribute(a)) t += ' ' + e.getAttribute(a); }"
            + "  t = t.replace(/\\s+/g, ' ').trim();"
            + "  if (t) { const l = e.closest('[lang]'); out.push([t, l ? l.getAttribute('lang') : '']); }"
            + "});"
            + "return out;";

    private static final org.jsoup.select.Evaluator SHOWN =
            org.jsoup.select.QueryParser.parse("body *:not(script):not(style):not(noscript):not(template)");
    private static final org.jsoup.select.Evaluator HIDDEN = org.jsoup.select.QueryParser.parse("noscript, template");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private LanguageCheck() {
    }

    /** One piece of text as the page shows it, with the language it is marked with. */
    public record Shown(String text, String lang) {
    }

    /**
     * The same texts read from a page's markup as served (for walks that need no script run): what
     * {@link #texts(WebDriver)} reads from the browser's document, less what only a script would add.
     */
    public static List<Shown> texts(org.jsoup.nodes.Document page) {
        List<Shown> shown = new ArrayList<>();
        for (org.jsoup.nodes.Element e : page.select(SHOWN)) {
            if (e.closest(HIDDEN) != null) {
                continue; // a browser running scripts has no elements there
            }
            StringBuilder t = new StringBuilder();
            e.textNodes().forEach(n -> t.append(n.getWholeText()));
            if (e.is("input[type=submit], input[type=button], button")) {
                t.append(' ').append(e.attr("value"));
            }
            for (String a : new String[] {"aria-label", "title", "placeholder", "alt"}) {
                if (!e.attr(a).isEmpty()) {
                    t.append(' ').append(e.attr(a));
                }
            }
            String text = SPACES.matcher(t).replaceAll(" ").strip();
            if (!text.isEmpty()) {
                org.jsoup.nodes.Element marked = e.closest("[lang]");
                shown.add(new Shown(text, marked == null ? "" : marked.attr("lang")));
            }
        }
        return shown;
    }

    /** As {@link #unmarked(WebDriver, String, Collection)}, on a page's markup as served. */
    public static List<String> unmarked(org.jsoup.nodes.Document page, String otherLang, Collection<String> otherTexts) {
        return find(texts(page), otherTexts, s -> !s.lang().startsWith(otherLang));
    }

    public static List<Shown> texts(WebDriver driver) {
        List<Shown> shown = new ArrayList<>();
        for (Object row : (List<?>) ((JavascriptExecutor) driver).executeScript(OWN_TEXTS)) {
            List<?> pair = (List<?>) row;
            shown.add(new Shown(String.valueOf(pair.get(0)), String.valueOf(pair.get(1))));
        }
        return shown;
    }

    /**
     * The page's texts that contain one of {@code otherTexts} (texts of language {@code otherLang})
     * without being marked {@code lang=otherLang}.
     */
    public static List<String> unmarked(WebDriver driver, String otherLang, Collection<String> otherTexts) {
        return find(texts(driver), otherTexts, s -> !s.lang().startsWith(otherLang));
    }

    /** The page's texts that contain one of {@code otherTexts}, however they are marked. */
    public static List<String> present(WebDriver driver, Collection<String> otherTexts) {
        return find(texts(driver), otherTexts, s -> true);
    }

    private static List<String> find(List<Shown> texts, Collection<String> otherTexts,
            java.util.function.Predicate<Shown> counts) {
        List<String> found = new ArrayList<>();
        Known known = Known.of(otherTexts);
        for (Shown s : texts) {
            if (!counts.test(s)) {
                continue;
            }
            String other = known.firstIn(normal(s.text()));
            if (other != null) {
                found.add("'" + other + "' in <" + s.lang() + "> '" + abbreviate(s.text()) + "'");
            }
        }
        return found;
    }

    /**
     * The other language's texts, normalised and filed under their first word, so that a shown text
     * is looked up word by word instead of against each of the hundreds of known texts in turn. Kept
     * for the collection a walk passes page after page.
     */
    private record Known(Collection<String> texts, java.util.Map<String, List<String[]>> byFirstWord) {

        /** The last few collections' indexes: walks in both languages run side by side (SideBySide). */
        private static final java.util.Deque<Known> RECENT = new java.util.ArrayDeque<>();

        static synchronized Known of(Collection<String> texts) {
            for (Known known : RECENT) {
                if (known.texts() == texts) {
                    return known;
                }
            }
            java.util.Map<String, List<String[]>> index = new java.util.HashMap<>();
            for (String t : texts) {
                String n = normal(t);
                if (!n.isEmpty()) {
                    index.computeIfAbsent(firstWord(n, 0), w -> new ArrayList<>()).add(new String[] {n, t});
                }
            }
            Known known = new Known(texts, index);
            RECENT.addFirst(known);
            if (RECENT.size() > 4) {
                RECENT.removeLast();
            }
            return known;
        }

        /** The first known text (as written) that {@code text} contains as whole words, or null. */
        String firstIn(String text) {
            for (int at = 0; at < text.length(); at++) {
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                    continue; // inside a word: a known text starts at a word's start
                }
                List<String[]> candidates = byFirstWord.get(firstWord(text, at));
                if (candidates != null) {
                    for (String[] c : candidates) {
                        int end = at + c[0].length();
                        if (text.startsWith(c[0], at)
                                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                            return c[1];
                        }
                    }
                }
            }
            return null;
        }

        /** The run of letters and digits starting at {@code at}, or the one character there if it is neither. */
        private static String firstWord(String text, int at) {
            int end = at;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return end == at ? text.substring(at, at + 1) : text.substring(at, end);
        }
    }

    public static String normal(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
