package al.rrjeti.forum.infrastructure;

import al.rrjeti.forum.ForumModule;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.kernel.api.SearchIndexer;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import al.rrjeti.kernel.spi.SearchProvider;
import al.rrjeti.kernel.api.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The forum's part of the kernel search: one document per visible thread (its title and visible
 * posts). Public threads are for everyone; the network's only for those who may read it.
 */
@ApplicationScoped
public class ForumSearch implements SearchProvider {

    @Inject
    private ForumRepository repository;

    @Inject
    private SearchIndexer index;

    @Inject
    private Markdown markdown;

    @Override
    public String moduleId() {
        return ForumModule.ID;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<SearchDocument> documents() {
        Stream.Builder<SearchDocument> all = Stream.builder();
        long after = 0;
        List<ForumThread> batch;
        do {
            batch = repository.visibleThreadsAfter(after, 200);
            for (ForumThread t : batch) {
                all.add(document(t));
                after = t.getId();
            }
        } while (batch.size() == 200);
        return all.build();
    }

    /** Puts the thread in the index as it is now, or takes it out when it is not public. */
    public void changed(ForumThread t) {
        if (t.isVisible()) {
            index.update(ForumModule.ID, document(t));
        } else {
            index.remove(ForumModule.ID, key(t));
        }
    }

    private SearchDocument document(ForumThread t) {
        String text = t.getTitle() + "\n" + repository.visibleBodies(t.getId()).stream()
                .map(markdown::toText).collect(Collectors.joining("\n"));
        return new SearchDocument(key(t), t.getTitle(), text, "/forum/thread.xhtml?id=" + t.getId(),
                t.getSpace() == Space.PUBLIC ? Audience.EVERYONE : Audience.MEMBERS);
    }

    /** Takes a deleted thread out of the index. */
    public void removed(Long threadId) {
        index.remove(ForumModule.ID, "thread-" + threadId);
    }

    private static String key(ForumThread t) {
        return "thread-" + t.getId();
    }
}
