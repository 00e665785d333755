package al.rrjeti.kernel.moderation;

import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.notification.NotificationCatalogue;
import al.rrjeti.kernel.organisation.OrganisationStatus;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.spi.ModerationQueue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The moderation queues live now: the kernel's organisation verification and the queues of the
 * active modules. A switched-off module's queues are gone at once, from the menu and from
 * {@code StaffAlerts}.
 */
@ApplicationScoped
public class ModerationQueues {

    /** Organisations awaiting verification. */
    public static final String ORGANISATIONS = "kernel.organisations";

    private static final Logger LOG = Logger.getLogger(ModerationQueues.class.getName());

    /** A queue with the bundle and class loader its label lives in. */
    public record Live(ModerationQueue queue, String bundle, ClassLoader loader) {
    }

    /**
     * A queue as the staff menu shows it: {@code htmlId} is its id made safe for HTML (e.g.
     * {@code queue-forum-held}); {@code count} is -1 when it could not be counted.
     */
    public record Pending(String id, String htmlId, String label, String path, long count) {

        Pending(String id, String label, String path, long count) {
            this(id, "queue-" + id.replace('.', '-'), label, path, count);
        }
    }

    @Inject
    private ModuleRegistry registry;

    @Inject
    private Organisations organisations;

    @Inject
    private Permissions permissions;

    @Inject
    private Texts texts;

    private ModerationQueue organisationQueue;

    @PostConstruct
    void declareKernelQueues() {
        organisationQueue = new ModerationQueue(ORGANISATIONS, "staff.queue.organisations",
                "/moderation/organisations.xhtml", Permissions.VERIFY_ORGANISATIONS,
                NotificationCatalogue.ORGANISATION_QUEUED,
                () -> organisations.countWithStatus(OrganisationStatus.PENDING));
    }

    /** Every live queue, the kernel's first, then the modules' in registry order. */
    public List<Live> all() {
        List<Live> live = new ArrayList<>();
        live.add(new Live(organisationQueue, Texts.KERNEL, ModerationQueues.class.getClassLoader()));
        for (InstalledModule m : registry.active()) {
            for (ModerationQueue q : m.descriptor().queues()) {
                live.add(new Live(q, m.descriptor().messages().orElse(Texts.KERNEL),
                        m.bean().getClass().getClassLoader()));
            }
        }
        return live;
    }

    public Optional<Live> find(String queueId) {
        return all().stream().filter(l -> l.queue().id().equals(queueId)).findFirst();
    }

    /** The queues the caller may act on, with what waits in each now. */
    public List<Pending> mine(Locale locale) {
        List<Pending> mine = new ArrayList<>();
        for (Live l : all()) {
            ModerationQueue q = l.queue();
            if (permissions.may(q.permission())) {
                mine.add(new Pending(q.id(), texts.text(l.bundle(), l.loader(), locale, q.labelKey()), q.path(),
                        count(q)));
            }
        }
        return mine;
    }

    /** A module's broken count must not break every page staff open: it shows no number instead. */
    private static long count(ModerationQueue q) {
        try {
            return q.pending().getAsLong();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queue " + q.id() + " could not be counted", e);
            return -1;
        }
    }
}
