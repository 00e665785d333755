package al.rrjeti.kernel.api;

import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.moderation.ModerationQueues;
import al.rrjeti.kernel.organisation.Organisations;
import al.rrjeti.kernel.security.Account;
import al.rrjeti.kernel.security.Accounts;
import al.rrjeti.kernel.security.CurrentUser;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.spi.ModerationQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Tells staff that work waits. A module (or the kernel) calls {@link #entered} when an item enters
 * one of its moderation queues; every active account holding the queue's permission, through a
 * stored role or a verified organisation, gets the notification of the queue's type, in the bell
 * and by mail as each chose in their profile. Whoever caused the item is not told of it.
 */
@ApplicationScoped
public class StaffAlerts {

    private static final Logger LOG = Logger.getLogger(StaffAlerts.class.getName());

    @Inject
    private ModerationQueues queues;

    @Inject
    private Permissions permissions;

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser caller;

    /**
     * @param queueId a live queue's id, e.g. {@code forum.held}; an unknown or switched-off one
     *                tells nobody
     * @return how many people were told
     */
    @Transactional
    public int entered(String queueId, NotificationText text) {
        Optional<ModerationQueues.Live> live = queues.find(queueId);
        if (live.isEmpty()) {
            LOG.fine(() -> "Queue " + queueId + " is not live; nobody told");
            return 0;
        }
        ModerationQueue queue = live.get().queue();
        Set<Long> staff = new TreeSet<>();
        Set<Role> roles = permissions.rolesHolding(queue.permission());
        accounts.activeWithAnyRole(roles).forEach(a -> staff.add(a.getId()));
        staff.addAll(organisations.membersGivenAnyOf(roles));
        caller.account().map(Account::getId).ifPresent(staff::remove);
        for (Long id : staff) {
            notifications.publish(id, queue.notificationType(), text);
        }
        return staff.size();
    }
}
