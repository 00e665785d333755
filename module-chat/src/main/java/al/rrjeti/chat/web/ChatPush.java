package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatActivity;
import al.rrjeti.chat.application.ChatActivityArrived;
import al.rrjeti.chat.application.ChatPresence;
import al.rrjeti.chat.application.ChatSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;
import org.omnifaces.cdi.push.SocketEvent;

/**
 * Tells the browsers of a room's members that something changed in it, over OmniFaces' web socket
 * ({@code <o:socket channel="chat" user="…">} on the chat page, the user being the account the server
 * knows from the session, never the page's word). Only after the change has committed and come over
 * the cluster's topic (see the infrastructure's HazelcastChatRelay), and only to the room's members.
 *
 * <p>The push carries the message as every member sees it (sanitised HTML, author, time, file,
 * edited or deleted) and, for a new message, {@code prev}: the message this server pushed before it in
 * that room. A page that holds {@code prev} shows the message as it is; one that does not has missed
 * a push and asks the history for what it lacks, so no message is lost and none comes twice.
 * {@code prev} follows the order of the pushes, not of the ids: two messages committed out of their
 * ids' order are pushed, and chained, in the order they committed.
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

    /** Per room, the last new message this server pushed: the next one's {@code prev}. */
    private final Map<Long, Long> lastPushed = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

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
            if (activity.kind() == ChatActivity.Kind.POSTED && activity.message() != null) {
                // The chain and the sends in one order per room: each page gets the pushes in the order their prev say.
                Object lock = locks.computeIfAbsent(activity.roomId(), r -> new Object());
                synchronized (lock) {
                    // None yet since this server started: 0, "not known". Every page on this server opened its
                    // socket since then, and a page catches up whenever its socket opens.
                    Long before = lastPushed.put(activity.roomId(), activity.messageId());
                    chat.send(payload(activity, before == null ? 0 : before), activity.recipients());
                }
            } else {
                chat.send(payload(activity, 0), activity.recipients());
            }
        } catch (RuntimeException e) {
            // A push that fails costs nothing but immediacy: the page catches up on its next message or reconnect.
            LOG.log(Level.WARNING, "chat push failed for room " + activity.roomId(), e);
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    /**
     * What a page gets: {@code room}, {@code id}, {@code kind}, and with the message {@code prev},
     * {@code authorId}, {@code author}, {@code html}, {@code createdAt}, {@code editedAt}, {@code deleted}
     * and {@code file} ({@code id}, {@code name}, {@code contentType}, {@code size}, {@code url}), as the
     * REST history writes a message; without it (ids only) the page asks for the message.
     */
    static Map<String, Object> payload(ChatActivity activity, long prev) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", activity.kind().name());
        p.put("room", activity.roomId());
        p.put("id", activity.messageId());
        ChatActivity.Shown m = activity.message();
        if (m == null) {
            return p;
        }
        p.put("prev", prev);
        p.put("authorId", m.authorId());
        p.put("author", m.author());
        p.put("html", m.html());
        p.put("createdAt", m.createdAt().toString());
        if (m.editedAt() != null) {
            p.put("editedAt", m.editedAt().toString());
        }
        p.put("deleted", m.deleted());
        if (m.fileId() != null) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("id", m.fileId());
            file.put("name", m.fileName());
            file.put("contentType", m.fileType());
            file.put("size", m.fileSize());
            file.put("url", "/files/" + m.fileId());
            p.put("file", file);
        }
        return p;
    }
}
