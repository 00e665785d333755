package al.rrjeti.kernel.web.moderation;

import al.rrjeti.kernel.BusinessException;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Role;
import al.rrjeti.kernel.security.UserAdministration;
import al.rrjeti.kernel.web.Messages;
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
        run(() -> administration.block(id, reason), "moderation.user.blocked");
    }

    public void unblock() {
        run(() -> administration.unblock(id), "moderation.user.unblocked");
    }

    public void toggle(Role role) {
        Account a = getOpened();
        run(() -> administration.setRole(id, role, !a.hasRole(role)), "moderation.user.roles-saved");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            reason = null;
        } catch (BusinessException e) {
            messages.refused("user", e);
        }
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
