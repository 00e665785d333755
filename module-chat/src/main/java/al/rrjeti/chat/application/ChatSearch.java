package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Message;
import al.rrjeti.kernel.api.SearchIndexer;
import al.rrjeti.kernel.api.text.Markdown;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import al.rrjeti.kernel.spi.SearchProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The chat's part of the members' search: each message is a document of its room's group, so only
 * the room's members find it (never the public, never a member of the network outside the room,
 * nor the platform's staff). The title is the message's opening words, never its author's name: an
 * erased account's name must not stay in the index.
 */
@ApplicationScoped
public class ChatSearch implements SearchProvider {

    private static final int TITLE_WORDS = 80;

    @Inject
    private ChatRepository repository;

    @Inject
    private Markdown markdown;

    @Inject
    private SearchIndexer indexer;

    @Override
    public String moduleId() {
        return ChatModule.ID;
    }

    @Override
    public Stream<SearchDocument> documents() {
        return repository.searchableMessages().map(this::document);
    }

    /** The rooms the person is in: one query, asked once per search of theirs. */
    @Override
    public Set<String> groupsOf(Long personId) {
        return repository.roomIdsOf(personId).stream().map(ChatSearch::group).collect(Collectors.toSet());
    }

    /** Keeps the index current after a post, an edit or a deletion (in the caller's transaction). */
    public void changed(Message message) {
        if (message.isDeleted() || message.getBody() == null || message.getBody().isBlank()) {
            indexer.remove(ChatModule.ID, key(message));
        } else {
            indexer.update(ChatModule.ID, document(message));
        }
    }

    private SearchDocument document(Message m) {
        String text = markdown.toText(m.getBody());
        String title = text.length() <= TITLE_WORDS ? text : text.substring(0, TITLE_WORDS).replaceAll("\\s+\\S*$", "") + "…";
        return new SearchDocument(key(m), title, text, "/chat/?room=" + m.getRoomId() + "#m-" + m.getId(),
                Audience.MEMBERS).inGroup(group(m.getRoomId()));
    }

    private static String key(Message m) {
        return "message-" + m.getId();
    }

    static String group(Long roomId) {
        return "room-" + roomId;
    }
}
