package al.rrjeti.chat.application;

/**
 * A room's activity has reached this instance: from this instance or another, over the cluster's
 * topic. What pushes to browsers observes this, not {@link ChatActivity}, so that every instance
 * tells the members connected to it.
 */
public record ChatActivityArrived(ChatActivity activity) {
}
