package al.rrjeti.kernel.organisation;

import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.audit.AuditLog;
import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.files.FileStore;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.notification.NotificationCatalogue;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.moderation.ModerationQueues;
import al.rrjeti.kernel.api.StaffAlerts;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A person registers their organisation: it waits in the moderators' queue, with its proof
 * document, and the person becomes its representative. Until it is verified they act as citizens.
 */
@ApplicationScoped
public class OrganisationRegistration {

    @Inject
    private CurrentUser caller;

    @Inject
    private Organisations organisations;

    @Inject
    private FileStore files;

    @Inject
    private StaffAlerts staffAlerts;

    @Inject
    private AuditLog audit;

    @Inject
    private PlatformClock clock;

    /**
     * @param logo  optional
     * @param proof required: registration certificate or court decision, PDF or image
     * @throws InvalidInputException with every problem of the details, or of a file
     */
    @Transactional
    public Organisation register(OrganisationDetails details, Upload logo, Upload proof) {
        Account me = caller.requireAccount();
        OrganisationRules.check(details);
        if (proof == null) {
            throw new InvalidInputException("proof", "organisation.proof.required");
        }
        Organisation org = new Organisation(details, clock.now());
        org.attachProof(files.store(proof.content(), proof.name(), FileKind.PROOF, "proof").getId());
        if (logo != null) {
            org.attachLogo(files.store(logo.content(), logo.name(), FileKind.LOGO, "logo").getId());
        }
        organisations.add(org);
        organisations.add(new Membership(org.getId(), me.getId(), MemberRole.REPRESENTATIVE, clock.now()));
        audit.record(me.getEmail(), "organisation.registered", "organisation#" + org.getId(), org.getName());
        staffAlerts.entered(ModerationQueues.ORGANISATIONS, NotificationText.kernel(
                "notification.organisation-queued.title", null, "/moderation/organisations.xhtml?id=" + org.getId(),
                org.getName()));
        return org;
    }
}
