package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.BusinessException;
import al.rrjeti.kernel.InvalidInputException;
import al.rrjeti.kernel.PlatformClock;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.infrastructure.Links;
import al.rrjeti.kernel.mail.Mailer;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The moderators' decisions on organisations: verify, reject with a reason, revoke. The
 * representative is told by mail; every decision is audited.
 */
@ApplicationScoped
public class OrganisationVerification {

    @Inject
    private CurrentUser caller;

    @Inject
    private Organisations organisations;

    @Inject
    private Accounts accounts;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private AuditLog audit;

    @Inject
    private PlatformClock clock;

    /** Organisations waiting for a decision, oldest first. */
    public List<Organisation> queue() {
        caller.requireModerator();
        return organisations.withStatus(OrganisationStatus.PENDING);
    }

    public Organisation get(Long id) {
        caller.requireModerator();
        return organisations.find(id).orElseThrow(() -> new BusinessException("organisation.unknown"));
    }

    @Transactional
    public Organisation verify(Long id) {
        return decide(id, OrganisationStatus.VERIFIED, null, "organisation.verified", "mail.organisation-verified");
    }

    @Transactional
    public Organisation reject(Long id, String reason) {
        return decide(id, OrganisationStatus.REJECTED, requireReason(reason), "organisation.rejected",
                "mail.organisation-rejected");
    }

    @Transactional
    public Organisation revoke(Long id, String reason) {
        return decide(id, OrganisationStatus.REVOKED, requireReason(reason), "organisation.revoked",
                "mail.organisation-revoked");
    }

    private Organisation decide(Long id, OrganisationStatus to, String reason, String action, String mail) {
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
        organisations.members(org.getId()).stream().filter(Membership::isRepresentative).findFirst()
                .flatMap(m -> accounts.byId(m.getAccountId()))
                .ifPresent(rep -> mailer.sendKernelMail(rep.getEmail(), rep.getLanguage(), mail, org.getName(),
                        reason == null ? "" : reason, links.absolute("/organisations/manage.xhtml?id=" + org.getId())));
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
