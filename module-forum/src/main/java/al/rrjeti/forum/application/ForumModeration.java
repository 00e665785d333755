package al.rrjeti.forum.application;

import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Report;
import al.rrjeti.forum.domain.Revision;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.forum.infrastructure.ForumSearch;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reports and the moderators' decisions: hide and show posts (the author is told why), let held
 * posts through, lock, pin and move threads, read edit histories and the account behind a
 * pseudonym. Every decision is audited.
 */
@ApplicationScoped
public class ForumModeration {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumAccess access;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private Audit audit;

    @Inject
    private ForumNotifier notifier;

    @Inject
    private ForumSearch search;

    @Inject
    private People accounts;

    /** Any reader with an account reports a post to the moderators. */
    @Transactional
    public Report report(Long postId, String reason) {
        Person me = caller.requireAccount();
        Post post = post(postId);
        ForumThread thread = thread(post.getThreadId());
        access.requireRead(thread.getSpace());
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 5 || r.length() > 1000) {
            throw new InvalidInputException("reason", "input.length", 5, 1000);
        }
        if (repository.openReportsOf(postId).stream().anyMatch(x -> x.getReporterId().equals(me.getId()))) {
            throw new BusinessException("forum.report.already");
        }
        Report report = new Report(postId, me.getId(), r, clock.now());
        repository.add(report);
        notifier.reported(thread, post);
        return report;
    }

    public List<Report> openReports() {
        access.requireModerator();
        return repository.openReports();
    }

    public List<Post> held() {
        access.requireModerator();
        return repository.pending();
    }

    @Transactional
    public void hide(Long postId, String reason) {
        publicChange.fire(PublicContentChanged.of("forum"));
        access.requireModerator();
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 5 || r.length() > 500) {
            throw new InvalidInputException("reason", "forum.reason.required");
        }
        Post post = post(postId);
        ForumThread thread = thread(post.getThreadId());
        boolean wasVisible = post.isVisible();
        post.hide(r);
        if (post.getNumber() == 1) {
            thread.show(Visibility.HIDDEN);
        } else if (wasVisible) {
            thread.replyWithdrawn();
        }
        resolveReports(postId, Report.HIDDEN);
        audit.record(me(), "forum.post.hidden", "post " + postId, r);
        notifier.hidden(thread, post, r);
        search.changed(thread);
    }

    @Transactional
    public void unhide(Long postId) {
        publicChange.fire(PublicContentChanged.of("forum"));
        access.requireModerator();
        Post post = post(postId);
        if (post.getStatus() != Visibility.HIDDEN) {
            return;
        }
        ForumThread thread = thread(post.getThreadId());
        backToReaders(post, thread, false);
        audit.record(me(), "forum.post.shown", "post " + postId, null);
        search.changed(thread);
    }

    /** A held post goes public, with the notifications it would have caused at once. */
    @Transactional
    public void approve(Long postId) {
        publicChange.fire(PublicContentChanged.of("forum"));
        access.requireModerator();
        Post post = post(postId);
        if (post.getStatus() != Visibility.PENDING) {
            return;
        }
        ForumThread thread = thread(post.getThreadId());
        backToReaders(post, thread, true);
        audit.record(me(), "forum.post.approved", "post " + postId, null);
        notifier.published(thread, post);
        search.changed(thread);
    }

    /** A report that needs no action leaves the queue. */
    @Transactional
    public void dismiss(Long reportId) {
        access.requireModerator();
        Report r = repository.report(reportId).orElseThrow(() -> new BusinessException("forum.unknown"));
        r.resolve(Report.DISMISSED, caller.requireAccount().getId(), clock.now());
        audit.record(me(), "forum.report.dismissed", "post " + r.getPostId(), null);
    }

    @Transactional
    public void lock(Long threadId, boolean locked) {
        publicChange.fire(PublicContentChanged.of("forum"));
        access.requireModerator();
        thread(threadId).lock(locked);
        audit.record(me(), locked ? "forum.thread.locked" : "forum.thread.unlocked", "thread " + threadId, null);
    }

    @Transactional
    public void pin(Long threadId, boolean pinned) {
        publicChange.fire(PublicContentChanged.of("forum"));
        access.requireModerator();
        thread(threadId).pin(pinned);
        audit.record(me(), pinned ? "forum.thread.pinned" : "forum.thread.unpinned", "thread " + threadId, null);
    }

    /** Moves a thread to another category of the same space (a space's readers never change under it). */
    @Transactional
    public void move(Long threadId, Long categoryId) {
        publicChange.fire(PublicContentChanged.of("forum"));
        access.requireModerator();
        ForumThread t = thread(threadId);
        Category target = repository.category(categoryId).orElseThrow(() -> new BusinessException("forum.unknown"));
        if (target.getSpace() != t.getSpace()) {
            throw new BusinessException("forum.move.other-space");
        }
        t.moveTo(target);
        audit.record(me(), "forum.thread.moved", "thread " + threadId, "to category " + categoryId);
        search.changed(t);
    }

    /** A post as moderators see it, whatever its state (held, hidden); empty when there is none. */
    public java.util.Optional<Post> moderatedPost(Long postId) {
        access.requireModerator();
        return postId == null ? java.util.Optional.empty() : repository.post(postId);
    }

    /** A thread as moderators see it, whatever its state. */
    public java.util.Optional<ForumThread> moderatedThread(Long threadId) {
        access.requireModerator();
        return threadId == null ? java.util.Optional.empty() : repository.thread(threadId);
    }

    /** A post's earlier wordings, latest first. */
    public List<Revision> history(Long postId) {
        access.requireModerator();
        post(postId);
        return repository.revisions(postId);
    }

    /** The account behind a post (under a pseudonym or not): moderators only, and audited. */
    public Person author(Long postId) {
        access.requireModerator();
        Post post = post(postId);
        if (post.getPseudonym() != null) {
            audit.record(me(), "forum.pseudonym.revealed", "post " + postId, null);
        }
        return accounts.find(post.getAuthorId()).orElseThrow(() -> new BusinessException("forum.unknown"));
    }

    /** A post readers see again (or for the first time): the thread's counters follow. */
    private static void backToReaders(Post post, ForumThread thread, boolean firstTime) {
        post.show();
        if (post.getNumber() == 1) {
            thread.show(Visibility.VISIBLE);
            return;
        }
        thread.replied(post.getCreatedAt());
        if (firstTime && post.isOfficial()) {
            thread.answeredOfficially(post.getOfficialOrgId(), post.getCreatedAt());
        }
    }

    private void resolveReports(Long postId, String outcome) {
        Long me = caller.requireAccount().getId();
        repository.openReportsOf(postId).forEach(r -> r.resolve(outcome, me, clock.now()));
    }

    private Post post(Long id) {
        return repository.post(id).orElseThrow(() -> new BusinessException("forum.unknown"));
    }

    private ForumThread thread(Long id) {
        return repository.thread(id).orElseThrow(() -> new BusinessException("forum.unknown"));
    }

    private String me() {
        return caller.requireAccount().getEmail();
    }
}
