package al.rrjeti.kernel.web.organisation;

import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.organisation.MemberView;
import al.rrjeti.kernel.organisation.Organisation;
import al.rrjeti.kernel.organisation.OrganisationMembers;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code organisations/manage.xhtml}: the organisation's status and members, for its members. */
@Named
@ViewScoped
public class ManageBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationMembers members;

    @Inject
    private transient Messages messages;

    @Inject
    private transient CurrentLanguage language;

    private Long id;
    private String inviteEmail;

    /** 403 for someone who is not a member, 404 for an organisation that does not exist; before anything renders. */
    public void check() {
        al.rrjeti.kernel.api.web.Pages.read(() -> members.organisation(id), true);
    }

    public Organisation getOrganisation() {
        return members.organisation(id);
    }

    public List<MemberView> getMembers() {
        return members.members(id);
    }

    public boolean isRepresentative() {
        return members.isRepresentative(id);
    }

    public void invite() {
        messages.attempt("invite", () -> members.invite(id, inviteEmail, language.getLocale()), "organisation.invited");
        inviteEmail = null;
    }

    public void remove(Long accountId) {
        messages.attempt("members", () -> members.remove(id, accountId), "organisation.member.removed");
    }

    public void handOver(Long accountId) {
        messages.attempt("members", () -> members.handOver(id, accountId), "organisation.representative.changed");
    }


    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
