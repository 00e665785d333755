package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.chat.application.ChatMessages.MessageView;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.search.SearchIndex;
import al.rrjeti.kernel.search.SearchResults;
import al.rrjeti.kernel.testing.ActingUser;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chat messages in the kernel's search: found by the members of their room only, never by another
 * member of the network, a moderator, a citizen or an anonymous visitor; gone once deleted.
 */
@ExtendWith(ArquillianExtension.class)
class ChatSearchIT extends ChatServicesTestBase {

    @Inject
    private SearchIndex search;

    @Inject
    private ChatModule module;

    private List<SearchResults.Hit> chatHits(String word) {
        return search.search(word, SQ).groups().stream().filter(g -> g.moduleId().equals(ChatModule.ID))
                .flatMap(g -> g.hits().stream()).toList();
    }

    @Test
    void aRoomsMessagesAreFoundByItsMembersOnly() {
        assertThat(module.descriptor().searchProviders()).hasSize(1);
        String word = "xhamiaetheut" + Long.toString(System.nanoTime(), 36);
        String writer = person("kerko-shkrues", Role.CSO_MEMBER);
        String member = person("kerko-anetar", Role.INSTITUTION_MEMBER);
        String outsider = person("kerko-jashte", Role.CSO_MEMBER);
        ActingUser.actAs(writer);
        Room group = rooms.createGroup("Kërkimi", null, true);
        rooms.addMember(group.getId(), id(member));
        MessageView m = messages.post(group.getId(), "Takimi te " + word + " nesër në orën 10", SQ);

        ActingUser.actAs(member);
        assertThat(chatHits(word)).singleElement().satisfies(h ->
                assertThat(h.link()).isEqualTo("/chat/?room=" + group.getId() + "#m-" + m.id()));
        for (String nobody : new String[] {outsider, person("kerko-mod", Role.MODERATOR), person("kerko-qytetar", Role.CITIZEN), null}) {
            ActingUser.actAs(nobody);
            assertThat(chatHits(word)).as(String.valueOf(nobody)).isEmpty();
        }

        ActingUser.actAs(writer);
        messages.delete(m.id());
        ActingUser.actAs(member);
        assertThat(chatHits(word)).as("deleted").isEmpty();
    }
}
