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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The chat's part of the members' search: each message is a document of its room's group, so only
 * the room's members find it (never the public, never a member of the network outside the room,
 * nor the platform's staff). The title is the message's opening words, never its author's name: an
 * erased account's name must not stay in the index.
 *
 * <p>Changes reach the index after their transaction has committed, in the order they were made, on
 * one worker of the server's managed executor, not on the writer's request: the kernel's index
 * commits to disk on every change under one lock, which at twenty messages a second held every
 * sender (and the push that waits for the commit) in a queue — the benchmark's delivery times.
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

    private final Queue<Change> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile Executor executor;

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
        pending.add(change);
        drain();
    }

    /** Whether every committed change has reached the index (tests wait for it). */
    public boolean settled() {
        return pending.isEmpty() && !draining.get();
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            executor().execute(this::apply);
        } catch (RuntimeException e) {
            // No executor (or it refused): the change still reaches the index, on this thread.
            LOG.log(Level.FINE, "chat search changes applied on the caller's thread", e);
            apply();
        }
    }

    private void apply() {
        try {
            for (Change c = pending.poll(); c != null; c = pending.poll()) {
                try {
                    if (c.document() == null) {
                        indexer.remove(ChatModule.ID, c.key());
                    } else {
                        indexer.update(ChatModule.ID, c.document());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "chat message not indexed; a rebuild of the search catches up", e);
                }
            }
        } finally {
            draining.set(false);
        }
        // A change added between the last poll and the release above would otherwise wait for the next one.
        if (!pending.isEmpty()) {
            drain();
        }
    }

    private Executor executor() {
        Executor e = executor;
        if (e == null) {
            try {
                // Looked up, not injected: see HazelcastChatRelay (an injected resource broke the EAR's deployment).
                e = (Executor) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
            } catch (NamingException ex) {
                throw new IllegalStateException(ex);
            }
            executor = e;
        }
        return e;
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
