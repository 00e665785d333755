package al.rrjeti.kernel.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersTheUsualMarkdown() {
        String html = markdown.toHtml("# Titulli\n\nNjë **fjali** me [lidhje](https://spak.gov.al).\n\n1. hapi\n2. hapi");
        assertThat(html).contains("<h1>Titulli</h1>").contains("<strong>fjali</strong>")
                .contains("href=\"https://spak.gov.al\"").containsPattern("rel=\"(noopener nofollow|nofollow noopener)\"").contains("<ol>");
    }

    @Test
    void scriptAndHandlersNeverSurvive() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[klik](javascript:alert(3))\n\n<b onclick=\"x()\">b</b>");
        assertThat(html).as("markup typed becomes text; no live element or handler is left")
                .doesNotContain("<script").doesNotContain("<img").doesNotContain("<b ")
                .doesNotContain("href=\"javascript").contains("&lt;script&gt;");
    }

    @Test
    void brokenMarkdownIsStillInert() {
        assertThat(markdown.toHtml("**pa mbyllur [lidhje(http://x\n<div")).doesNotContain("<div");
        assertThat(markdown.toText("# A *b*")).isEqualTo("A b");
    }
}
