package al.rrjeti.kernel.api.text;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What people write, shown safely: Markdown (commonmark) turned into HTML, then passed through the
 * OWASP sanitiser, so that script, styles and event handlers never reach a page, whatever was
 * typed. Every module renders user text through this.
 */
@ApplicationScoped
public class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("a").requireRelsOnLinks("nofollow", "noopener").toFactory());

    /** Safe HTML for the Markdown text; empty for null. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** The words only, without markup: for search and summaries. */
    public String toText(String markdown) {
        return toHtml(markdown).replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }

}
