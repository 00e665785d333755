package al.rrjeti.kernel.web.moderation;

import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.security.UserAdministration;
import al.rrjeti.kernel.api.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code moderation/users.xhtml}: find accounts; one opened with its block and role controls. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserAdministration administration;

    @Inject
    private transient Messages messages;

    private String q;
    private Long id;
    private String reason;

    public List<Account> getResults() {
        return administration.search(q);
    }

    public Account getOpened() {
        return id == null ? null : administration.get(id);
    }

    public List<Role> getGrantable() {
        return List.of(Role.MODERATOR, Role.EDITOR, Role.OPERATOR);
    }

    public void block() {
        if (messages.attempt("user", () -> administration.block(id, reason), "moderation.user.blocked")) {
            reason = null;
        }
    }

    public void unblock() {
        messages.attempt("user", () -> administration.unblock(id), "moderation.user.unblocked");
    }

    public void toggle(Role role) {
        Account a = getOpened();
        messages.attempt("user", () -> administration.setRole(id, role, !a.hasRole(role)), "moderation.user.roles-saved");
    }


    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
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
