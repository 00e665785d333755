package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import al.rrjeti.chat.application.ChatPresence;
import al.rrjeti.chat.application.ChatPresence.State;
import al.rrjeti.chat.application.ChatSignal;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.testing.ActingUser;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Typing and presence on a real Payara: "typing" reaches the room's other members at most once per
 * three seconds of the platform clock, only from a member; presence follows the member's sockets
 * and hidden pages, and is told to the people who share a room with them when it changes.
 */
@ExtendWith(ArquillianExtension.class)
class ChatPresenceIT extends ChatServicesTestBase {

    @Inject
    private ChatPresence presence;

    @Inject
    private ChatSignalRecorder signals;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void typingReachesTheOtherMembersAtMostEveryThreeSecondsAndOnlyFromAMember() {
        String typist = person("shtyp", Role.CSO_MEMBER);
        String reader = person("lexon", Role.CSO_MEMBER);
        String outsider = person("shtyp-jashte", Role.CSO_MEMBER);
        ActingUser.actAs(typist);
        Room group = rooms.createGroup("Shtypja", null, true);
        rooms.addMember(group.getId(), id(reader));

        assertThat(presence.typing(group.getId())).isTrue();
        for (int keystroke = 0; keystroke < 20; keystroke++) {
            assertThat(presence.typing(group.getId())).as("a repeat within three seconds").isFalse();
        }
        assertThat(signals.about(id(typist))).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(ChatSignal.Kind.TYPING);
            assertThat(s.roomId()).isEqualTo(group.getId());
            assertThat(s.name()).isEqualTo("Anëtar shtyp");
            assertThat(s.recipients()).containsExactly(id(reader));
        });
        clock.advance(Duration.ofSeconds(4));
        assertThat(presence.typing(group.getId())).isTrue();
        assertThat(signals.about(id(typist))).hasSize(2);

        ActingUser.actAs(outsider);
        assertThatThrownBy(() -> presence.typing(group.getId())).isInstanceOf(AccessDeniedException.class);
        ActingUser.actAs(person("shtyp-qytetar", Role.CITIZEN));
        assertThatThrownBy(() -> presence.typing(group.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(signals.about(id(outsider))).isEmpty();
    }

    @Test
    void presenceFollowsTheSocketsAndHiddenPagesAndIsToldToRoommates() {
        String member = person("prani", Role.CSO_MEMBER);
        String roommate = person("prani-shok", Role.CSO_MEMBER);
        ActingUser.actAs(member);
        rooms.createDirect(java.util.List.of(id(roommate)));
        Long me = id(member);
        assertThat(presence.state(me)).isEqualTo(State.OFFLINE);

        presence.connected(me);
        presence.connected(me); // a second tab
        assertThat(presence.state(me)).isEqualTo(State.ONLINE);
        presence.away(true);
        assertThat(presence.state(me)).isEqualTo(State.AWAY);
        presence.away(false);
        presence.disconnected(me);
        assertThat(presence.state(me)).as("one tab still open").isEqualTo(State.ONLINE);
        presence.disconnected(me);
        assertThat(presence.state(me)).isEqualTo(State.OFFLINE);

        assertThat(signals.about(me)).extracting(ChatSignal::state)
                .as("each change once, none for the second tab").containsExactly("ONLINE", "AWAY", "ONLINE", "OFFLINE");
        assertThat(signals.about(me)).allSatisfy(s -> assertThat(s.recipients()).containsExactly(id(roommate)));
        assertThat(presence.states(java.util.List.of(me, id(roommate)))).containsValues(State.OFFLINE);
    }
}
