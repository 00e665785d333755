package al.rrjeti.kernel.notification;

import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The daily digest: one mail per person with everything waiting for it since the last digest.
 * Each notification is mailed once; a second run the same day sends nothing.
 */
@ApplicationScoped
public class DigestJob {

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private NotificationCatalogue catalogue;

    @Inject
    private Accounts accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private Texts texts;

    @Inject
    private Links links;

    @Inject
    private DigestJob self;

    /** Sends every waiting digest; returns how many mails went out. */
    public int sendDigests() {
        List<Long> recipients = em.createQuery("SELECT DISTINCT n.accountId FROM Notification n"
                + " WHERE n.mailState = :s", Long.class).setParameter("s", MailState.DIGEST).getResultList();
        int sent = 0;
        for (Long accountId : recipients) {
            sent += self.sendDigest(accountId) ? 1 : 0;
        }
        return sent;
    }

    /** One person's digest, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendDigest(Long accountId) {
        List<Notification> waiting = em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a"
                        + " AND n.mailState = :s AND n.type IN :types ORDER BY n.createdAt", Notification.class)
                .setParameter("a", accountId).setParameter("s", MailState.DIGEST)
                .setParameter("types", catalogue.liveTypeIds()).getResultList();
        Account account = accounts.byId(accountId).filter(Account::isActive).orElse(null);
        if (waiting.isEmpty() || account == null) {
            return false;
        }
        String items = waiting.stream()
                .map(n -> "• " + n.getTitle() + (n.getLink() == null ? "" : "\n  " + links.absolute(n.getLink())))
                .collect(Collectors.joining("\n"));
        mailer.send(account.getEmail(), account.getLanguage(),
                texts.kernel(account.getLanguage(), "mail.digest.subject", waiting.size()),
                texts.kernel(account.getLanguage(), "mail.digest.text", account.getDisplayName(), items,
                        links.absolute("/account/profile.xhtml")));
        waiting.forEach(Notification::mailed);
        return true;
    }
}
