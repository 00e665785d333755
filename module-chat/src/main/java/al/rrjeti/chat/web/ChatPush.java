package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatActivity;
import al.rrjeti.chat.application.ChatActivityArrived;
import al.rrjeti.chat.application.ChatPresence;
import al.rrjeti.chat.application.ChatSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;
import org.omnifaces.cdi.push.SocketEvent;

/**
 * Tells the browsers of a room's members that something changed in it, over OmniFaces' web socket
 * ({@code <o:socket channel="chat" user="…">} on the chat page). Only after the change has committed
 * and come over the cluster's topic (see the infrastructure's HazelcastChatRelay),
 * and only the room and message ids: the browser then asks for what came after the last message it
 * has, so a message missed while the socket was down comes with the next one, and none twice.
 *
 * <p>This observer serves the members connected to this server; every server of a cluster has one,
 * and each receives every {@link ChatActivity} through the topic.
 */
@ApplicationScoped
public class ChatPush {

    private static final Logger LOG = Logger.getLogger(ChatPush.class.getName());

    @Inject
    @Push(channel = "chat")
    private PushContext chat;

    @Inject
    private ChatPresence presence;

    // Observers are public: Weld may call them on the client proxy, which forwards only public methods.

    /** Typing and presence: pushed at once to the people concerned on this server, never stored. */
    public void signal(@Observes ChatSignal s) {
        try {
            chat.send(Map.of("kind", s.kind().name(), "room", s.roomId(), "person", s.personId(),
                    "name", s.name() == null ? "" : s.name(), "state", s.state() == null ? "" : s.state()), s.recipients());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "chat signal not pushed", e);
        }
    }

    public void opened(@Observes @SocketEvent.Opened SocketEvent event) {
        if ("chat".equals(event.getChannel()) && event.getUser() instanceof Long person) {
            presence.connected(person);
        }
    }

    public void closed(@Observes @SocketEvent.Closed SocketEvent event) {
        if ("chat".equals(event.getChannel()) && event.getUser() instanceof Long person) {
            presence.disconnected(person);
        }
    }

    public void arrived(@Observes ChatActivityArrived arrival) {
        deliver(arrival.activity());
    }

    /**
     * Sends the activity to each recipient's open chat pages on this server: one JSON text for all
     * (OmniFaces encodes the message once per call), one web socket frame per open page.
     */
    public void deliver(ChatActivity activity) {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ServiceLookups.over(application));
        try {
            chat.send(Map.of("room", activity.roomId(), "id", activity.messageId(),
                    "kind", activity.kind().name()), activity.recipients());
        } catch (RuntimeException e) {
            // A push that fails costs nothing but immediacy: the page catches up on its next message or reconnect.
            LOG.log(Level.WARNING, "chat push failed for room " + activity.roomId(), e);
        } finally {
            thread.setContextClassLoader(application);
        }
    }
}
