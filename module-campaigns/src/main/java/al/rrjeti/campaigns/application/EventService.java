package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignCard;
import al.rrjeti.campaigns.domain.CampaignEvent;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.EventListing;
import al.rrjeti.campaigns.domain.Registration;
import al.rrjeti.campaigns.domain.RegistrationStatus;
import al.rrjeti.campaigns.domain.Subscription;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns and their activities: organisers (members of verified organisations, editors) create
 * them; anyone with an account registers for an activity, gets a place while there is one and a
 * place on the waiting list after, and moves up when someone cancels.
 */
@ApplicationScoped
public class EventService {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private CampaignRepository repository;

    @Inject
    private Memberships memberships;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private CampaignsSettings settings;

    @Inject
    private TopicSubscriptions topics;

    @Inject
    private Notifier notifier;

    @Inject
    private Audit audit;

    @Transactional
    public Campaign createCampaign(CampaignDraft d) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = organiser(d.organisationId());
        d.check();
        Campaign c = new Campaign(d.title(), d.goal(), d.description(), d.audience(), d.startsOn(), d.endsOn(), d.organisationId(), me.getId(), clock.now());
        c.classify(d.theme());
        repository.add(c);
        audit.record(caller.auditName(), "campaigns.campaign.created", "campaign " + c.getId(), null);
        return c;
    }

    @Transactional
    public CampaignEvent createEvent(EventDraft d) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = organiser(d.organisationId());
        d.check();
        if (d.campaignId() != null && repository.campaign(d.campaignId()).isEmpty()) {
            throw new BusinessException("campaigns.campaign.unknown");
        }
        ZoneId zone = Checks.blank(d.zone()) ? settings.eventZone() : ZoneId.of(d.zone().strip());
        Instant start = d.startsAt().atZone(zone).toInstant();
        Instant end = (d.endsAt() == null ? d.startsAt().plusHours(2) : d.endsAt()).atZone(zone).toInstant();
        CampaignEvent e = new CampaignEvent(d.campaignId(), d.title(), d.description(), start, end, zone,
                Checks.clean(d.place()), Checks.clean(d.onlineLink()), d.organisationId(), d.capacity(), me.getId(),
                clock.now());
        repository.add(e);
        audit.record(caller.auditName(), "campaigns.event.created", "event " + e.getId(), null);
        if (e.getCampaignId() != null) {
            String day = DateTimes.day(e.getStartsAt().atZone(zone).toLocalDate());
            List<Long> followers = repository.subscriberIds(e.getCampaignId());
            notifier.notifyAll(followers, CampaignsModule.ACTIVITY,
                    new NotificationText(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(),
                            "campaigns.notification.activity.title", "campaigns.notification.activity.body",
                            "/campaigns/event.xhtml?id=" + e.getId(), titleSq(e), day));
            // Those following the campaign itself heard already: one notice per person.
            Campaign c = repository.campaign(e.getCampaignId()).orElseThrow();
            List<Long> byTopic = topics.followersOf(c).stream().filter(p -> !followers.contains(p)).toList();
            notifier.notifyAll(byTopic, CampaignsModule.TOPIC,
                    new NotificationText(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(),
                            "campaigns.notification.topic.title", "campaigns.notification.topic.body",
                            "/campaigns/event.xhtml?id=" + e.getId(), titleSq(e), day,
                            c.getTitle().in(Language.SQ.locale())));
        }
        return e;
    }

    /**
     * Registers the caller: a place while there is one, else the waiting list. The event's row is
     * locked first, so two people never take the last place together.
     */
    @Transactional
    public RegistrationStatus register(Long eventId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        CampaignEvent e = repository.lockEvent(eventId).orElseThrow(() -> new BusinessException("campaigns.event.unknown"));
        if (e.isCancelled()) {
            throw new BusinessException("campaigns.event.cancelled");
        }
        if (!e.getStartsAt().isAfter(clock.now())) {
            throw new BusinessException("campaigns.event.past");
        }
        if (repository.registration(eventId, me.getId()).isPresent()) {
            throw new BusinessException("campaigns.registration.already");
        }
        RegistrationStatus status = e.hasRoomAfter(repository.count(eventId, RegistrationStatus.REGISTERED))
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        repository.add(new Registration(eventId, me.getId(), status, clock.now()));
        return status;
    }

    /** Cancels the caller's registration; a place freed goes to the first on the waiting list, who is told. */
    @Transactional
    public void cancel(Long eventId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        CampaignEvent e = repository.lockEvent(eventId).orElseThrow(() -> new BusinessException("campaigns.event.unknown"));
        Registration r = repository.registration(eventId, me.getId())
                .orElseThrow(() -> new BusinessException("campaigns.registration.none"));
        boolean hadPlace = r.getStatus() == RegistrationStatus.REGISTERED;
        repository.remove(r);
        if (hadPlace && e.hasRoomAfter(repository.count(eventId, RegistrationStatus.REGISTERED))) {
            repository.waiting(eventId).stream().findFirst().ifPresent(next -> {
                next.promote();
                notifier.notify(next.getPersonId(), CampaignsModule.PROMOTED, new NotificationText(
                        CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(),
                        "campaigns.notification.promoted.title", "campaigns.notification.promoted.body",
                        "/campaigns/event.xhtml?id=" + eventId,
                        titleSq(e)));
            });
        }
    }

    public Optional<RegistrationStatus> myRegistration(Long eventId) {
        return caller.account().flatMap(me -> repository.registration(eventId, me.getId()))
                .map(Registration::getStatus);
    }

    public long count(Long eventId, RegistrationStatus status) {
        return repository.count(eventId, status);
    }

    @Transactional
    public void subscribe(Long campaignId) {
        Person me = caller.requireAccount();
        repository.campaign(campaignId).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
        if (repository.subscription(campaignId, me.getId()).isEmpty()) {
            repository.add(new Subscription(campaignId, me.getId(), clock.now()));
        }
    }

    @Transactional
    public void unsubscribe(Long campaignId) {
        Person me = caller.requireAccount();
        repository.subscription(campaignId, me.getId()).ifPresent(repository::remove);
    }

    public boolean subscribed(Long campaignId) {
        return caller.account().flatMap(me -> repository.subscription(campaignId, me.getId())).isPresent();
    }

    public List<Campaign> campaigns() {
        return repository.campaigns();
    }

    public Campaign campaign(Long id) {
        return repository.campaign(id).orElseThrow(() -> new BusinessException("campaigns.campaign.unknown"));
    }

    public CampaignEvent event(Long id) {
        return repository.event(id).orElseThrow(() -> new BusinessException("campaigns.event.unknown"));
    }

    public List<CampaignEvent> events(Instant from, Instant to) {
        return repository.events(from, to);
    }

    public List<CampaignEvent> eventsOf(Long campaignId) {
        return repository.eventsOf(campaignId);
    }

    public List<CampaignCard> cards() {
        return repository.cards();
    }

    /**
     * Page {@code page} (from 1) of the campaigns list, {@code size} cards a page; a page past the
     * last gives the last one, so an old link still shows campaigns.
     */
    public CardsPage cards(int page, int size) {
        long total = repository.campaignCount();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        return new CardsPage(repository.cards((shown - 1) * size, size), shown, pages);
    }

    /** One page of campaign cards, its number (from 1) and how many pages there are. */
    public record CardsPage(List<CampaignCard> cards, int page, int pages) {
        public List<CampaignCard> getCards() {
            return cards;
        }

        public int getPage() {
            return page;
        }

        public int getPages() {
            return pages;
        }
    }

    /** Events starting in [from, to) as the calendar lists them. */
    public List<EventListing> listings(Instant from, Instant to) {
        return repository.listings(from, to, Integer.MAX_VALUE);
    }

    /** The next {@code max} events from now on, as lists show them. */
    public List<EventListing> next(int max) {
        Instant now = clock.now();
        return repository.listings(now, now.plus(java.time.Duration.ofDays(settings.feedDaysAhead())), max);
    }

    /** Places held and waiting per event starting in [from, to), for events that have any. */
    public Map<Long, Map<RegistrationStatus, Long>> counts(Instant from, Instant to) {
        return repository.counts(from, to);
    }

    /**
     * The activities the iCalendar feed lists on the given day: starting from the beginning of the
     * day {@link CampaignsSettings#feedDaysBehind()} days before it up to the end of the day
     * {@link CampaignsSettings#feedDaysAhead()} days after it, in the zone given.
     */
    public List<CampaignEvent> forFeed(java.time.LocalDate today, ZoneId zone) {
        return repository.events(today.minusDays(settings.feedDaysBehind()).atStartOfDay(zone).toInstant(),
                today.plusDays(settings.feedDaysAhead() + 1L).atStartOfDay(zone).toInstant());
    }

    /** Notification arguments are one text for every reader: the Albanian title, or the English one when that is all. */
    private static String titleSq(CampaignEvent e) {
        return e.getTitle().in(Language.SQ.locale());
    }

    /** Whether the caller may create campaigns and activities at all (for showing the forms). */
    public boolean mayOrganise() {
        return permissions.may(CampaignsModule.ORGANISE);
    }

    /**
     * An organiser: holds the permission and, unless an editor, acts for a verified organisation
     * they belong to.
     */
    private Person organiser(Long organisationId) {
        Person me = caller.requireAccount();
        permissions.require(CampaignsModule.ORGANISE);
        boolean editor = permissions.may(CampaignsModule.EDIT);
        if (organisationId == null ? !editor
                : !editor && !memberships.isVerifiedMember(me.getId(), organisationId, null)) {
            throw new AccessDeniedException();
        }
        return me;
    }
}
