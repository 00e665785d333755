package al.rrjeti.forum.application;

import al.rrjeti.forum.domain.Attachment;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reader sees of the forum, each page in a fixed number of queries whatever its length:
 * spaces, categories, threads and posts, with names, organisations and files looked up in batches.
 */
@ApplicationScoped
public class ForumReading {

    public static final int THREADS_PER_PAGE = 30;
    public static final int POSTS_PER_PAGE = 200;

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumAccess access;

    @Inject
    private Caller caller;

    @Inject
    private People people;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private StoredFiles files;

    public record CategoryView(Category category, long threads, Instant lastActivity) {
    }

    public record ThreadSummary(ForumThread thread, String author, boolean pseudonymous, OrganisationRef addressee) {
    }

    /**
     * A page of a category's visible threads; {@code unlisted}: on the first page, the threads readers do
     * not see that this reader may (their own held or hidden ones; every one for moderators).
     */
    public record CategoryPage(Category category, List<ThreadSummary> threads, List<ThreadSummary> unlisted, int page,
            int pages, long total) {
    }

    /**
     * A post as this reader sees it: {@code shown} is false for a hidden post seen by others than
     * its author and the moderators (they see that it was hidden, not what it said); {@code actions},
     * what this reader may do with it (null: nothing); {@code key}, everything that decides how it reads (post and
     * version, names, badges, files, language), so its rendering can be kept and reused until one changes.
     */
    public record PostView(Post post, String author, boolean pseudonymous, OrganisationRef official, Integer quotedNumber,
            List<FileRef> files, boolean shown, boolean mine, boolean accepted, PostActions actions, String key) {
    }

    /** What the reader may do with a post; the thread page shows a control for each, the services check again. */
    public record PostActions(boolean quote, boolean accept, boolean unaccept, boolean edit, boolean report,
            boolean moderate) {

        /** These actions, or null when there is none (a visitor's view: nothing to show). */
        static PostActions of(boolean quote, boolean accept, boolean unaccept, boolean edit, boolean report,
                boolean moderate) {
            return quote || accept || unaccept || edit || report || moderate
                    ? new PostActions(quote, accept, unaccept, edit, report, moderate) : null;
        }
    }

    public record ThreadPage(ForumThread thread, Category category, List<PostView> posts, int page, int pages,
            OrganisationRef addressee, boolean asker, boolean mayReply) {
    }

    public List<CategoryView> overview(Space space, Locale reader) {
        access.requireRead(space);
        Map<Long, Object[]> stats = repository.categoryStats(space);
        return repository.categories(space).stream().map(c -> {
            Object[] s = stats.get(c.getId());
            return new CategoryView(c, s == null ? 0 : (Long) s[0], s == null ? null : (Instant) s[1]);
        }).toList();
    }

    public CategoryPage category(Long categoryId, int page, Locale reader) {
        Category c = repository.category(categoryId).orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requireRead(c.getSpace());
        long total = repository.countThreads(c.getId());
        int pages = (int) Math.max(1, (total + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<ForumThread> threads = repository.visibleThreads(c.getId(), p, THREADS_PER_PAGE);
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        List<ForumThread> unlisted = p > 0 || me == null ? List.of()
                : repository.unlistedThreads(c.getId(), access.isModerator() ? null : me);
        return new CategoryPage(c, summaries(threads, reader), summaries(unlisted, reader), p, pages, total);
    }

    /** Visible threads of a space, latest activity first. */
    public List<ThreadSummary> latest(Space space, int page, int size, Locale reader) {
        access.requireRead(space);
        return summaries(repository.latest(space, page, size), reader);
    }

    public long countLatest(Space space) {
        access.requireRead(space);
        return repository.countLatest(space);
    }

    public ThreadPage thread(Long threadId, int page, Locale reader) {
        ForumThread t = repository.thread(threadId).orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requireRead(t.getSpace());
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        boolean moderator = access.isModerator();
        if (!t.isVisible() && !moderator && !t.getAuthorId().equals(me)) {
            throw new BusinessException("forum.unknown");
        }
        Category c = repository.category(t.getCategoryId()).orElseThrow();
        long total = repository.countPosts(t.getId());
        int pages = (int) Math.max(1, (total + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<Post> posts = repository.posts(t.getId(), p, POSTS_PER_PAGE).stream()
                .filter(x -> x.getStatus() != Visibility.PENDING || moderator || x.getAuthorId().equals(me)).toList();

        Set<Long> authors = posts.stream().filter(x -> x.getPseudonym() == null).map(Post::getAuthorId)
                .collect(Collectors.toSet());
        Map<Long, String> names = people.displayNames(authors, reader);
        Set<Long> orgIds = new HashSet<>();
        posts.stream().map(Post::getOfficialOrgId).filter(Objects::nonNull).forEach(orgIds::add);
        if (t.getAddresseeId() != null) {
            orgIds.add(t.getAddresseeId());
        }
        Map<Long, OrganisationRef> orgs = organisations.byIds(orgIds);
        List<Attachment> attachments = repository.attachments(posts.stream().map(Post::getId).toList());
        Map<Long, FileRef> stored = files.findAll(attachments.stream().map(Attachment::getFileId).toList());
        Map<Long, List<FileRef>> filesOf = new HashMap<>();
        attachments.forEach(a -> {
            FileRef f = stored.get(a.getFileId());
            if (f != null) {
                filesOf.computeIfAbsent(a.getPostId(), k -> new ArrayList<>()).add(f);
            }
        });
        Map<Long, Integer> numbers = new HashMap<>();
        posts.forEach(x -> numbers.put(x.getId(), x.getNumber()));
        Set<Long> quotedElsewhere = posts.stream().map(Post::getQuotedPostId)
                .filter(q -> q != null && !numbers.containsKey(q)).collect(Collectors.toSet());
        repository.postsByIds(quotedElsewhere).values().forEach(q -> numbers.put(q.getId(), q.getNumber()));

        boolean asker = t.getAuthorId().equals(me);
        boolean mayReply = access.mayReply(t);
        List<PostView> views = new ArrayList<>();
        for (Post x : posts) {
            boolean mine = x.getAuthorId().equals(me);
            boolean shown = x.getStatus() != Visibility.HIDDEN || moderator || mine;
            boolean accepted = x.getId().equals(t.getAcceptedPostId());
            String author = x.getPseudonym() != null ? x.getPseudonym() : names.get(x.getAuthorId());
            OrganisationRef official = x.getOfficialOrgId() == null ? null : orgs.get(x.getOfficialOrgId());
            Integer quoted = x.getQuotedPostId() == null ? null : numbers.get(x.getQuotedPostId());
            List<FileRef> shownFiles = shown ? filesOf.getOrDefault(x.getId(), List.of()) : List.of();
            PostActions actions = me == null ? null
                    : PostActions.of(mayReply && x.isVisible(), asker && t.acceptable(x) && !accepted,
                            asker && accepted, access.mayEdit(x, t), !mine && x.isVisible(), moderator);
            views.add(new PostView(x, author, x.getPseudonym() != null, official, quoted, shownFiles, shown, mine,
                    accepted, actions, key(x, author, official, quoted, shownFiles, shown, accepted, reader)));
        }
        return new ThreadPage(t, c, views, p, pages, t.getAddresseeId() == null ? null : orgs.get(t.getAddresseeId()),
                asker, mayReply);
    }

    private static String key(Post x, String author, OrganisationRef official, Integer quoted, List<FileRef> files,
            boolean shown, boolean accepted, Locale reader) {
        StringBuilder k = new StringBuilder(80).append("forum.post/").append(x.getId()).append('/')
                .append(x.getRowVersion()).append('/').append(reader.getLanguage()).append('/').append(x.getStatus())
                .append(shown ? "/s" : "/-").append(accepted ? "/a" : "/-").append('/').append(quoted).append('/')
                .append(author).append('/').append(official == null ? "" : official.getId() + ":" + official.getName());
        files.forEach(f -> k.append('/').append(f.getId()));
        return k.toString();
    }

    /** A post the caller may read: its space is open to them and it is visible (or theirs, or they moderate). */
    public Post readable(Long postId) {
        Post post = repository.post(postId).orElseThrow(() -> new BusinessException("forum.unknown"));
        ForumThread t = repository.thread(post.getThreadId()).orElseThrow();
        access.requireRead(t.getSpace());
        Long me = caller.account().map(a -> a.getId()).orElse(null);
        if (!access.isModerator() && !post.getAuthorId().equals(me) && (!post.isVisible() || !t.isVisible())) {
            throw new BusinessException("forum.unknown");
        }
        return post;
    }

    /** A post the caller may rewrite, for the edit form; anyone else is refused. */
    public Post editable(Long postId) {
        Post post = readable(postId);
        if (!access.mayEdit(post, repository.thread(post.getThreadId()).orElseThrow())) {
            throw new AccessDeniedException();
        }
        return post;
    }

    /** The Markdown of a visible post, for quoting it in a reply. */
    public String quotable(Long postId) {
        Post post = repository.post(postId).filter(Post::isVisible).orElseThrow(() -> new BusinessException("forum.unknown"));
        ForumThread t = repository.thread(post.getThreadId()).orElseThrow();
        access.requireRead(t.getSpace());
        return post.getBody();
    }

    private List<ThreadSummary> summaries(List<ForumThread> threads, Locale reader) {
        Map<Long, String> names = people.displayNames(threads.stream().filter(t -> t.getPseudonym() == null)
                .map(ForumThread::getAuthorId).collect(Collectors.toSet()), reader);
        Map<Long, OrganisationRef> orgs = organisations.byIds(threads.stream().map(ForumThread::getAddresseeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return threads.stream().map(t -> new ThreadSummary(t,
                t.getPseudonym() != null ? t.getPseudonym() : names.get(t.getAuthorId()), t.getPseudonym() != null,
                t.getAddresseeId() == null ? null : orgs.get(t.getAddresseeId()))).toList();
    }
}
