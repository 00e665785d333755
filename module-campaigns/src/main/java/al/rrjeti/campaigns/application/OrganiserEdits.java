package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.event.Event;
import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.Registration;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.ConflictException;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Organisers change their campaigns and activities: a member of the organising verified
 * organisation, or an editor (the only ones for the platform's own). A form opened on an older
 * version never overwrites a newer save. People registered for a changed activity are told;
 * registrations are never dropped, even when the new capacity is below them.
 */
@ApplicationScoped
public class OrganiserEdits {

    @Inject
    private Event<PublicContentChanged> publicChange;

    /** An activity after its change, and how many registered people are now beyond its capacity. */
    public record EventChange(CampaignEvent event, long overCapacity) {
    }

    @Inject
    private CampaignRepository repository;

    @Inject
    private Memberships memberships;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private CampaignsSettings settings;

    @Inject
    private Notifier notifier;

    @Inject
    private Audit audit;

    @Inject
    private PlatformClock clock;

    /**
     * @param seenVersion the campaign's version when the form was opened (null: no check)
     * @throws ConflictException when someone saved the campaign since
     */
    @Transactional
    public Campaign editCampaign(Long id, CampaignDraft d, Long seenVersion) {
        // Dropped after the commit only (the observer waits for it): the public pages show it.
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Campaign c = repository.campaign(id).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        requireOrganiser(c.getOrganisationId());
        if (seenVersion != null && seenVersion != c.getRowVersion()) {
            throw new ConflictException(null);
        }
        d.check();
        c.revise(d.title(), d.goal(), d.description(), d.audience(), d.startsOn(), d.endsOn());
        c.classify(d.theme());
        audit.record(caller.auditName(), "campaigns.campaign.edited", "campaign " + id, null);
        return c;
    }

    /**
     * Changes an activity (its campaign and organiser stay). A higher capacity gives places to
     * the waiting list in order; a lower one keeps every registration and says how many are over.
     *
     * @throws ConflictException when someone saved the activity since the form was opened
     */
    @Transactional
    public EventChange editEvent(Long id, EventDraft d, Long seenVersion) {
        // Dropped after the commit only (the observer waits for it): the public pages show it.
        publicChange.fire(PublicContentChanged.of("campaigns"));
        CampaignEvent e = repository.lockEvent(id).orElseThrow(() -> new BusinessException("campaigns.event.unknown"));
        Person me = requireOrganiser(e.getOrganisationId());
        if (seenVersion != null && seenVersion != e.getRowVersion()) {
            throw new ConflictException(null);
        }
        if (e.isCancelled()) {
            throw new BusinessException("campaigns.event.cancelled");
        }
        d.check();
        ZoneId zone = Checks.blank(d.zone()) ? e.zone() : ZoneId.of(d.zone().strip());
        Instant start = d.startsAt().atZone(zone).toInstant();
        Instant end = (d.endsAt() == null ? d.startsAt().plusHours(2) : d.endsAt()).atZone(zone).toInstant();
        String before = summary(e);
        Instant startedAt = e.getStartsAt();
        e.revise(d.title(), d.description(), start, end, zone, Checks.clean(d.place()), Checks.clean(d.onlineLink()),
                d.capacity());
        if (before.equals(summary(e))) {
            return new EventChange(e, over(e));
        }
        audit.record(caller.auditName(), "campaigns.event.edited", "event " + id, null);
        if (!startedAt.equals(e.getStartsAt())) {
            repository.resetReminders(id);
        }
        List<Long> told = repository.registrantIds(id).stream().filter(p -> !p.equals(me.getId())).toList();
        notifier.notifyAll(told, CampaignsModule.CHANGED, new NotificationText(CampaignsModule.MESSAGES,
                CampaignsModule.class.getClassLoader(), "campaigns.notification.changed.title",
                "campaigns.notification.changed.body", "/campaigns/event.xhtml?id=" + id, title(e)));
        promoteWhileRoom(e);
        return new EventChange(e, over(e));
    }

    /**
     * Calls an activity off: it stays in the calendar and the feed marked as cancelled (calendar
     * programs that subscribed learn of it), takes no registrations and sends no reminders; everyone
     * registered or waiting is told.
     */
    @Transactional
    public CampaignEvent cancelEvent(Long id) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        CampaignEvent e = repository.lockEvent(id).orElseThrow(() -> new BusinessException("campaigns.event.unknown"));
        Person me = requireOrganiser(e.getOrganisationId());
        if (e.isCancelled()) {
            throw new BusinessException("campaigns.event.cancelled");
        }
        if (!e.getStartsAt().isAfter(clock.now())) {
            throw new BusinessException("campaigns.event.cancel.past");
        }
        e.cancel(clock.now());
        audit.record(caller.auditName(), "campaigns.event.cancelled", "event " + id, null);
        List<Long> told = repository.registrantIds(id).stream().filter(p -> !p.equals(me.getId())).toList();
        notifier.notifyAll(told, CampaignsModule.CHANGED, new NotificationText(CampaignsModule.MESSAGES,
                CampaignsModule.class.getClassLoader(), "campaigns.notification.cancelled.title",
                "campaigns.notification.cancelled.body", "/campaigns/event.xhtml?id=" + id, title(e)));
        return e;
    }

    /** Whether the caller may change the campaign (for showing the edit link; the service checks again). */
    public boolean mayEdit(Campaign c) {
        return c != null && mayOrganiseFor(c.getOrganisationId());
    }

    public boolean mayEdit(CampaignEvent e) {
        return e != null && mayOrganiseFor(e.getOrganisationId());
    }

    private void promoteWhileRoom(CampaignEvent e) {
        long registered = repository.count(e.getId(), RegistrationStatus.REGISTERED);
        for (Registration next : repository.waiting(e.getId())) {
            if (!e.hasRoomAfter(registered)) {
                return;
            }
            next.promote();
            registered++;
            notifier.notify(next.getPersonId(), CampaignsModule.PROMOTED, new NotificationText(CampaignsModule.MESSAGES,
                    CampaignsModule.class.getClassLoader(), "campaigns.notification.promoted.title",
                    "campaigns.notification.promoted.body", "/campaigns/event.xhtml?id=" + e.getId(), title(e)));
        }
    }

    private long over(CampaignEvent e) {
        long registered = repository.count(e.getId(), RegistrationStatus.REGISTERED);
        return e.getCapacity() == null ? 0 : Math.max(0, registered - e.getCapacity());
    }

    private boolean mayOrganiseFor(Long organisationId) {
        if (permissions.may(CampaignsModule.EDIT)) {
            return true;
        }
        return organisationId != null && permissions.may(CampaignsModule.ORGANISE) && caller.account()
                .map(me -> memberships.isVerifiedMember(me.getId(), organisationId, null)).orElse(false);
    }

    /**
     * The caller organises this campaign (a member of its verified organisation, or an editor).
     *
     * @throws AccessDeniedException otherwise
     */
    public Person requireOrganiserOf(Campaign c) {
        return requireOrganiser(c.getOrganisationId());
    }

    private Person requireOrganiser(Long organisationId) {
        Person me = caller.requireAccount();
        if (!mayOrganiseFor(organisationId)) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** What registered people care about; a change in it is worth telling them. */
    private static String summary(CampaignEvent e) {
        return String.join("|", Objects.toString(e.getTitle()), Objects.toString(e.getDescription()),
                e.getStartsAt().toString(), e.getEndsAt().toString(), e.zone().getId(), Objects.toString(e.getPlace()),
                Objects.toString(e.getOnlineLink()), Objects.toString(e.getCapacity()));
    }

    private static String title(CampaignEvent e) {
        return e.getTitle().in(Language.SQ.locale());
    }
}
