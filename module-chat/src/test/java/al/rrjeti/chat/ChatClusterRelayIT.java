package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.chat.application.ChatActivity;
import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.infrastructure.HazelcastChatRelay;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat's cluster seam on one Payara: a committed message goes out on the Hazelcast topic of
 * Payara's data grid, and what arrives on the topic (as from another instance) reaches the socket
 * push of this one, while nothing reaches it twice.
 */
@ExtendWith(ArquillianExtension.class)
class ChatClusterRelayIT extends ChatServicesTestBase {

    @Inject
    private HazelcastChatRelay relay;

    @Inject
    private ChatArrivalRecorder arrivals;

    private static ITopic<String> topic() throws Exception {
        return ((HazelcastInstance) new InitialContext().lookup("payara/Hazelcast")).getTopic(HazelcastChatRelay.TOPIC);
    }

    @Test
    void aCommittedMessageGoesOverTheTopicAndComesBackToThisInstancesSocketsOnce() throws Exception {
        assertThat(relay.clustered()).as("Payara's data grid is on in the test domain").isTrue();
        List<String> onTheTopic = new CopyOnWriteArrayList<>();
        ITopic<String> topic = topic();
        UUID listening = topic.addMessageListener(m -> onTheTopic.add(m.getMessageObject()));
        try {
            String writer = person("grup-shkrues", Role.CSO_MEMBER);
            String reader = person("grup-lexues", Role.CSO_MEMBER);
            ActingUser.actAs(writer);
            Room group = rooms.createGroup("Nyjet e grupit", null, true);
            rooms.addMember(group.getId(), id(reader));
            MessageView posted = messages.post(group.getId(), "Mbërrin në çdo nyje", SQ);

            await(() -> onTheTopic.stream().map(HazelcastChatRelay::decode)
                    .anyMatch(a -> a.roomId() == group.getId() && a.messageId() == posted.id()));
            ChatActivity sent = onTheTopic.stream().map(HazelcastChatRelay::decode)
                    .filter(a -> a.roomId() == group.getId() && a.messageId() == posted.id()).findFirst().orElseThrow();
            assertThat(sent.kind()).isEqualTo(ChatActivity.Kind.POSTED);
            assertThat(sent.recipients()).containsExactlyInAnyOrder(id(writer), id(reader));
            assertThat(sent.message()).as("the message as its members see it travels with it").isNotNull();
            assertThat(sent.message().html()).contains("Mbërrin në çdo nyje");
            assertThat(sent.message().authorId()).isEqualTo(id(writer));
            await(() -> !arrivals.about(group.getId(), posted.id()).isEmpty());
            Thread.sleep(300);
            assertThat(arrivals.about(group.getId(), posted.id())).as("arrived once").hasSize(1)
                    .singleElement().satisfies(a -> assertThat(a.recipients()).containsExactlyInAnyOrder(id(writer), id(reader)));
        } finally {
            topic.removeMessageListener(listening);
        }
    }

    @Test
    void whatAnotherInstancePublishesReachesThisInstancesSocketPush() throws Exception {
        ChatActivity elsewhere = new ChatActivity(987_654_321L, 123_456_789L, ChatActivity.Kind.EDITED, Set.of(7L, 8L));
        topic().publish(HazelcastChatRelay.encode(elsewhere));
        await(() -> !arrivals.about(987_654_321L, 123_456_789L).isEmpty());
        assertThat(arrivals.about(987_654_321L, 123_456_789L)).containsExactly(elsewhere);
    }

    @Test
    void theWireFormatKeepsEverything() {
        ChatActivity.Shown shown = new ChatActivity.Shown(3, "Ana \"Kola\" | ,", "<p>a|b,c</p>",
                java.time.Instant.parse("2026-12-01T10:15:30.123456Z"), java.time.Instant.parse("2026-12-01T10:16:00Z"),
                false, 77L, "raport.pdf", "application/pdf", 1234);
        ChatActivity full = new ChatActivity(1, 42, ChatActivity.Kind.EDITED, Set.of(3L, 4L), shown);
        assertThat(HazelcastChatRelay.decode(HazelcastChatRelay.encode(full))).isEqualTo(full);
        ChatActivity.Shown gone = new ChatActivity.Shown(3, "Ana", "", java.time.Instant.parse("2026-12-01T10:15:30Z"),
                null, true, null, null, null, 0);
        ChatActivity deleted = new ChatActivity(1, 42, ChatActivity.Kind.DELETED, Set.of(3L), gone);
        assertThat(HazelcastChatRelay.decode(HazelcastChatRelay.encode(deleted))).isEqualTo(deleted);
        ChatActivity a = new ChatActivity(1, 2, ChatActivity.Kind.DELETED, Set.of(3L, 4L, 5L));
        assertThat(HazelcastChatRelay.decode(HazelcastChatRelay.encode(a))).isEqualTo(a);
        ChatActivity nobody = new ChatActivity(1, 2, ChatActivity.Kind.POSTED, Set.of());
        assertThat(HazelcastChatRelay.decode(HazelcastChatRelay.encode(nobody))).isEqualTo(nobody);
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within 5 s");
            }
            Thread.sleep(20);
        }
    }
}
