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
import java.util.Arrays;
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
 * plain text, so no class of this application has to be known to Hazelcast's deserialiser.
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

    /** The activity as the topic carries it: {@code room|message|KIND|id,id,…}. */
    public static String encode(ChatActivity a) {
        return a.roomId() + "|" + a.messageId() + "|" + a.kind().name() + "|"
                + a.recipients().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static ChatActivity decode(String wire) {
        String[] f = wire.split("\\|", -1);
        Set<Long> recipients = f[3].isEmpty() ? Set.of()
                : Arrays.stream(f[3].split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
        return new ChatActivity(Long.parseLong(f[0]), Long.parseLong(f[1]), ChatActivity.Kind.valueOf(f[2]), recipients);
    }
}
