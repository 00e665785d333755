package al.rrjeti.forum.domain;

import java.util.Locale;

/** What a thread is. The public forum has the three kinds of the brief; the network discusses. */
public enum ThreadKind {
    OPINION, QUESTION, INFORMATION_REQUEST, DISCUSSION;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "forum.kind." + key();
    }

    /** Whether the asker can accept an answer and the thread shows answered/unanswered. */
    public boolean isAsking() {
        return this == QUESTION || this == INFORMATION_REQUEST;
    }

    public boolean allowedIn(Space space) {
        return space == Space.PUBLIC ? this != DISCUSSION : this == DISCUSSION || this == QUESTION;
    }
}
