package al.rrjeti.kernel.notification;

import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Publishes notifications and serves each person theirs. Modules call {@link #publish}; the
 * kernel words the notification in the recipient's language, keeps it for the bell, and mails it
 * at once, in the daily digest, or not at all, as the recipient chose for that type.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private NotificationCatalogue catalogue;

    @Inject
    private Accounts accounts;

    @Inject
    private Texts texts;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private CurrentUser caller;

    @Inject
    private PlatformClock clock;

    /**
     * Notifies one person. A type that no active module declares is dropped: a disabled module's
     * notifications stop at once.
     */
    @Transactional
    public void publish(Long accountId, String type, NotificationText text) {
        Optional<NotificationCatalogue.Entry> entry = catalogue.find(type);
        Optional<Account> to = accounts.byId(accountId).filter(Account::isActive);
        if (entry.isEmpty() || to.isEmpty()) {
            LOG.fine(() -> "Notification " + type + " dropped: type not live or recipient inactive");
            return;
        }
        Account a = to.get();
        Locale locale = a.getLanguage();
        String title = texts.text(text.bundle(), text.loader(), locale, text.titleKey(), text.args());
        String body = text.bodyKey() == null ? null
                : texts.text(text.bundle(), text.loader(), locale, text.bodyKey(), text.args());
        Delivery delivery = preference(a.getId(), entry.get());
        MailState state = switch (delivery) {
            case IMMEDIATELY -> MailState.SENT;
            case DAILY_DIGEST -> MailState.DIGEST;
            case OFF -> MailState.NONE;
        };
        em.persist(new Notification(a.getId(), type, title, body, text.link(), clock.now(), state));
        if (delivery == Delivery.IMMEDIATELY) {
            mailer.send(a.getEmail(), locale, title, (body == null ? "" : body + "\n\n")
                    + (text.link() == null ? "" : links.absolute(text.link())));
        }
    }

    /** The caller's notifications of live types, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine(int max) {
        return caller.account().map(a -> em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a"
                        + " AND n.type IN :types ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("a", a.getId()).setParameter("types", catalogue.liveTypeIds())
                .setMaxResults(max).getResultList()).orElse(List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount() {
        return caller.account().map(a -> em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a"
                        + " AND n.readAt IS NULL AND n.type IN :types", Long.class)
                .setParameter("a", a.getId()).setParameter("types", catalogue.liveTypeIds())
                .getSingleResult()).orElse(0L);
    }

    /** Marks one of the caller's notifications read and says where it leads. */
    @Transactional
    public Optional<String> open(Long id) {
        return caller.account().map(a -> em.find(Notification.class, id))
                .filter(n -> n.getAccountId().equals(caller.account().get().getId()))
                .map(n -> {
                    n.read(clock.now());
                    return n.getLink() == null ? "/notifications.xhtml" : n.getLink();
                });
    }

    @Transactional
    public void markAllRead() {
        caller.account().ifPresent(a -> em.createQuery("UPDATE Notification n SET n.readAt = :now"
                        + " WHERE n.accountId = :a AND n.readAt IS NULL")
                .setParameter("now", clock.now()).setParameter("a", a.getId()).executeUpdate());
    }

    /** The caller's delivery choice for every live type. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Choice> myPreferences() {
        return myPreferences(caller.requireAccount().getLanguage());
    }

    /** The caller's choices, labelled in {@code locale} (the page's language, which may differ from the account's). */
    public List<Choice> myPreferences(Locale locale) {
        Account a = caller.requireAccount();
        return catalogue.all().stream()
                .map(e -> new Choice(e.type().id(), catalogue.label(e, locale), preference(a.getId(), e)))
                .toList();
    }

    @Transactional
    public void choose(String type, Delivery delivery) {
        Account a = caller.requireAccount();
        if (catalogue.find(type).isEmpty()) {
            return;
        }
        NotificationPreference p = em.find(NotificationPreference.class, new NotificationPreference.Key(a.getId(), type));
        if (p == null) {
            em.persist(new NotificationPreference(a.getId(), type, delivery));
        } else {
            p.change(delivery);
        }
    }

    /** A type, its label in the person's language, and their choice. */
    public record Choice(String type, String label, Delivery delivery) {
    }

    private Delivery preference(Long accountId, NotificationCatalogue.Entry entry) {
        NotificationPreference p = em.find(NotificationPreference.class,
                new NotificationPreference.Key(accountId, entry.type().id()));
        return p == null ? entry.defaultDelivery() : p.getDelivery();
    }
}
