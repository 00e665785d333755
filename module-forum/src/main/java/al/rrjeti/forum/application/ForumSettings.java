package al.rrjeti.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The forum's configuration, with the defaults a new installation starts from. */
@ApplicationScoped
public class ForumSettings {

    /** Working days an addressed organisation has to answer an information request (the RTI law's 10). */
    @Inject
    @ConfigProperty(name = "rrjeti.forum.request.working-days", defaultValue = "10")
    int requestWorkingDays;

    /** How many working days before the deadline the addressee is reminded. */
    @Inject
    @ConfigProperty(name = "rrjeti.forum.request.remind-working-days", defaultValue = "2")
    int remindWorkingDays;

    /** A new citizen account's first posts wait for a moderator, this many of them (0: none). */
    @Inject
    @ConfigProperty(name = "rrjeti.forum.premoderate-first-posts", defaultValue = "1")
    int premoderateFirstPosts;

    /** Fewest seconds between two posts of one account. */
    @Inject
    @ConfigProperty(name = "rrjeti.forum.posts.min-seconds-between", defaultValue = "20")
    int minSecondsBetweenPosts;

    /** Most posts of one account in an hour. */
    @Inject
    @ConfigProperty(name = "rrjeti.forum.posts.per-hour", defaultValue = "30")
    int postsPerHour;

    @Inject
    @ConfigProperty(name = "rrjeti.forum.attachment.max-mb", defaultValue = "10")
    long attachmentMaxMb;

    public int requestWorkingDays() {
        return requestWorkingDays;
    }

    public int remindWorkingDays() {
        return remindWorkingDays;
    }

    public int premoderateFirstPosts() {
        return premoderateFirstPosts;
    }

    public int minSecondsBetweenPosts() {
        return minSecondsBetweenPosts;
    }

    public int postsPerHour() {
        return postsPerHour;
    }

    public long attachmentMaxMb() {
        return attachmentMaxMb;
    }
}
