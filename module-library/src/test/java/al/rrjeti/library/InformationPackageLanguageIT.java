package al.rrjeti.library;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.Browser;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.LanguageCheck;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every page of the information package, read in Albanian, shows no English text of the package
 * unless marked {@code lang="en"} (and the other way round in English); the texts the package
 * knows in English are taken from the package itself. The editors see the drafts awaiting review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside other journeys: see SideBySide
class InformationPackageLanguageIT {

    private static final List<String> SECTIONS = List.of("institutions", "channels", "case_paths",
            "legal_framework", "international", "indicators", "perception", "csos");

    @ArquillianResource
    private URL app;

    @Test
    void albanianPagesShowNoUnmarkedEnglishAndEnglishPagesNoUnmarkedAlbanian() throws Exception {
        Set<String> english = texts("en");
        Set<String> albanian = texts("sq");
        english.removeAll(albanian);
        albanian.removeAll(english);
        // Names quoted inside a text of the other language ("the 'Avokati i Popullit' mobile app") belong there.
        Set<String> quotedSq = Set.copyOf(albanian);
        albanian.removeIf(sq -> english.stream().anyMatch(en -> en.contains(sq)));
        english.removeIf(en -> quotedSq.stream().anyMatch(sq -> sq.contains(en)));
        assertThat(english).as("the package's English texts").hasSizeGreaterThan(300);
        List<String> unmarked = new ArrayList<>();
        List<String> leftInEnglish = new ArrayList<>();
        try (Browser browser = new Browser(app)) {
            for (String section : SECTIONS) {
                browser.open("/library/info/section.xhtml?s=" + section + "&lang=sq");
                assertThat(browser.text("h1")).as(section).isNotBlank();
                unmarked.addAll(LanguageCheck.unmarked(browser.driver(), "en", english).stream()
                        .map(t -> section + ": " + t).toList());
                leftInEnglish.addAll(LanguageCheck.present(browser.driver(), english).stream()
                        .map(t -> section + ": " + t).toList());
                browser.open("/library/info/section.xhtml?s=" + section + "&lang=en");
                unmarked.addAll(LanguageCheck.unmarked(browser.driver(), "sq", albanian).stream()
                        .map(t -> section + " (en): " + t).toList());
            }
        }
        assertThat(unmarked).as("texts of the other language without their lang").isEmpty();
        assertThat(leftInEnglish).as("English texts left on the Albanian pages").isEmpty();
    }

    @Test
    void aFreshLibraryHoldsThePackagesDocumentsOnTheHomePageAndInTheCatalogue() {
        try (Browser browser = new Browser(app)) {
            browser.open("/?lang=sq");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#library-widget + ul li")))
                    .as("new in the library").isNotEmpty();
            browser.screenshot("fresh-home-sq");
            browser.open("/library/?lang=sq");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#publications li")))
                    .as("the package's documents").isNotEmpty();
            browser.screenshot("fresh-library-sq");
            browser.open("/?lang=en");
            // The library reads ?lang= as its document-language filter: the page language comes from the cookie.
            browser.open("/library/?kind=legal-act");
            assertThat(browser.text("#publications")).contains("Law No. 60/2016 on whistleblowing and whistleblower protection");
            browser.screenshot("fresh-library-en");
        }
    }

    @Test
    void editorsSeeTheAlbanianDraftsAwaitingReview() {
        String editor = Journeys.accountWithRole(app, "editor", "redaktor.info." + System.nanoTime() + "@example.al");
        try (Browser browser = new Browser(app)) {
            Journeys.logIn(browser, editor, Journeys.PASSWORD);
            browser.open("/library/info/");
            browser.find("#info-review-link").click();
            assertThat(browser.text("#review-count")).matches("\\d{3} tekste në pritje");
            assertThat(browser.text("#review-texts")).contains("Zgjidhni sektorin për të cilin është denoncimi.")
                    .contains("Choose the sector your report concerns.");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#review-texts td[lang='sq']")))
                    .hasSizeGreaterThan(100);
        }
        try (Browser citizen = new Browser(app)) {
            citizen.open("/library/info/review.xhtml");
            assertThat(citizen.driver().getCurrentUrl()).as("anonymous readers are sent to log in").contains("login");
        }
    }

    /** Every text of one language in the package: {@code *_en} / {@code en} fields, lists included. */
    private static Set<String> texts(String lang) throws Exception {
        try (InputStream in = InformationPackageLanguageIT.class.getClassLoader()
                .getResourceAsStream("META-INF/rrjeti/library/information-package.yaml")) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Set<String> found = new LinkedHashSet<>();
            collect(root, lang, found);
            found.removeIf(t -> t.strip().length() < 12);
            return found;
        }
    }

    private static void collect(Object node, String lang, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if ((key.equals(lang) || key.endsWith("_" + lang)) && !key.equals("survey_seed")) {
                    add(v, into);
                }
                collect(v, lang, into);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, lang, into));
        }
    }

    private static void add(Object v, Set<String> into) {
        if (v instanceof String s) {
            into.add(s.strip());
        } else if (v instanceof List<?> list) {
            list.forEach(x -> add(x, into));
        }
    }
}
