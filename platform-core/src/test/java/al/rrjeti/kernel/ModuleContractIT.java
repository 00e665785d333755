package al.rrjeti.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.module.ModuleAdministration;
import al.rrjeti.kernel.moderation.ModerationQueues;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.notification.Notification;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.security.Account;
import java.util.Locale;
import al.rrjeti.kernel.spi.HeaderNeed;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PersonalData;
import al.rrjeti.kernel.spi.Setting;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.TestPorts;
import al.rrjeti.testmodule.DemoHeartbeat;
import al.rrjeti.testmodule.DemoModule;
import al.rrjeti.testmodule.DemoNotes;
import al.rrjeti.testmodule.DemoResource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10's proof: the test-only demo module declares one of everything the descriptor offers;
 * switched off by the operator, all of it is gone (pages, REST and its /openapi entries, search,
 * files, stylesheet, widget, navigation, notifications, permission, moderation queue, job); switched
 * back on, all of it is back, data intact.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleContractIT {

    private static final String NAME = KernelTestDeployment.NAME;
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    /** The author's note; its last word is unique to this run, so that search finds only it. */
    private static final String TEXT = "Ullishtja e Beratit " + RUN;

    @Inject
    private ModuleRegistry registry;

    @Inject
    private ModuleAdministration administration;

    @Inject
    private KernelJobs jobs;

    @Inject
    private SearchIndex search;

    @Inject
    private Notifications notifications;

    @Inject
    private Notifier notifier;

    @Inject
    private Permissions permissions;

    @Inject
    private Fixtures fixtures;

    @Inject
    private ModerationQueues queues;

    @Inject
    private DemoNotes notes;

    @Inject
    private DemoHeartbeat heartbeat;

    private Account operator;
    private Account author;

    @AfterEach
    void reset() {
        ActingUser.actAs(null);
        registry.setEnabled(DemoModule.ID, true, "test");
        registry.refresh();
        // Other tests of this server count the demo notes: leave only the seed.
        if (author != null) {
            notes.eraseAuthor(author.getId());
        }
    }

    @Test
    void switchedOffEverythingTheModuleDeclaredIsGoneSwitchedOnItIsAllBack() throws Exception {
        operator = fixtures.account("contract-operator." + RUN + "@example.al", "Operatore", Role.OPERATOR);
        author = fixtures.account("contract-author." + RUN + "@example.al", "Autore", Role.CITIZEN);
        notes.write(author.getId(), TEXT);
        search.rebuild();
        long welcomeFile = notes.find(DemoNotes.WELCOME).orElseThrow().fileId();
        int notesBefore = notes.count();
        String restBefore = new HttpSession(base()).get("/api/demo/notes").body();

        assertEverything(true, welcomeFile);
        HttpSession authorsBrowser = new HttpSession(base());
        authorsBrowser.logIn(author.getEmail(), "Fjalekalim2026");
        assertThat(authorsBrowser.get("/privacy.xhtml").body()).as("the module's count beside its link, for this reader")
                .contains("id=\"nav-count-demo\">1</span>");
        assertThat(new HttpSession(base()).get("/privacy.xhtml").body()).as("no count for anonymous readers")
                .doesNotContain("nav-count-demo");

        switchDemo(false);
        assertEverything(false, welcomeFile);
        notifier.notify(author.getId(), DemoModule.NOTED, new NotificationText(DemoModule.MESSAGES,
                DemoModule.class.getClassLoader(), "demo.noted.title", null, "/demo/index.xhtml", "gjatë fikjes"));

        switchDemo(true);
        assertEverything(true, welcomeFile);
        assertThat(notes.count()).as("notes intact").isEqualTo(notesBefore);
        assertThat(new HttpSession(base()).get("/api/demo/notes").body()).as("REST data intact").isEqualTo(restBefore);
        ActingUser.actAs(author.getEmail());
        assertThat(notifications.mine(10)).extracting(Notification::getTitle).as("nothing reached the author while off")
                .containsExactly("Shënim i ri: " + TEXT);
    }

    /** A document of a search group (a chat room's messages) is found by the group's readers only. */
    @Test
    void aGroupedDocumentIsFoundOnlyByThoseItsModuleSaysAreInTheGroup() {
        String word = "kalaja" + Long.toString(System.nanoTime(), 36);
        author = fixtures.account("author." + word + "@example.al", "Autori");
        Account other = fixtures.account("other." + word + "@example.al", "Tjetri");
        notes.write(author.getId(), DemoNotes.PRIVATE + " " + word);

        ActingUser.actAs(author.getEmail());
        assertThat(search.search(word, Locale.forLanguageTag("sq")).groups()).as("its author").hasSize(1);
        ActingUser.actAs(other.getEmail());
        assertThat(search.search(word, Locale.forLanguageTag("sq")).groups()).as("another account").isEmpty();
        ActingUser.actAs(null);
        assertThat(search.search(word, Locale.forLanguageTag("sq")).groups()).as("anonymous").isEmpty();
        notes.write(author.getId(), "public " + word);
        assertThat(search.search(word, Locale.forLanguageTag("sq")).groups().get(0).hits())
                .as("documents without a group as before").hasSize(1);
    }

    @Test
    void declarationsTheKernelDoesNotApplyYetAreExposedAsDeclared() {
        ModuleDescriptor demo = registry.find(DemoModule.ID).orElseThrow().descriptor();
        assertThat(demo.headerNeeds()).containsExactly(
                new HeaderNeed(DemoModule.MEETING, HeaderNeed.PERMISSIONS_POLICY, "camera=(self), microphone=(self)"));
        assertThat(demo.settings()).extracting(Setting::key, Setting::defaultValue, Setting::secret)
                .containsExactly(tuple(DemoModule.WIDGET_SIZE, "3", false));
        assertThat(demo.restResources()).containsExactly(DemoResource.class);
        assertThat(demo.stylesheets()).containsExactly(DemoModule.STYLESHEET);
        assertThat(demo.searchProviders()).hasSize(1);
        assertThat(demo.fileRules()).hasSize(1);
        assertThat(demo.jobs()).extracting(j -> j.id()).containsExactly(DemoModule.HEARTBEAT);
        assertThat(demo.personalData()).hasSize(1);
    }

    @Test
    void thePersonalDataHandlerHandsOverAndErasesWhatThePersonWrote() {
        author = fixtures.account("contract-person." + RUN + "@example.al", "Person", Role.CITIZEN);
        notes.write(author.getId(), "Shënimi im " + RUN);
        PersonalData handler = registry.find(DemoModule.ID).orElseThrow().descriptor().personalData().get(0);

        Map<String, Object> exported = handler.export(author.getId());
        assertThat((List<?>) exported.get("notes")).hasSize(1).first().asString().contains("Shënimi im " + RUN);

        handler.erase(author.getId());
        assertThat(notes.byAuthor(author.getId())).isEmpty();
        assertThat((List<?>) handler.export(author.getId()).get("notes")).isEmpty();
    }

    /** Everything the demo module contributes, present (on) or gone (off); all checks reported together. */
    private void assertEverything(boolean on, long welcomeFile) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        String state = on ? " while on" : " while off";
        int found = on ? 200 : 404;
        HttpSession web = new HttpSession(base());

        soft.assertThat(web.get("/demo/index.xhtml").statusCode()).as("page" + state).isEqualTo(found);
        soft.assertThat(web.get("/demo/members/index.xhtml").statusCode()).as("restricted page, anonymous" + state)
                .isEqualTo(on ? 302 : 404);
        HttpResponse<String> rest = web.get("/api/demo/notes");
        soft.assertThat(rest.statusCode()).as("REST resource" + state).isEqualTo(found);
        HttpResponse<String> file = web.get("/files/" + welcomeFile);
        soft.assertThat(file.statusCode()).as("download of the module's file" + state).isEqualTo(found);
        HttpResponse<String> css = web.get(DemoModule.STYLESHEET);
        soft.assertThat(css.statusCode()).as("stylesheet URL" + state).isEqualTo(found);
        String results = web.get("/api/search?q=" + RUN).body();
        soft.assertThat(results.contains(TEXT)).as("search result" + state + ": " + results).isEqualTo(on);
        if (on) {
            soft.assertThat(rest.body()).as("REST answer").contains("\"notes\":" + notes.count());
            soft.assertThat(file.body()).as("file content").startsWith("%PDF-1.4");
            soft.assertThat(css.body()).as("stylesheet content").contains(".demo-notes");
        }

        HttpResponse<String> openapi = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + TestPorts.HTTP + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        soft.assertThat(openapi.statusCode()).as("/openapi" + state).isEqualTo(200);
        soft.assertThat(openapi.body().contains("\"/api/demo/notes\"")).as("the module's path in /openapi" + state)
                .isEqualTo(on);
        soft.assertThat(openapi.body().contains("Demo notes")).as("the module's tag in /openapi" + state).isEqualTo(on);
        soft.assertThat(openapi.body().contains("\"DemoNotesCount\"")).as("a schema only the module uses" + state)
                .isEqualTo(on);
        soft.assertThat(openapi.body()).as("a schema the kernel shares stays").contains("\"ApiError\"");
        soft.assertThat(openapi.body()).as("the kernel's paths stay").contains("\"/api/modules\"");

        HttpResponse<String> homePage = web.get("/");
        soft.assertThat(homePage.statusCode()).as("home page").isEqualTo(200);
        String home = homePage.body();
        soft.assertThat(home.matches("(?s).*href=\"/" + NAME + DemoModule.STYLESHEET + "\\?v=1\\.2\\.0-[0-9a-f]{12}\".*"))
                .as("stylesheet linked by the layout" + state).isEqualTo(on);
        soft.assertThat(home.contains("id=\"demo-widget\"")).as("widget" + state).isEqualTo(on);
        soft.assertThat(home.contains("<li>" + TEXT + "</li>")).as("widget lists the latest note" + state).isEqualTo(on);
        soft.assertThat(home.contains("<li>" + DemoNotes.WELCOME + "</li>")).as("one note only, as configured")
                .isFalse();
        soft.assertThat(home.contains("href=\"/" + NAME + "/demo/index.xhtml\"")).as("navigation entry" + state)
                .isEqualTo(on);

        int runs = heartbeat.runs();
        jobs.scheduledModuleJob(DemoModule.HEARTBEAT).orElseThrow().run();
        soft.assertThat(heartbeat.runs() - runs).as("scheduled job runs" + state).isEqualTo(on ? 1 : 0);

        // In-container checks act as someone; HTTP above went out as nobody.
        try {
            ActingUser.actAs(operator.getEmail());
            soft.assertThat(permissions.may("demo.write")).as("declared permission" + state).isEqualTo(on);
            soft.assertThat(queues.mine(Locale.forLanguageTag("sq"))).extracting(ModerationQueues.Pending::id)
                    .as("the module's moderation queue, for those who may act on it" + state)
                    .matches(ids -> ids.contains(DemoModule.QUEUE) == on);
            soft.assertThat(queues.find(DemoModule.QUEUE).isPresent()).as("the queue" + state).isEqualTo(on);
            ActingUser.actAs(author.getEmail());
            soft.assertThat(notifications.mine(10)).extracting(Notification::getTitle).as("notification" + state)
                    .isEqualTo(on ? List.of("Shënim i ri: " + TEXT) : List.of());
            soft.assertThat(notifications.myPreferences()).extracting(Notifications.Choice::type)
                    .as("notification type offered" + state).matches(types -> types.contains(DemoModule.NOTED) == on);
        } finally {
            ActingUser.actAs(null);
        }
        soft.assertAll();
    }

    /** The operator's switch, through the console's service. */
    private void switchDemo(boolean on) {
        ActingUser.actAs(operator.getEmail());
        try {
            if (on) {
                administration.enable(DemoModule.ID);
            } else {
                administration.disable(DemoModule.ID);
            }
        } finally {
            ActingUser.actAs(null);
        }
        assertThat(registry.isActive(DemoModule.ID)).isEqualTo(on);
    }

    private static String base() {
        return "http://localhost:" + TestPorts.HTTP + "/" + NAME;
    }
}
