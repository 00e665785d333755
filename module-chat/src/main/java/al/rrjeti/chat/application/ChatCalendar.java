package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Meeting;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomKind;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The meetings calendar: the meetings of the caller's rooms by month (in the platform's zone), the
 * coming ones and the past ones, all or one working group's. A group the caller may not read is
 * refused, so the filter never shows another group's meetings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChatCalendar {

    /** Past meetings shown at most. */
    public static final int PAST_MAX = 100;

    /** A working group to filter by. */
    public record Group(Long id, String name) {
    }

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dates;

    /** The working groups the caller is in. */
    public List<Group> groups() {
        Person me = access.requireChatter();
        return repository.roomsOf(me.getId()).stream().filter(r -> r.getKind() == RoomKind.GROUP)
                .map(r -> new Group(r.getId(), r.getName())).toList();
    }

    /** Meetings starting in the month, soonest first; {@code groupId} null for all the caller's rooms. */
    public List<Meeting> month(YearMonth month, Long groupId) {
        List<Long> rooms = rooms(groupId);
        Instant from = month.atDay(1).atStartOfDay(dates.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(dates.zone()).toInstant();
        return repository.meetingsStarting(rooms, from, to);
    }

    /** Meetings not yet over, soonest first. */
    public List<Meeting> upcoming(Long groupId) {
        return repository.meetingsEndingAfter(rooms(groupId), clock.now());
    }

    /** Meetings that are over, latest first (at most {@link #PAST_MAX}). */
    public List<Meeting> past(Long groupId) {
        return repository.meetingsEndedBefore(rooms(groupId), clock.now(), PAST_MAX);
    }

    /** The month it is now in the platform's zone. */
    public YearMonth thisMonth() {
        return YearMonth.from(clock.now().atZone(dates.zone()));
    }

    private List<Long> rooms(Long groupId) {
        Person me = access.requireChatter();
        if (groupId == null) {
            return repository.roomsOf(me.getId()).stream().map(Room::getId).toList();
        }
        access.requireRead(access.room(groupId), me);
        return List.of(groupId);
    }
}
