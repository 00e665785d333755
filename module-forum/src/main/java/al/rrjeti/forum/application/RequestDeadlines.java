package al.rrjeti.forum.application;

import al.rrjeti.forum.domain.ForumThread;
import al.rrjeti.forum.infrastructure.ForumRepository;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Information requests and their deadlines: reminders to the addressed organisation a few working
 * days before, and the public list of open and overdue requests.
 */
@ApplicationScoped
public class RequestDeadlines {

    private static final Logger LOG = Logger.getLogger(RequestDeadlines.class.getName());

    @Inject
    private ForumRepository repository;

    @Inject
    private ForumSettings settings;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private ForumNotifier notifier;

    @Inject
    private OrganisationLookup organisations;

    /** An open request with its addressee, as lists and the API show it. */
    public record OpenRequest(ForumThread thread, OrganisationRef addressee, boolean overdue, int workingDaysLeft) {
    }

    /** Overdue requests of one organisation. */
    public record Overdue(OrganisationRef organisation, List<OpenRequest> requests) {
    }

    public LocalDate today() {
        return clock.now().atZone(dateTimes.zone()).toLocalDate();
    }

    /** The scheduled run: reminds addressees of requests whose deadline is near, once per request. */
    @Transactional
    public int remind() {
        LocalDate today = today();
        LocalDate remindBy = calendar.addWorkingDays(today, settings.remindWorkingDays());
        int sent = 0;
        for (ForumThread t : repository.toRemind(remindBy)) {
            notifier.deadlineNear(t);
            t.reminded(clock.now());
            sent++;
        }
        int count = sent;
        if (count > 0) {
            LOG.info(() -> count + " information-request reminders sent");
        }
        return sent;
    }

    /** Open requests of the public forum, earliest deadline first. */
    public List<OpenRequest> open() {
        List<ForumThread> threads = repository.openRequests();
        Map<Long, OrganisationRef> orgs = organisations.byIds(threads.stream().map(ForumThread::getAddresseeId).toList());
        LocalDate today = today();
        List<OpenRequest> out = new ArrayList<>();
        for (ForumThread t : threads) {
            boolean overdue = t.isOverdue(today);
            int left = overdue ? -calendar.workingDaysBetween(t.getDeadline(), today)
                    : calendar.workingDaysBetween(today, t.getDeadline());
            out.add(new OpenRequest(t, orgs.get(t.getAddresseeId()), overdue, left));
        }
        return out;
    }

    /** Overdue requests grouped by organisation, the organisation with most first. */
    public List<Overdue> overdueByOrganisation() {
        Map<Long, List<OpenRequest>> groups = new LinkedHashMap<>();
        for (OpenRequest r : open()) {
            if (r.overdue() && r.addressee() != null) {
                groups.computeIfAbsent(r.addressee().getId(), k -> new ArrayList<>()).add(r);
            }
        }
        return groups.values().stream().map(l -> new Overdue(l.get(0).addressee(), l))
                .sorted(Comparator.comparingInt((Overdue o) -> -o.requests().size())
                        .thenComparing(o -> o.organisation().getName()))
                .toList();
    }
}
