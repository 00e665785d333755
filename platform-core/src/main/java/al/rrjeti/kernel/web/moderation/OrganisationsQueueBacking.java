package al.rrjeti.kernel.web.moderation;

import al.rrjeti.kernel.organisation.MemberView;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.OrganisationMembers;
import al.rrjeti.kernel.organisation.OrganisationVerification;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code moderation/organisations.xhtml}: the verification queue and one organisation's file. */
@Named
@ViewScoped
public class OrganisationsQueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationVerification verification;

    @Inject
    private transient OrganisationMembers members;


    @Inject
    private transient Messages messages;

    private Long id;
    private String reason;

    public List<Organisation> getQueue() {
        return verification.queue();
    }

    public List<Organisation> getVerified() {
        return verification.verified();
    }

    public Organisation getOpened() {
        return id == null ? null : verification.get(id);
    }

    public List<MemberView> getMembers() {
        return id == null ? List.of() : members.members(id);
    }

    public void verify() {
        decide(() -> verification.verify(id), "moderation.organisation.verified");
    }

    public void reject() {
        decide(() -> verification.reject(id, reason), "moderation.organisation.rejected");
    }

    public void revoke() {
        decide(() -> verification.revoke(id, reason), "moderation.organisation.revoked");
    }

    private void decide(Runnable action, String doneKey) {
        if (messages.attempt("decision", action, doneKey)) {
            reason = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
