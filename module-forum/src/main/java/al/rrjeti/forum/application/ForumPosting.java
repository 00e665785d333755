package al.rrjeti.forum.application;

import al.rrjeti.forum.domain.Attachment;
import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.Follow;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Revision;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.forum.infrastructure.ForumSearch;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.ConflictException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.Member;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.api.calendar.WorkingCalendar;
import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.api.files.Upload;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writing in the forum: opening threads, replying, quoting, answering officially, accepting an
 * answer, editing with history, following. Every rule is checked here, whatever the page shows.
 */
@ApplicationScoped
public class ForumPosting {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    static final int MAX_BODY = 20_000;
    static final int MAX_FILES = 5;
    private static final Pattern PSEUDONYM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{2,39}");

    /** A new thread: its first post and, for an information request, the organisation addressed. */
    public record NewThread(Long categoryId, ThreadKind kind, String title, String body, String pseudonym,
            Long addresseeId, List<Upload> files) {
    }

    /** A reply; {@code officialFor} is the organisation it answers for officially, or null. */
    public record Reply(Long threadId, String body, Long quotedPostId, String pseudonym, Long officialFor,
            List<Upload> files) {
    }

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumAccess access;

    @Inject
    private ForumSettings settings;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Markdown markdown;

    @Inject
    private Mentions mentions;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private StoredFiles files;

    @Inject
    private ForumNotifier notifier;

    @Inject
    private ForumSearch search;

    @Inject
    private PostingPace pace;

    @Transactional
    public ForumThread start(NewThread t) {
        publicChange.fire(PublicContentChanged.of("forum"));
        Person me = caller.requireAccount();
        Category category = repository.category(t.categoryId()).orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requirePost(category.getSpace());
        List<Violation> v = new ArrayList<>();
        if (t.kind() == null || !t.kind().allowedIn(category.getSpace())) {
            v.add(new Violation("kind", "input.required"));
        }
        String title = t.title() == null ? "" : t.title().strip().replaceAll("\\s+", " ");
        if (title.length() < 5 || title.length() > 200) {
            v.add(new Violation("title", "input.length", 5, 200));
        }
        checkBody(v, t.body());
        String pseudonym = pseudonym(v, t.pseudonym(), category.getSpace());
        OrganisationRef addressee = null;
        if (t.kind() == ThreadKind.INFORMATION_REQUEST) {
            addressee = t.addresseeId() == null ? null : organisations.find(t.addresseeId())
                    .filter(o -> o.isVerified() && (o.getType() == OrganisationType.INSTITUTION
                            || o.getType() == OrganisationType.CSO)).orElse(null);
            if (addressee == null) {
                v.add(new Violation("addressee", "forum.addressee.required"));
            }
        }
        checkFiles(v, t.files());
        InvalidInputException.throwIfAny(v);
        pace.check(me);

        Instant now = clock.now();
        Visibility status = heldForModeration(me) ? Visibility.PENDING : Visibility.VISIBLE;
        ForumThread thread = new ForumThread(category, t.kind(), title, me.getId(), pseudonym, status, now);
        if (addressee != null) {
            LocalDate today = now.atZone(dateTimes.zone()).toLocalDate();
            thread.addressTo(addressee.getId(), calendar.addWorkingDays(today, settings.requestWorkingDays()));
        }
        repository.add(thread);
        Post post = new Post(thread.getId(), 1, me.getId(), pseudonym, t.body().strip(),
                html(t.body(), category.getSpace()), status, now);
        repository.add(post);
        attach(post, t.files());
        followIfNot(me.getId(), thread.getId());
        afterWriting(thread, post);
        pace.count(me);
        return thread;
    }

    @Transactional
    public Post reply(Reply r) {
        publicChange.fire(PublicContentChanged.of("forum"));
        Person me = caller.requireAccount();
        ForumThread thread = repository.threadForReply(r.threadId())
                .orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requireRead(thread.getSpace());
        access.requirePost(thread.getSpace());
        if (!access.mayReply(thread)) {
            throw new BusinessException(thread.isLocked() ? "forum.thread.locked" : "forum.thread.not-open");
        }
        List<Violation> v = new ArrayList<>();
        checkBody(v, r.body());
        String pseudonym = pseudonym(v, r.pseudonym(), thread.getSpace());
        if (r.quotedPostId() != null && repository.post(r.quotedPostId())
                .filter(q -> q.getThreadId().equals(thread.getId()) && q.isVisible()).isEmpty()) {
            v.add(new Violation("body", "forum.quote.unknown"));
        }
        if (r.officialFor() != null) {
            if (!officialOrganisations(me).stream().map(OrganisationRef::getId).toList().contains(r.officialFor())) {
                throw new AccessDeniedException();
            }
            if (pseudonym != null) {
                v.add(new Violation("pseudonym", "forum.official.no-pseudonym"));
            }
        }
        checkFiles(v, r.files());
        InvalidInputException.throwIfAny(v);
        pace.check(me);

        Visibility status = heldForModeration(me) ? Visibility.PENDING : Visibility.VISIBLE;
        Post post = new Post(thread.getId(), repository.nextNumber(thread.getId()), me.getId(), pseudonym,
                r.body().strip(), html(r.body(), thread.getSpace()), status, clock.now());
        post.quote(r.quotedPostId());
        post.answerFor(r.officialFor());
        repository.add(post);
        attach(post, r.files());
        followIfNot(me.getId(), thread.getId());
        afterWriting(thread, post);
        pace.count(me);
        return post;
    }

    /** The author (or a moderator) rewrites a post; the earlier wording is kept for moderators. */
    @Transactional
    public Post edit(Long postId, String body) {
        return edit(postId, body, null);
    }

    /**
     * As {@link #edit(Long, String)}, from a form opened on the post's version {@code seenVersion}:
     * if someone saved the post since, nothing is overwritten.
     *
     * @throws ConflictException when the post changed after the form was opened
     */
    @Transactional
    public Post edit(Long postId, String body, Long seenVersion) {
        publicChange.fire(PublicContentChanged.of("forum"));
        Person me = caller.requireAccount();
        Post post = repository.post(postId).orElseThrow(() -> new BusinessException("forum.unknown"));
        if (seenVersion != null && seenVersion != post.getRowVersion()) {
            throw new ConflictException(null);
        }
        ForumThread thread = repository.thread(post.getThreadId()).orElseThrow();
        access.requireRead(thread.getSpace());
        if (!access.mayEdit(post, thread)) {
            // the author of a post in a locked thread is told why; anyone else is refused
            throw post.getAuthorId().equals(me.getId()) ? new BusinessException("forum.thread.locked")
                    : new AccessDeniedException();
        }
        List<Violation> v = new ArrayList<>();
        checkBody(v, body);
        InvalidInputException.throwIfAny(v);
        if (body.strip().equals(post.getBody())) {
            return post;
        }
        repository.add(new Revision(post, me.getId(), clock.now()));
        post.rewrite(body.strip(), html(body, thread.getSpace()), clock.now());
        if (thread.isVisible()) {
            search.changed(thread);
        }
        return post;
    }

    /** The asker accepts an answer to their question or request (null takes the acceptance back). */
    @Transactional
    public void accept(Long threadId, Long postId) {
        publicChange.fire(PublicContentChanged.of("forum"));
        Person me = caller.requireAccount();
        ForumThread thread = repository.thread(threadId).orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requireRead(thread.getSpace());
        if (!thread.getAuthorId().equals(me.getId())) {
            throw new AccessDeniedException();
        }
        if (!thread.getKind().isAsking()) {
            throw new BusinessException("forum.accept.not-a-question");
        }
        if (postId != null && repository.post(postId).filter(thread::acceptable).isEmpty()) {
            throw new BusinessException("forum.unknown");
        }
        thread.accept(postId);
    }

    @Transactional
    public void followThread(Long threadId, boolean follow) {
        Person me = caller.requireAccount();
        ForumThread thread = repository.thread(threadId).orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requireRead(thread.getSpace());
        var existing = repository.follow(me.getId(), threadId, null);
        if (follow && existing.isEmpty()) {
            repository.add(Follow.thread(me.getId(), threadId));
        } else if (!follow) {
            existing.ifPresent(repository::remove);
        }
    }

    @Transactional
    public void followCategory(Long categoryId, boolean follow) {
        Person me = caller.requireAccount();
        Category category = repository.category(categoryId).orElseThrow(() -> new BusinessException("forum.unknown"));
        access.requireRead(category.getSpace());
        var existing = repository.follow(me.getId(), null, categoryId);
        if (follow && existing.isEmpty()) {
            repository.add(Follow.category(me.getId(), categoryId));
        } else if (!follow) {
            existing.ifPresent(repository::remove);
        }
    }

    public boolean follows(Long threadId, Long categoryId) {
        return caller.account().map(a -> repository.follow(a.getId(), threadId, categoryId).isPresent()).orElse(false);
    }

    /** The verified organisations the caller may answer for officially. */
    public List<OrganisationRef> officialOrganisations() {
        return caller.account().map(this::officialOrganisations).orElse(List.of());
    }

    private List<OrganisationRef> officialOrganisations(Person me) {
        if (!access.mayAnswerOfficially()) {
            return List.of();
        }
        List<Long> ids = organisations.membershipsOf(me.getId()).stream().map(Member::organisationId).toList();
        return organisations.byIds(ids).values().stream().filter(OrganisationRef::isVerified)
                .sorted(java.util.Comparator.comparing(OrganisationRef::getName)).toList();
    }

    /** OrganisationLookup an information request may be addressed to: the verified institutions and CSOs. */
    public List<OrganisationRef> addressees() {
        List<OrganisationRef> all = new ArrayList<>(organisations.verified(OrganisationType.INSTITUTION, null));
        all.addAll(organisations.verified(OrganisationType.CSO, null));
        return all;
    }

    /** The deadline a request made now would get. */
    public LocalDate deadlineFor(Instant at) {
        return calendar.addWorkingDays(at.atZone(dateTimes.zone()).toLocalDate(), settings.requestWorkingDays());
    }

    /** What to tell a person whose post waits for a moderator: a message key and its arguments. */
    public record Notice(String key, List<Object> arguments) {
    }

    /**
     * The notice for the caller's post just held for a moderator, true for whichever post it is: the
     * rule when it is the only one waiting, that it waits like the earlier ones otherwise.
     */
    public Notice heldNotice() {
        long waiting = caller.account().map(a -> repository.pendingPostsOf(a.getId())).orElse(0L);
        return waiting <= 1 ? new Notice("forum.post.held", List.of(settings.premoderateFirstPosts()))
                : new Notice("forum.post.held.more", List.of(waiting - 1));
    }

    /** Safe HTML of a post's Markdown, mentions written as current names. */
    String html(String body, Space space) {
        return markdown.toHtml(mentions.toMarkdown(body.strip(), space));
    }

    private void afterWriting(ForumThread thread, Post post) {
        if (post.isVisible()) {
            if (post.getNumber() > 1) {
                thread.replied(post.getCreatedAt());
                if (post.isOfficial()) {
                    thread.answeredOfficially(post.getOfficialOrgId(), post.getCreatedAt());
                }
            }
            notifier.published(thread, post);
            search.changed(thread);
        } else {
            notifier.held(thread, post);
        }
    }

    private void attach(Post post, List<Upload> uploads) {
        if (uploads == null) {
            return;
        }
        FileKind kind = new FileKind("forum-attachment", Set.of("application/pdf", "image/png", "image/jpeg",
                "application/x-tika-ooxml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text"), settings.attachmentMaxMb() * 1024 * 1024)
                .strippingImageMetadata();
        for (Upload u : uploads) {
            repository.add(new Attachment(post.getId(), files.store(u.content(), u.name(), kind, "attachment").getId()));
        }
    }

    private void followIfNot(Long accountId, Long threadId) {
        if (repository.follow(accountId, threadId, null).isEmpty()) {
            repository.add(Follow.thread(accountId, threadId));
        }
    }

    /** Whether the caller's post waits for a moderator: the first posts of a new citizen account. */
    private boolean heldForModeration(Person me) {
        int first = settings.premoderateFirstPosts();
        if (first <= 0) {
            return false;
        }
        Set<Role> roles = caller.roles();
        boolean ordinary = roles.stream().noneMatch(r -> Role.MEMBERS.contains(r) || Role.STAFF.contains(r));
        return ordinary && repository.visiblePostsOf(me.getId()) < first;
    }

    private static void checkBody(List<Violation> v, String body) {
        if (body == null || body.isBlank()) {
            v.add(new Violation("body", "input.required"));
        } else if (body.strip().length() > MAX_BODY) {
            v.add(new Violation("body", "input.length", 1, MAX_BODY));
        }
    }

    private String pseudonym(List<Violation> v, String pseudonym, Space space) {
        if (pseudonym == null || pseudonym.isBlank()) {
            return null;
        }
        if (!access.mayUsePseudonym(space)) {
            throw new AccessDeniedException();
        }
        String p = pseudonym.strip();
        if (!PSEUDONYM.matcher(p).matches()) {
            v.add(new Violation("pseudonym", "forum.pseudonym.invalid"));
        }
        return p;
    }

    private static void checkFiles(List<Violation> v, List<Upload> uploads) {
        if (uploads != null && uploads.size() > MAX_FILES) {
            v.add(new Violation("attachment", "forum.attachments.too-many", MAX_FILES));
        }
    }
}
