package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.Registration;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Reminds the people holding a place at an activity, once, when it is less than
 * {@code rrjeti.campaigns.reminder.hours-before} hours away. The kernel runs {@link #sendDue} as the
 * job {@code campaigns.reminders}; people on the waiting list are not reminded of a place they lack.
 */
@ApplicationScoped
public class ActivityReminders {

    private static final Logger LOG = Logger.getLogger(ActivityReminders.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    @Inject
    private CampaignRepository repository;

    @Inject
    private PlatformClock clock;

    @Inject
    private Notifier notifier;

    @Inject
    private CampaignsSettings settings;

    /**
     * Sends the reminders that are due now.
     *
     * @return how many went out in this run
     */
    @Transactional
    public int sendDue() {
        Instant now = clock.now();
        int sent = 0;
        for (Registration r : repository.dueReminders(now, now.plus(settings.reminderLead()))) {
            if (!repository.markReminded(r.getId(), now)) {
                continue;
            }
            CampaignEvent e = repository.event(r.getEventId()).orElseThrow();
            String where = e.getPlace() != null ? e.getPlace() : e.getOnlineLink();
            notifier.notify(r.getPersonId(), CampaignsModule.REMINDER, new NotificationText(CampaignsModule.MESSAGES,
                    CampaignsModule.class.getClassLoader(), "campaigns.notification.reminder.title",
                    "campaigns.notification.reminder.body", "/campaigns/event.xhtml?id=" + e.getId(),
                    e.getTitle().in(Language.SQ.locale()), WHEN.withZone(e.zone()).format(e.getStartsAt()), where));
            sent++;
        }
        if (sent > 0) {
            int count = sent;
            LOG.fine(() -> count + " activity reminders sent");
        }
        return sent;
    }
}
