package al.rrjeti.kernel.notification;

import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.module.InstalledModule;
import al.rrjeti.kernel.module.ModuleRegistry;
import al.rrjeti.kernel.spi.NotificationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The notification types live now: the kernel's own and those of the active modules. */
@ApplicationScoped
public class NotificationCatalogue {

    /** A moderator's decision on your organisation. */
    public static final String ORGANISATION_DECISION = "kernel.organisation-decision";
    /** A new organisation waits for verification (moderators). */
    public static final String ORGANISATION_QUEUED = "kernel.organisation-queued";
    /** Someone joined your organisation. */
    public static final String MEMBER_JOINED = "kernel.member-joined";

    private static final List<NotificationType> KERNEL = List.of(
            new NotificationType(ORGANISATION_DECISION, "notification.type.organisation-decision", true),
            new NotificationType(ORGANISATION_QUEUED, "notification.type.organisation-queued", true),
            new NotificationType(MEMBER_JOINED, "notification.type.member-joined", false));

    /** A type with where its label lives and how it is mailed by default. */
    public record Entry(NotificationType type, String bundle, ClassLoader loader) {
        public Delivery defaultDelivery() {
            return type.byMail() ? Delivery.IMMEDIATELY : Delivery.OFF;
        }
    }

    @Inject
    private ModuleRegistry registry;

    @Inject
    private Texts texts;

    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        KERNEL.forEach(t -> entries.add(new Entry(t, Texts.KERNEL, NotificationCatalogue.class.getClassLoader())));
        for (InstalledModule m : registry.active()) {
            for (NotificationType t : m.descriptor().notificationTypes()) {
                entries.add(new Entry(t, m.descriptor().messages().orElse(Texts.KERNEL),
                        m.bean().getClass().getClassLoader()));
            }
        }
        return entries;
    }

    public Optional<Entry> find(String typeId) {
        return all().stream().filter(e -> e.type().id().equals(typeId)).findFirst();
    }

    public List<String> liveTypeIds() {
        return all().stream().map(e -> e.type().id()).toList();
    }

    public String label(Entry entry, Locale locale) {
        return texts.text(entry.bundle(), entry.loader(), locale, entry.type().labelKey());
    }
}
