package al.rrjeti.kernel.account;

import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.security.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Mails an account a one-time link: issues the token and sends the kernel mail {@code mailKey}
 * with the person's name, the link and how many hours it lives. Older links of the same purpose
 * stop working.
 */
@ApplicationScoped
public class LinkMail {

    @Inject
    private Tokens tokens;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /**
     * @param to      the address to write to (the account's, or the new one it asked for)
     * @param payload what the token carries, or null
     * @param path    the page the link opens; {@code ?token=…} is appended
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Account account, String to, TokenPurpose purpose, String payload, String mailKey, String path) {
        tokens.revokeAll(account.getId(), purpose);
        String token = tokens.issue(account.getId(), purpose, payload);
        mailer.sendKernelMail(to, account.getLanguage(), mailKey, account.getDisplayName(),
                links.absolute(path + "?token=" + token), purpose.lifetime().toHours());
    }
}
