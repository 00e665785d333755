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
        for (org.jsoup.nodes.Element e : page.select("body *:not(script):not(style):not(noscript):not(template)")) {
            if (e.closest("noscript, template") != null) {
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
            String text = t.toString().replaceAll("\\s+", " ").strip();
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
        // normalised once per page, not once per shown text
        java.util.Map<String, String> others = new java.util.LinkedHashMap<>();
        otherTexts.forEach(o -> others.put(o, normal(o)));
        for (Shown s : texts) {
            if (!counts.test(s)) {
                continue;
            }
            String own = normal(s.text());
            for (java.util.Map.Entry<String, String> other : others.entrySet()) {
                if (containsWords(own, other.getValue())) {
                    found.add("'" + other.getKey() + "' in <" + s.lang() + "> '" + abbreviate(s.text()) + "'");
                    break;
                }
            }
        }
        return found;
    }

    /** Whether {@code needle} occurs in {@code text} as whole words (not inside a longer word). */
    static boolean containsWords(String text, String needle) {
        int at = text.indexOf(needle);
        while (at >= 0) {
            int end = at + needle.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(needle, at + 1);
        }
        return false;
    }

    public static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
