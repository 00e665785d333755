package al.rrjeti.forum.web;

import al.rrjeti.forum.application.RequestDeadlines;
import al.rrjeti.forum.application.RequestDeadlines.OpenRequest;
import al.rrjeti.forum.application.RequestDeadlines.Overdue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** {@code forum/requests.xhtml}: open information requests and, per organisation, the overdue ones. */
@Named("forumRequestsBacking")
@RequestScoped
public class RequestsBacking {

    @Inject
    private RequestDeadlines deadlines;

    private List<OpenRequest> open;

    public List<OpenRequest> getOpen() {
        if (open == null) {
            open = deadlines.open();
        }
        return open;
    }

    public List<Overdue> getOverdue() {
        return deadlines.overdueByOrganisation();
    }

    public String date(LocalDate d) {
        return al.rrjeti.kernel.api.i18n.DateTimes.day(d);
    }
}
