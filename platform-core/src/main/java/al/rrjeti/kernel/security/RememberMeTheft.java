package al.rrjeti.kernel.security;

import al.rrjeti.kernel.account.OneTimeToken;
import al.rrjeti.kernel.account.TokenPurpose;
import al.rrjeti.kernel.account.Tokens;
import al.rrjeti.kernel.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Ends a remember-me series whose spent token came back, in a transaction of its own: the
 * refused redemption marks the login's transaction for rollback, which must not take the
 * ending of the series with it.
 */
@ApplicationScoped
public class RememberMeTheft {

    private static final Logger LOG = Logger.getLogger(RememberMeTheft.class.getName());

    @Inject
    private Tokens tokens;

    @Inject
    private Accounts accounts;

    @Inject
    private Mailer mailer;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void endSeriesOf(String presentedToken, java.time.Instant spentBefore) {
        tokens.lookUp(presentedToken, TokenPurpose.REMEMBER_ME)
                .filter(t -> t.getUsedAt() == null || !t.getUsedAt().isAfter(spentBefore))
                .ifPresent(this::end);
    }

    private void end(OneTimeToken token) {
        if (token.getPayload() == null) {
            tokens.revokeAll(token.getAccountId(), TokenPurpose.REMEMBER_ME);
        } else {
            tokens.revokeSeries(token.getAccountId(), TokenPurpose.REMEMBER_ME, token.getPayload());
        }
        accounts.byId(token.getAccountId()).ifPresent(a -> {
            LOG.warning("A spent remember-me token was presented again; its series was ended (account " + a.getId() + ")");
            mailer.sendKernelMail(a.getEmail(), a.getLanguage(), "mail.remember-reused", a.getDisplayName());
        });
    }
}
