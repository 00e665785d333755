package al.rrjeti.forum.infrastructure;

import al.rrjeti.forum.domain.Attachment;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.Follow;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Report;
import al.rrjeti.forum.domain.Revision;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The forum's queries, each page's data in a fixed, small number of statements. */
@ApplicationScoped
public class ForumRepository {

    @PersistenceContext(unitName = "rrjeti-forum")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public List<Category> categories(Space space) {
        return em.createQuery("SELECT c FROM Category c WHERE c.space = :s ORDER BY c.position, c.id", Category.class)
                .setParameter("s", space).getResultList();
    }

    public Optional<Category> category(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Category.class, id));
    }

    public Optional<Category> categoryByCode(String code) {
        return em.createQuery("SELECT c FROM Category c WHERE c.code = :c", Category.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public Optional<ForumThread> thread(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ForumThread.class, id));
    }

    /**
     * The thread, locked until the transaction ends: replies to one thread take their turn, so each
     * gets the next number and the thread's counters, and none fails on the thread's version.
     */
    public Optional<ForumThread> threadForReply(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ForumThread.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Post> post(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Post.class, id));
    }

    /**
     * One page of a category's visible threads, pinned first, then by latest activity. The page's ids
     * come from the index {@code ix_forum_thread_visible} alone (no sort, no table rows skipped),
     * then its threads in one statement.
     */
    public List<ForumThread> visibleThreads(Long categoryId, int page, int size) {
        return inOrder(em.createQuery("SELECT t.id FROM ForumThread t WHERE t.categoryId = :c AND t.status = :v"
                        + " ORDER BY t.pinned DESC, t.lastPostAt DESC, t.id DESC", Long.class)
                .setParameter("c", categoryId).setParameter("v", Visibility.VISIBLE)
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    /** Threads of a category that readers do not see (held or hidden): all of them, or those one account wrote. */
    public List<ForumThread> unlistedThreads(Long categoryId, Long authorOrAll) {
        var q = em.createQuery("SELECT t FROM ForumThread t WHERE t.categoryId = :c AND t.status <> :v"
                + (authorOrAll != null ? " AND t.authorId = :me" : "") + " ORDER BY t.lastPostAt DESC, t.id DESC",
                ForumThread.class).setParameter("c", categoryId).setParameter("v", Visibility.VISIBLE);
        if (authorOrAll != null) {
            q.setParameter("me", authorOrAll);
        }
        return q.setMaxResults(100).getResultList();
    }

    private List<ForumThread> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ForumThread> found = new HashMap<>();
        em.createQuery("SELECT t FROM ForumThread t WHERE t.id IN :ids", ForumThread.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().forEach(t -> found.put(t.getId(), t));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public long countThreads(Long categoryId) {
        return em.createQuery("SELECT COUNT(t) FROM ForumThread t WHERE t.categoryId = :c AND t.status = :v", Long.class)
                .setParameter("c", categoryId).setParameter("v", Visibility.VISIBLE).getSingleResult();
    }

    /** Per category of a space: visible threads and the latest activity. */
    public Map<Long, Object[]> categoryStats(Space space) {
        Map<Long, Object[]> stats = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.categoryId, COUNT(t), MAX(t.lastPostAt) FROM ForumThread t"
                        + " WHERE t.space = :s AND t.status = :v GROUP BY t.categoryId", Object[].class)
                .setParameter("s", space).setParameter("v", Visibility.VISIBLE).getResultList()) {
            stats.put((Long) row[0], new Object[] {row[1], row[2]});
        }
        return stats;
    }

    /** Visible threads of a space, latest activity first (for the API and the home widget), read like {@link #visibleThreads}. */
    public List<ForumThread> latest(Space space, int page, int size) {
        return inOrder(em.createQuery("SELECT t.id FROM ForumThread t WHERE t.space = :s AND t.status = :v"
                        + " ORDER BY t.lastPostAt DESC, t.id DESC", Long.class)
                .setParameter("s", space).setParameter("v", Visibility.VISIBLE)
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    public long countLatest(Space space) {
        return em.createQuery("SELECT COUNT(t) FROM ForumThread t WHERE t.space = :s AND t.status = :v", Long.class)
                .setParameter("s", space).setParameter("v", Visibility.VISIBLE).getSingleResult();
    }

    /** All posts of a thread in order (every status: the reader's view decides what shows). */
    public List<Post> posts(Long threadId) {
        return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t ORDER BY p.number", Post.class)
                .setParameter("t", threadId).getResultList();
    }

    public List<Post> posts(Long threadId, int page, int size) {
        return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t ORDER BY p.number", Post.class)
                .setParameter("t", threadId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** The Markdown of a thread's visible posts in order, in one statement (the bodies are not read with the posts). */
    public List<String> visibleBodies(Long threadId) {
        return em.createQuery("SELECT p.body FROM Post p WHERE p.threadId = :t AND p.status = :v ORDER BY p.number",
                String.class).setParameter("t", threadId).setParameter("v", Visibility.VISIBLE).getResultList();
    }

    /** Who wrote visible posts in a thread under their own name (not a pseudonym). */
    public Set<Long> participants(Long threadId) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT p.authorId FROM Post p WHERE p.threadId = :t AND p.status = :v"
                        + " AND p.pseudonym IS NULL", Long.class)
                .setParameter("t", threadId).setParameter("v", Visibility.VISIBLE).getResultList());
    }

    /** Which of these accounts wrote a visible post under their own name in a visible thread of these spaces. */
    public Set<Long> namedWriters(Collection<Long> accountIds, Set<Space> spaces) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT p.authorId FROM Post p, ForumThread t WHERE p.threadId = t.id"
                        + " AND p.authorId IN :ids AND p.status = :v AND p.pseudonym IS NULL AND t.status = :v"
                        + " AND t.space IN :spaces", Long.class)
                .setParameter("ids", Set.copyOf(accountIds)).setParameter("v", Visibility.VISIBLE)
                .setParameter("spaces", spaces).getResultList());
    }

    public long countPosts(Long threadId) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.threadId = :t", Long.class)
                .setParameter("t", threadId).getSingleResult();
    }

    public int nextNumber(Long threadId) {
        Integer max = em.createQuery("SELECT MAX(p.number) FROM Post p WHERE p.threadId = :t", Integer.class)
                .setParameter("t", threadId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public Map<Long, Post> postsByIds(Collection<Long> ids) {
        Map<Long, Post> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids", Post.class).setParameter("ids", Set.copyOf(ids))
                    .getResultList().forEach(p -> found.put(p.getId(), p));
        }
        return found;
    }

    public List<Attachment> attachments(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Attachment a WHERE a.postId IN :ids ORDER BY a.id", Attachment.class)
                .setParameter("ids", Set.copyOf(postIds)).getResultList();
    }

    public Optional<Attachment> attachmentOfFile(Long fileId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.fileId = :f", Attachment.class)
                .setParameter("f", fileId).getResultStream().findFirst();
    }

    public List<Revision> revisions(Long postId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.postId = :p ORDER BY r.replacedAt DESC, r.id DESC",
                Revision.class).setParameter("p", postId).getResultList();
    }

    /** How many of an account's posts are public (the first ones of a new account wait for a moderator). */
    public long visiblePostsOf(Long authorId) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.authorId = :a AND p.status = :v", Long.class)
                .setParameter("a", authorId).setParameter("v", Visibility.VISIBLE).getSingleResult();
    }

    /** How many of an account's posts wait for a moderator. */
    public long pendingPostsOf(Long authorId) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.authorId = :a AND p.status = :s", Long.class)
                .setParameter("a", authorId).setParameter("s", Visibility.PENDING).getSingleResult();
    }

    public List<Post> pending() {
        return em.createQuery("SELECT p FROM Post p WHERE p.status = :s ORDER BY p.createdAt", Post.class)
                .setParameter("s", Visibility.PENDING).getResultList();
    }

    public List<Report> openReports() {
        return em.createQuery("SELECT r FROM Report r WHERE r.resolvedAt IS NULL ORDER BY r.createdAt", Report.class)
                .getResultList();
    }

    /** Posts held for moderation, for the staff menu's count on every page. */
    public long countPending() {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.status = :s", Long.class)
                .setParameter("s", Visibility.PENDING).getSingleResult();
    }

    public long countOpenReports() {
        return em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.resolvedAt IS NULL", Long.class).getSingleResult();
    }

    public List<Report> openReportsOf(Long postId) {
        return em.createQuery("SELECT r FROM Report r WHERE r.postId = :p AND r.resolvedAt IS NULL", Report.class)
                .setParameter("p", postId).getResultList();
    }

    public Optional<Report> report(Long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    public Optional<Follow> follow(Long accountId, Long threadId, Long categoryId) {
        return em.createQuery("SELECT f FROM Follow f WHERE f.accountId = :a AND "
                        + (threadId != null ? "f.threadId = :x" : "f.categoryId = :x"), Follow.class)
                .setParameter("a", accountId).setParameter("x", threadId != null ? threadId : categoryId)
                .getResultStream().findFirst();
    }

    /** Accounts following the thread or its category. */
    public Set<Long> followers(ForumThread t) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT f.accountId FROM Follow f WHERE f.threadId = :t"
                        + " OR f.categoryId = :c", Long.class)
                .setParameter("t", t.getId()).setParameter("c", t.getCategoryId()).getResultList());
    }

    /** Addressed requests not answered by their addressee, earliest deadline first. */
    public List<ForumThread> openRequests() {
        return em.createQuery("SELECT t FROM ForumThread t WHERE t.addresseeId IS NOT NULL AND t.answeredAt IS NULL"
                        + " AND t.status = :v ORDER BY t.deadline, t.id", ForumThread.class)
                .setParameter("v", Visibility.VISIBLE).getResultList();
    }

    /** Open requests whose deadline is on or before a day and whose addressee was not reminded yet. */
    public List<ForumThread> toRemind(LocalDate deadlineBy) {
        return em.createQuery("SELECT t FROM ForumThread t WHERE t.addresseeId IS NOT NULL AND t.answeredAt IS NULL"
                        + " AND t.status = :v AND t.remindedAt IS NULL AND t.deadline <= :d", ForumThread.class)
                .setParameter("v", Visibility.VISIBLE).setParameter("d", deadlineBy).getResultList();
    }

    public List<ForumThread> visibleThreadsAfter(Long afterId, int max) {
        return em.createQuery("SELECT t FROM ForumThread t WHERE t.status = :v AND t.id > :id ORDER BY t.id",
                        ForumThread.class)
                .setParameter("v", Visibility.VISIBLE).setParameter("id", afterId).setMaxResults(max).getResultList();
    }
}
