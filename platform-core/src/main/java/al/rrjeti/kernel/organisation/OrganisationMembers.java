package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.EmailAddress;
import al.rrjeti.kernel.account.OneTimeToken;
import al.rrjeti.kernel.account.TokenPurpose;
import al.rrjeti.kernel.account.Tokens;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.web.Links;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.notification.NotificationCatalogue;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * The representative's work on the member list: invite by e-mail, remove, hand the role over.
 * An invitation is a link mailed to the address; the person accepts it logged in with that address.
 */
@ApplicationScoped
public class OrganisationMembers {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private CurrentUser caller;

    @Inject
    private Organisations organisations;

    @Inject
    private Tokens tokens;

    @Inject
    private al.rrjeti.kernel.security.Accounts accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private AuditLog audit;

    @Inject
    private al.rrjeti.kernel.notification.Notifications notifications;

    @Inject
    private PlatformClock clock;

    /** The organisations the caller belongs to. */
    public List<Membership> mine() {
        return organisations.membershipsOf(caller.requireAccount().getId());
    }

    /** The members with their names, for the organisation's own members and the moderators. */
    public List<MemberView> members(Long organisationId) {
        requireMemberOrModerator(organisationId);
        return organisations.members(organisationId).stream()
                .map(m -> accounts.byId(m.getAccountId()).map(a -> new MemberView(a.getId(), a.getDisplayName(),
                        a.getEmail(), m.getRole())))
                .flatMap(java.util.Optional::stream).toList();
    }

    /** An organisation its members (and moderators) may manage, whatever its status. */
    public Organisation organisation(Long organisationId) {
        requireMemberOrModerator(organisationId);
        return organisations.find(organisationId).orElseThrow(() -> new BusinessException("organisation.unknown"));
    }

    @Transactional
    public void invite(Long organisationId, String email, Locale language) {
        Account rep = requireRepresentative(organisationId);
        if (!EmailAddress.isValid(email)) {
            throw new InvalidInputException("email", "input.email.invalid");
        }
        Organisation org = organisations.find(organisationId).orElseThrow();
        String invited = Account.normalise(email);
        String token = tokens.issue(rep.getId(), TokenPurpose.INVITATION, organisationId + ":" + invited);
        mailer.sendKernelMail(invited, language, "mail.invitation", rep.getDisplayName(), org.getName(),
                links.absolute("/organisations/join.xhtml?token=" + token), TokenPurpose.INVITATION.lifetime().toDays());
        audit.record(rep.getEmail(), "organisation.member-invited", "organisation#" + organisationId, null);
    }

    /**
     * The invited person, logged in with the invited address, joins.
     *
     * @throws BusinessException {@code token.*}, or {@code invitation.other-account} for another address
     */
    @Transactional
    public Organisation accept(String token) {
        publicChange.fire(PublicContentChanged.kernel());
        Account me = caller.requireAccount();
        OneTimeToken t = tokens.peek(token, TokenPurpose.INVITATION);
        String[] payload = t.getPayload().split(":", 2);
        Long organisationId = Long.valueOf(payload[0]);
        if (!payload[1].equals(me.getEmail())) {
            throw new BusinessException("invitation.other-account", payload[1]);
        }
        tokens.redeem(token, TokenPurpose.INVITATION);
        Organisation org = organisations.find(organisationId).orElseThrow(() -> new BusinessException("token.invalid"));
        if (organisations.membership(organisationId, me.getId()).isEmpty()) {
            organisations.add(new Membership(organisationId, me.getId(), MemberRole.MEMBER, clock.now()));
            audit.record(me.getEmail(), "organisation.member-joined", "organisation#" + organisationId, null);
            organisations.members(organisationId).stream().filter(Membership::isRepresentative).forEach(rep ->
                    notifications.publish(rep.getAccountId(), NotificationCatalogue.MEMBER_JOINED,
                            NotificationText.kernel("notification.member-joined.title", null,
                                    "/organisations/manage.xhtml?id=" + organisationId, me.getDisplayName(),
                                    org.getName())));
        }
        return org;
    }

    @Transactional
    public void remove(Long organisationId, Long accountId) {
        publicChange.fire(PublicContentChanged.kernel());
        Account rep = requireRepresentative(organisationId);
        if (rep.getId().equals(accountId)) {
            throw new BusinessException("organisation.representative.cannot-leave");
        }
        Membership m = organisations.membership(organisationId, accountId)
                .orElseThrow(() -> new BusinessException("organisation.member.unknown"));
        organisations.remove(m);
        audit.record(rep.getEmail(), "organisation.member-removed", "organisation#" + organisationId,
                "account#" + accountId);
    }

    /** Makes another member the representative; the caller stays as a member. */
    @Transactional
    public void handOver(Long organisationId, Long accountId) {
        publicChange.fire(PublicContentChanged.kernel());
        Account rep = requireRepresentative(organisationId);
        Membership next = organisations.membership(organisationId, accountId)
                .orElseThrow(() -> new BusinessException("organisation.member.unknown"));
        organisations.membership(organisationId, rep.getId()).orElseThrow().changeRole(MemberRole.MEMBER);
        next.changeRole(MemberRole.REPRESENTATIVE);
        audit.record(rep.getEmail(), "organisation.representative-changed", "organisation#" + organisationId,
                "account#" + accountId);
    }

    public boolean isRepresentative(Long organisationId) {
        return caller.account().flatMap(a -> organisations.membership(organisationId, a.getId()))
                .map(Membership::isRepresentative).orElse(false);
    }

    private Account requireRepresentative(Long organisationId) {
        Account me = caller.requireAccount();
        organisations.membership(organisationId, me.getId()).filter(Membership::isRepresentative)
                .orElseThrow(AccessDeniedException::new);
        return me;
    }

    private void requireMemberOrModerator(Long organisationId) {
        Account me = caller.requireAccount();
        if (!caller.isModerator() && organisations.membership(organisationId, me.getId()).isEmpty()) {
            throw new AccessDeniedException();
        }
    }
}
