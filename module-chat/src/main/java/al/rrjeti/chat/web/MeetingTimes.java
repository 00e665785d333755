package al.rrjeti.chat.web;

import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;

/**
 * A meeting's start as pages show it ({@code #{chatMeetingTimes…}}): in the platform's zone, then in
 * the meeting's own when that differs, inside a {@code <time>} whose instant and zones let the
 * page's script (meeting-time.js) add the reader's own time when their browser's zone shows another.
 * The kernel keeps no time zone per account, so the browser's is the reader's.
 */
@Named("chatMeetingTimes")
@ApplicationScoped
public class MeetingTimes {

    private static final DateTimeFormatter OWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private DateTimes dates;

    @Inject
    private CurrentLanguage language;

    /** E.g. {@code 20.12.2026, 21:30 (2026-12-20 15:30 America/New_York)}. */
    public String when(Meeting m) {
        String here = dates.dateTime(m.getStartsAt(), language.getLocale());
        return m.getZone().equals(dates.zone().getId()) ? here : here + " (" + OWN.format(m.start()) + " " + m.getZone() + ")";
    }

    /** The start as an ISO instant, for {@code <time datetime>}. */
    public String iso(Meeting m) {
        return m.getStartsAt().toString();
    }

    /** The zones whose wall time the page already shows, separated by a space. */
    public String zones(Meeting m) {
        return dates.zone().getId() + " " + m.getZone();
    }
}
