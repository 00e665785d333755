package al.rrjeti.forum.application;

import al.rrjeti.forum.domain.Category;
import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.domain.Post;
import al.rrjeti.forum.domain.Space;
import al.rrjeti.forum.domain.ThreadKind;
import al.rrjeti.forum.domain.Visibility;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.forum.infrastructure.ForumSearch;
import al.rrjeti.kernel.api.DemoContent;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.calendar.WorkingCalendar;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The forum's demonstration content on a trial installation: a citizen's question with an
 * institution's official answer, and an open information request addressed to the demonstration
 * institution. Titles say they are demonstrations; one operator action removes them.
 */
@ApplicationScoped
public class ForumDemo {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @PersistenceContext(unitName = "rrjeti-forum")
    private EntityManager em;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumSearch search;

    @Inject
    private DemoContent demo;

    @Inject
    private ForumSettings settings;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Markdown markdown;

    @Inject
    private PlatformClock clock;

    @Transactional
    public void seed() {
        publicChange.fire(PublicContentChanged.of("forum"));
        var institution = demo.organisation(OrganisationType.INSTITUTION);
        var media = demo.organisation(OrganisationType.MEDIA);
        var cso = demo.organisation(OrganisationType.CSO);
        List<Category> categories = repository.categories(Space.PUBLIC);
        if (!threads().isEmpty() || institution.isEmpty() || media.isEmpty() || cso.isEmpty() || categories.isEmpty()) {
            return;
        }
        Category category = categories.get(0);
        Instant now = clock.now();
        ForumThread question = thread(category, ThreadKind.QUESTION,
                "Si ta ndjek një kallëzim që kam bërë në prokurori? (demonstrim)",
                media.get().representativeAccountId(),
                "Kam bërë një kallëzim për ryshfet në bashki. Si mund të mësoj nëse prokuroria e ka regjistruar "
                        + "dhe çfarë vendimi ka marrë?\n\n*Kjo temë është demonstrim për të provuar forumin.*", now);
        Post answer = new Post(question.getId(), 2, institution.get().representativeAccountId(), null,
                ANSWER, markdown.toHtml(ANSWER), Visibility.VISIBLE, now.plusSeconds(60));
        answer.answerFor(institution.get().id());
        repository.add(answer);
        question.replied(now.plusSeconds(60));
        question.answeredOfficially(institution.get().id(), now.plusSeconds(60));

        ForumThread request = thread(category, ThreadKind.INFORMATION_REQUEST,
                "Kërkesë për informim: kontratat e pastrimit të qytetit për vitin 2025 (demonstrim)",
                cso.get().representativeAccountId(),
                "Sipas ligjit nr. 119/2014 për të drejtën e informimit, kërkojmë kopjet e kontratave të pastrimit "
                        + "të lidhura në vitin 2025 dhe shumat e paguara.\n\n*Kërkesë demonstruese.*", now);
        request.addressTo(institution.get().id(), calendar.addWorkingDays(now.atZone(dateTimes.zone()).toLocalDate(),
                settings.requestWorkingDays()));
        for (ForumThread t : List.of(question, request)) {
            em.createNativeQuery("INSERT INTO forum_demo (thread_id) VALUES (?1)").setParameter(1, t.getId())
                    .executeUpdate();
            search.changed(t);
        }
    }

    private static final String ANSWER = "Kërkoni në sekretarinë e prokurorisë numrin e regjistrimit të kallëzimit; "
            + "me të mund të pyesni për vendimin dhe, nëse çështja pushohet, të ankoheni në gjykatë.\n\n"
            + "*Përgjigje zyrtare demonstruese.*";

    private ForumThread thread(Category category, ThreadKind kind, String title, Long author, String body, Instant now) {
        ForumThread t = new ForumThread(category, kind, title, author, null, Visibility.VISIBLE, now);
        repository.add(t);
        em.flush();
        repository.add(new Post(t.getId(), 1, author, null, body, markdown.toHtml(body), Visibility.VISIBLE, now));
        return t;
    }

    /** Removes the demonstration threads with their posts; returns how many. */
    @Transactional
    public int remove() {
        publicChange.fire(PublicContentChanged.of("forum"));
        List<Long> ids = threads();
        for (Long id : ids) {
            repository.thread(id).ifPresent(t -> search.removed(t.getId()));
            em.createNativeQuery("DELETE FROM forum_thread WHERE id = ?1").setParameter(1, id).executeUpdate();
        }
        return ids.size();
    }

    @SuppressWarnings("unchecked")
    private List<Long> threads() {
        return ((List<Number>) em.createNativeQuery("SELECT thread_id FROM forum_demo").getResultList()).stream()
                .map(Number::longValue).toList();
    }
}
