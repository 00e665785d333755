package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.notification.NotificationCatalogue;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The moderators' decisions on organisations: verify, reject with a reason, revoke. The members
 * are notified (in the app, and by mail unless they chose otherwise); every decision is audited.
 */
@ApplicationScoped
public class OrganisationVerification {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private CurrentUser caller;

    @Inject
    private Organisations organisations;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditLog audit;

    @Inject
    private PlatformClock clock;

    /** Organisations waiting for a decision, oldest first. */
    public List<Organisation> queue() {
        caller.requireModerator();
        return organisations.withStatus(OrganisationStatus.PENDING);
    }

    /** Verified organisations, for a moderator who may revoke one. */
    public List<Organisation> verified() {
        caller.requireModerator();
        return organisations.withStatus(OrganisationStatus.VERIFIED);
    }

    public Organisation get(Long id) {
        caller.requireModerator();
        return organisations.find(id).orElseThrow(() -> new BusinessException("organisation.unknown"));
    }

    @Transactional
    public Organisation verify(Long id) {
        return decide(id, OrganisationStatus.VERIFIED, null, "organisation.verified");
    }

    @Transactional
    public Organisation reject(Long id, String reason) {
        return decide(id, OrganisationStatus.REJECTED, requireReason(reason), "organisation.rejected");
    }

    @Transactional
    public Organisation revoke(Long id, String reason) {
        return decide(id, OrganisationStatus.REVOKED, requireReason(reason), "organisation.revoked");
    }

    private Organisation decide(Long id, OrganisationStatus to, String reason, String action) {
        publicChange.fire(PublicContentChanged.kernel());
        caller.requireModerator();
        Organisation org = organisations.find(id).orElseThrow(() -> new BusinessException("organisation.unknown"));
        boolean allowed = switch (to) {
            case VERIFIED -> org.getStatus() != OrganisationStatus.VERIFIED;
            case REJECTED -> org.getStatus() == OrganisationStatus.PENDING;
            case REVOKED -> org.getStatus() == OrganisationStatus.VERIFIED;
            case PENDING -> false;
        };
        if (!allowed) {
            throw new BusinessException("organisation.decision.not-now");
        }
        org.decide(to, reason, clock.now());
        audit.record(caller.getName(), action, "organisation#" + org.getId(),
                org.getName() + (reason == null ? "" : ": " + reason));
        String key = "notification.organisation-" + to.name().toLowerCase(java.util.Locale.ROOT);
        for (Membership m : organisations.members(org.getId())) {
            notifications.publish(m.getAccountId(), NotificationCatalogue.ORGANISATION_DECISION,
                    NotificationText.kernel(key + ".title", key + ".body",
                            "/organisations/manage.xhtml?id=" + org.getId(), org.getName(), reason == null ? "" : reason));
        }
        return org;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new InvalidInputException("reason", "organisation.reason.required");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "input.length", 5, 1000);
        }
        return reason.strip();
    }
}
