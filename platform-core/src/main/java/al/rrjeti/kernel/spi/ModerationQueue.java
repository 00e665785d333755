package al.rrjeti.kernel.spi;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Work that waits for staff: held posts, reports, submissions to review. The kernel lists each
 * queue, with its count, in the staff menu of everyone holding {@code permission}, and tells them
 * (bell and mail, as each chose for {@code notificationType}) when the module reports a new item
 * through the kernel's {@code StaffAlerts}.
 *
 * @param id               dotted, prefixed by the module id, e.g. {@code forum.held}
 * @param labelKey         key in the module's bundle, the queue's name in the menu
 * @param path             the page where the work is done, under the module's prefix
 * @param permission       who may act on the queue; prefixed by the module id
 * @param notificationType the module's notification type that announces a new item
 * @param pending          how many items wait now; called on every page staff open, so a cheap
 *                         count query
 */
public record ModerationQueue(String id, String labelKey, String path, String permission, String notificationType,
        LongSupplier pending) {

    public ModerationQueue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(notificationType, "notificationType");
        Objects.requireNonNull(pending, "pending");
    }
}
