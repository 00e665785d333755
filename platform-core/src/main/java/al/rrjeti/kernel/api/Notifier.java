package al.rrjeti.kernel.api;

import al.rrjeti.kernel.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Tells people what happened, in their language: the bell, and mail at once, in the daily
 * summary or not at all, as each person chose for the type. Types are those a module declares
 * in its descriptor; a switched-off module's notifications stop at once.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    private Notifications notifications;

    /** Notifies one person (nothing happens for an inactive account or a type no active module declares). */
    public void notify(Long personId, String type, NotificationText text) {
        notifications.publish(personId, type, text);
    }

    /** Notifies each person once, however often they appear. */
    public void notifyAll(Collection<Long> personIds, String type, NotificationText text) {
        for (Long id : new LinkedHashSet<>(personIds)) {
            notifications.publish(id, type, text);
        }
    }
}
