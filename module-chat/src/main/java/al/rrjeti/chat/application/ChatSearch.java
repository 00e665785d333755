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
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The chat's part of the members' search: each message is a document of its room's group, so only
 * the room's members find it (never the public, never a member of the network outside the room,
 * nor the platform's staff). The title is the message's opening words, never its author's name: an
 * erased account's name must not stay in the index.
 *
 * <p>Changes reach the index once their transaction has committed, on the committing thread: the
 * kernel's index makes a change searchable at once and writes to disk later, in one commit, so a
 * sender waits for no disk. (A worker of the managed executor did it before; a task carrying the
 * request's context closed the request's entity manager a second time and left the thread's
 * invocation stack out of order, and later requests on it answered 500.)
 */
@ApplicationScoped
public class ChatSearch implements SearchProvider {

    private static final Logger LOG = Logger.getLogger(ChatSearch.class.getName());
    private static final int TITLE_WORDS = 80;

    /** One change to the index, described inside the transaction; {@code document} null removes. */
    public record Change(String key, SearchDocument document) {
    }

    @Inject
    private ChatRepository repository;

    @Inject
    private Markdown markdown;

    @Inject
    private SearchIndexer indexer;

    @Inject
    private Event<Change> changes;

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

    /** Keeps the index current after a post, an edit or a deletion, once the caller's transaction has committed. */
    public void changed(Message message) {
        changes.fire(message.isDeleted() || message.getBody() == null || message.getBody().isBlank()
                ? new Change(key(message), null) : new Change(key(message), document(message)));
    }

    /** Public: Weld may call observers on the client proxy. Without a transaction, called at once. */
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        try {
            if (change.document() == null) {
                indexer.remove(ChatModule.ID, change.key());
            } else {
                indexer.update(ChatModule.ID, change.document());
            }
        } catch (RuntimeException e) {
            // The message is saved; the search catches up at the next rebuild.
            LOG.log(Level.WARNING, "chat message not indexed; a rebuild of the search catches up", e);
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
