package al.rrjeti.testmodule;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * A module that exists only in tests and declares one of everything the descriptor offers, so that
 * switching it off and on can be observed everywhere ({@code ModuleContractIT}).
 */
@ApplicationScoped
public class DemoModule implements PlatformModule {

    public static final String ID = "demo";
    public static final String MESSAGES = "al.rrjeti.testmodule.messages";
    /** A note was written (told to its author). */
    public static final String NOTED = "demo.noted";
    public static final String HEARTBEAT = "demo.heartbeat";
    /** How many notes the home-page widget lists. */
    public static final String WIDGET_SIZE = "rrjeti.demo.widget.notes";
    public static final String STYLESHEET = "/demo/demo.css";
    public static final String MEETING = "/demo/meeting";

    /** Notes waiting for whoever may write them (operators, CSO members): a queue held through a role given by an organisation. */
    public static final String QUEUE = "demo.notes";

    @Inject
    private DemoNotes notes;

    @Inject
    private DemoSearch search;

    @Inject
    private DemoFileAccess files;

    @Inject
    private DemoPersonalData personalData;

    @Inject
    private DemoHeartbeat heartbeat;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.2.0")
                .name("Demonstrim", "Demonstration")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/demo/index.xhtml", "demo.nav", "pi pi-star", Audience.EVERYONE, 50,
                        person -> notes.byAuthor(person).size())
                .widget("/demo/widget.xhtml", Audience.EVERYONE, 10)
                .restrict("/demo/members/", Audience.MEMBERS)
                .permission("demo.write", "operator", "cso_member")
                .notification(NOTED, "demo.notification", false)
                .queue(QUEUE, "demo.queue", "/demo/index.xhtml", "demo.write", NOTED, notes::count)
                .changelog("META-INF/rrjeti/demo/changelog.xml")
                // Hourly: the first run comes an hour after start, so tests run it themselves.
                .job(HEARTBEAT, Duration.ofHours(1), heartbeat::beat)
                .search(search)
                .files(files)
                .rest(DemoResource.class)
                .stylesheet(STYLESHEET)
                .header(MEETING, "Permissions-Policy", "camera=(self), microphone=(self)")
                .setting(WIDGET_SIZE, "3", "Sa shënime të fundit tregon pjesa e modulit në faqen kryesore",
                        "How many of the latest notes the module's part of the home page lists")
                .personalData(personalData)
                .build();
    }

    @Override
    public void seed() {
        notes.ensureWelcome();
    }
}
