package al.rrjeti.testmodule;

import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A module that exists only in tests: it has a page, a widget, a REST resource, a table with a
 * migration and seed content, so that switching it off and on can be observed everywhere.
 */
@ApplicationScoped
public class DemoModule implements PlatformModule {

    public static final String ID = "demo";

    /** Notes waiting for whoever may write them (operators, CSO members): a queue held through a role given by an organisation. */
    public static final String QUEUE = "demo.notes";

    @Inject
    private DemoNotes notes;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.2.0")
                .name("Demonstrim", "Demonstration")
                .requiresKernel("[1.0,2.0)")
                .messages("al.rrjeti.testmodule.messages")
                .navigation("/demo/index.xhtml", "demo.nav", "pi pi-star", Audience.EVERYONE, 50)
                .widget("/demo/widget.xhtml", Audience.EVERYONE, 10)
                .restrict("/demo/members/", Audience.MEMBERS)
                .permission("demo.write", "operator", "cso_member")
                .notification("demo.noted", "demo.notification", false)
                .queue(QUEUE, "demo.queue", "/demo/index.xhtml", "demo.write", "demo.noted", notes::count)
                .changelog("META-INF/rrjeti/demo/changelog.xml")
                .build();
    }

    @Override
    public void seed() {
        notes.ensure("welcome");
    }
}
