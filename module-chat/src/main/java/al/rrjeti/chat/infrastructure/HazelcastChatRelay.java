package al.rrjeti.chat.infrastructure;

import al.rrjeti.chat.application.ChatActivity;
import al.rrjeti.chat.application.ChatActivityArrived;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Carries each committed {@link ChatActivity} to every Payara instance of the cluster over a topic
 * of the Hazelcast Payara runs (its data grid, JNDI {@code payara/Hazelcast}); each instance, this
 * one included, fires {@link ChatActivityArrived} for the members connected to it. The topic holds
 * JSON text, so no class of this application has to be known to Hazelcast's deserialiser.
 *
 * <p>With the data grid switched off the activity arrives here directly: one instance needs no topic.
 */
@ApplicationScoped
public class HazelcastChatRelay {

    /** The cluster-wide topic's name. */
    public static final String TOPIC = "rrjeti.chat.activity";

    private static final Logger LOG = Logger.getLogger(HazelcastChatRelay.class.getName());

    @Inject
    private Event<ChatActivityArrived> arrived;

    /**
     * Hazelcast calls listeners on its own threads, which carry none of this application's context
     * (class loader, naming, CDI container): the listener runs in the context captured at start.
     */

    private volatile ITopic<String> topic;
    private UUID registration;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            // Looked up, not injected: in the EAR Payara took an injected field for an environment
            // entry and the whole deployment failed.
            jakarta.enterprise.concurrent.ContextService contexts = (jakarta.enterprise.concurrent.ContextService)
                    new InitialContext().lookup("java:comp/DefaultContextService");
            ITopic<String> t = grid.getTopic(TOPIC);
            @SuppressWarnings("unchecked")
            java.util.function.Consumer<String> inApplication = contexts.createContextualProxy(
                    (java.util.function.Consumer<String>) this::receive, java.util.function.Consumer.class);
            registration = t.addMessageListener((Message<String> m) -> inApplication.accept(m.getMessageObject()));
            topic = t;
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "No Hazelcast data grid: chat activity reaches this instance's members only", e);
        }
    }

    @PreDestroy
    void stop() {
        ITopic<String> t = topic;
        topic = null;
        if (t != null && registration != null) {
            try {
                t.removeMessageListener(registration);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "chat topic listener already gone", e);
            }
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatActivity activity) {
        ITopic<String> t = topic;
        if (t == null) {
            arrived.fire(new ChatActivityArrived(activity));
            return;
        }
        try {
            t.publish(encode(activity));
        } catch (RuntimeException e) {
            // The grid failing must not cost this instance's members their message.
            LOG.log(Level.WARNING, "chat topic publish failed; telling this instance's members only", e);
            arrived.fire(new ChatActivityArrived(activity));
        }
    }

    /** Whether activity goes over the cluster topic (false: this instance only). */
    public boolean clustered() {
        return topic != null;
    }

    private void receive(String wire) {
        try {
            arrived.fire(new ChatActivityArrived(decode(wire)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat activity from the cluster could not be delivered", e);
        }
    }

    /**
     * The activity as the topic carries it: JSON text ({@code room}, {@code id}, {@code kind}, {@code to}: the
     * recipients, {@code m}: the message as shown, absent for ids only), which Hazelcast passes as a string.
     */
    public static String encode(ChatActivity a) {
        JsonArrayBuilder to = Json.createArrayBuilder();
        a.recipients().stream().sorted().forEach(to::add);
        JsonObjectBuilder o = Json.createObjectBuilder().add("room", a.roomId()).add("id", a.messageId())
                .add("kind", a.kind().name()).add("to", to);
        ChatActivity.Shown m = a.message();
        if (m != null) {
            JsonObjectBuilder shown = Json.createObjectBuilder().add("authorId", m.authorId())
                    .add("author", m.author() == null ? "" : m.author()).add("html", m.html() == null ? "" : m.html())
                    .add("createdAt", m.createdAt().toString()).add("deleted", m.deleted())
                    .add("fileSize", m.fileSize());
            if (m.editedAt() != null) {
                shown.add("editedAt", m.editedAt().toString());
            }
            if (m.fileId() != null) {
                shown.add("fileId", m.fileId()).add("fileName", m.fileName())
                        .add("fileType", m.fileType() == null ? "" : m.fileType());
            }
            o.add("m", shown);
        }
        return o.build().toString();
    }

    public static ChatActivity decode(String wire) {
        try (JsonReader reader = Json.createReader(new StringReader(wire))) {
            JsonObject o = reader.readObject();
            Set<Long> recipients = o.getJsonArray("to").getValuesAs(JsonNumber.class).stream()
                    .map(JsonNumber::longValue).collect(Collectors.toUnmodifiableSet());
            JsonObject m = o.getJsonObject("m");
            ChatActivity.Shown shown = m == null ? null : new ChatActivity.Shown(m.getJsonNumber("authorId").longValue(),
                    m.getString("author"), m.getString("html"), Instant.parse(m.getString("createdAt")),
                    m.containsKey("editedAt") ? Instant.parse(m.getString("editedAt")) : null, m.getBoolean("deleted"),
                    m.containsKey("fileId") ? m.getJsonNumber("fileId").longValue() : null,
                    m.getString("fileName", null), m.getString("fileType", null),
                    m.getJsonNumber("fileSize").longValue());
            return new ChatActivity(o.getJsonNumber("room").longValue(), o.getJsonNumber("id").longValue(),
                    ChatActivity.Kind.valueOf(o.getString("kind")), recipients, shown);
        }
    }
}
