package al.rrjeti.forum.application;

import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
import al.rrjeti.kernel.api.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast one account may post, on the platform's rate limits: a pause between two posts and a
 * budget per hour ({@link ForumSettings}). The refusal says when to try again, and the text stays in
 * the form. Moderators are not limited. Only a post that was made counts: one refused for its
 * attachment does not spend the pause.
 */
@ApplicationScoped
public class PostingPace {

    @Inject
    private RateLimits limits;

    @Inject
    private ForumSettings settings;

    @Inject
    private ForumAccess access;

    /** @throws al.rrjeti.kernel.api.limits.RateLimitedException {@code forum.too-fast}, with the wait left */
    public void check(Person me) {
        limits.check(key(me), "forum.too-fast", budgets());
    }

    public void count(Person me) {
        limits.spend(key(me), budgets());
    }

    private static String key(Person me) {
        return "account:" + me.getId();
    }

    private RateLimit[] budgets() {
        List<RateLimit> budgets = new ArrayList<>();
        if (access.isModerator()) {
            return new RateLimit[0];
        }
        if (settings.minSecondsBetweenPosts() > 0) {
            budgets.add(RateLimit.of("forum-post-pause", 1, Duration.ofSeconds(settings.minSecondsBetweenPosts())));
        }
        if (settings.postsPerHour() > 0) {
            budgets.add(RateLimit.of("forum-posts-per-hour", settings.postsPerHour(), Duration.ofHours(1)));
        }
        return budgets.toArray(RateLimit[]::new);
    }
}
