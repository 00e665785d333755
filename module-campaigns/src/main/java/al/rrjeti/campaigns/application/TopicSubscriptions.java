package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.domain.Campaign;
import al.rrjeti.campaigns.domain.CampaignRepository;
import al.rrjeti.campaigns.domain.Topic;
import al.rrjeti.campaigns.domain.TopicSubscription;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topics (audiences and themes) people with an account follow, and who hears of a new activity
 * because of them. Only the person themselves sees or changes what they follow.
 */
@ApplicationScoped
public class TopicSubscriptions {

    @Inject
    private CampaignRepository repository;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    public List<Topic> available() {
        return Topic.all();
    }

    /** The codes of the topics the caller follows. */
    public Set<String> mine() {
        Person me = caller.requireAccount();
        return new LinkedHashSet<>(repository.topicsOf(me.getId()));
    }

    /**
     * The caller now follows exactly these topics.
     *
     * @throws InvalidInputException when a code names no topic (nothing is changed then)
     */
    @Transactional
    public void follow(Collection<String> codes) {
        Person me = caller.requireAccount();
        Set<String> wanted = new LinkedHashSet<>(codes == null ? List.of() : codes);
        if (wanted.stream().anyMatch(c -> Topic.parse(c).isEmpty())) {
            throw new InvalidInputException("topics", "campaigns.topic.unknown");
        }
        Set<String> now = new LinkedHashSet<>(repository.topicsOf(me.getId()));
        for (String gone : now) {
            if (!wanted.contains(gone)) {
                repository.removeTopic(me.getId(), gone);
            }
        }
        for (String added : wanted) {
            if (!now.contains(added)) {
                repository.add(new TopicSubscription(me.getId(), Topic.parse(added).orElseThrow(), clock.now()));
            }
        }
    }

    /** Everyone who follows a topic the campaign concerns. */
    public List<Long> followersOf(Campaign campaign) {
        return repository.topicFollowerIds(Topic.of(campaign).stream().map(Topic::code).toList());
    }
}
