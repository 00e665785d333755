package al.rrjeti.kernel.web;

import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.notification.Delivery;
import al.rrjeti.kernel.notification.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bell in the header ({@code #{notificationsBacking.unread}}), {@code notifications.xhtml},
 * and the delivery choices on the profile.
 */
@Named
@RequestScoped
public class NotificationsBacking {

    /** One notification, ready to show. */
    /** @param lang the language the text was written in: the recipient's account language (notifications are stored rendered) */
    public record Item(Long id, String title, String body, String when, boolean read, String lang) {
    }

    @Inject
    private Notifications notifications;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Messages messages;

    @Inject
    private al.rrjeti.kernel.security.CurrentUser user;

    private Long unread;
    private Long open;
    private Map<String, Delivery> choices;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<Item> getItems() {
        String written = user.account().map(a -> a.getLanguage().getLanguage()).orElse(language.getCode());
        return notifications.mine(100).stream().map(n -> new Item(n.getId(), n.getTitle(), n.getBody(),
                dateTimes.dateTime(n.getCreatedAt(), language.getLocale()), n.isRead(), written)).toList();
    }

    /** {@code ?open=<id>}: marks it read and goes where it leads. */
    public void openRequested() throws IOException {
        if (open == null) {
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        String target = notifications.open(open).orElse("/notifications.xhtml");
        ext.redirect(ext.getRequestContextPath() + target);
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = 0L;
    }

    public List<Notifications.Choice> getPreferences() {
        return notifications.myPreferences(language.getLocale());
    }

    /** The profile form's values, type by type, starting from the stored choices. */
    public Map<String, Delivery> getChoices() {
        if (choices == null) {
            choices = new HashMap<>();
            notifications.myPreferences().forEach(c -> choices.put(c.type(), c.delivery()));
        }
        return choices;
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public void savePreferences() {
        getChoices().forEach(notifications::choose);
        messages.info("notifications.saved");
    }

    public Long getOpen() {
        return open;
    }

    public void setOpen(Long open) {
        this.open = open;
    }
}
