package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the browsers of a room's members that something changed in it, over OmniFaces' web socket
 * ({@code <o:socket channel="chat" user="…">} on the chat page). Only after the change has committed,
 * and only the room and message ids: the browser then asks for what came after the last message it
 * has, so a message missed while the socket was down comes with the next one, and none twice.
 *
 * <p>This observer serves the members connected to this server. With several servers, a second
 * observer of {@link ChatActivity} would publish it on a Hazelcast topic and each server's listener
 * would call {@link #deliver}; the services stay as they are.
 */
@ApplicationScoped
public class ChatPush {

    private static final Logger LOG = Logger.getLogger(ChatPush.class.getName());

    @Inject
    @Push(channel = "chat")
    private PushContext chat;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatActivity activity) {
        deliver(activity);
    }

    /** Sends the activity to each recipient's open chat pages on this server. */
    public void deliver(ChatActivity activity) {
        try {
            chat.send(Map.of("room", activity.roomId(), "id", activity.messageId(),
                    "kind", activity.kind().name()), activity.recipients());
        } catch (RuntimeException e) {
            // A push that fails costs nothing but immediacy: the page catches up on its next message or reconnect.
            LOG.log(Level.WARNING, "chat push failed for room " + activity.roomId(), e);
        }
    }
}
