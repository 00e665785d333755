package al.rrjeti.campaigns.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Campaigns, their events, registrations and subscriptions. */
public interface CampaignRepository {

    void add(Campaign campaign);

    Optional<Campaign> campaign(Long id);

    /** Every campaign, the latest start first. */
    List<Campaign> campaigns();

    /** Every campaign as the list shows it, the latest start first. */
    List<CampaignCard> cards();

    /** At most {@code max} cards from {@code first} on, in the order of {@link #cards()}. */
    List<CampaignCard> cards(int first, int max);

    long campaignCount();

    void add(CampaignEvent event);

    Optional<CampaignEvent> event(Long id);

    /** The event, its row locked until the transaction ends: places are handed out one at a time. */
    Optional<CampaignEvent> lockEvent(Long id);

    /** Events starting in [from, to), soonest first. */
    List<CampaignEvent> events(Instant from, Instant to);

    List<CampaignEvent> eventsOf(Long campaignId);

    /** At most {@code max} events starting in [from, to) as lists show them, soonest first. */
    List<EventListing> listings(Instant from, Instant to, int max);

    /** Places held and waiting of every event starting in [from, to) that has any: one query for a page. */
    Map<Long, Map<RegistrationStatus, Long>> counts(Instant from, Instant to);

    void add(Registration registration);

    void remove(Registration registration);

    Optional<Registration> registration(Long eventId, Long personId);

    long count(Long eventId, RegistrationStatus status);

    /** Everyone registered or waiting for the event. */
    List<Long> registrantIds(Long eventId);

    /** The waiting list, first come first. */
    List<Registration> waiting(Long eventId);

    /** Places held (not waiting) at events starting in (from, to] whose reminder has not gone out. */
    List<Registration> dueReminders(Instant from, Instant to);

    /**
     * Records that the registration's reminder went out, unless that is recorded already.
     *
     * @return whether this call recorded it (only then is the reminder sent)
     */
    boolean markReminded(Long registrationId, Instant at);

    /** The event moved: its registrations are reminded again before the new time. */
    void resetReminders(Long eventId);

    /** The codes of the topics the person follows. */
    List<String> topicsOf(Long personId);

    void add(TopicSubscription subscription);

    void removeTopic(Long personId, String topic);

    /** Everyone following any of these topics, each once. */
    List<Long> topicFollowerIds(List<String> topics);

    void add(Newsletter newsletter);

    /** The campaign's newsletters, the latest first. */
    List<Newsletter> newsletters(Long campaignId);

    void add(Material material);

    /** The campaign's materials in the order they were added. */
    List<Material> materials(Long campaignId);

    void removeMaterial(Long campaignId, String documentId);

    void add(Subscription subscription);

    void remove(Subscription subscription);

    Optional<Subscription> subscription(Long campaignId, Long personId);

    long subscribers(Long campaignId);

    List<Long> subscriberIds(Long campaignId);
}
