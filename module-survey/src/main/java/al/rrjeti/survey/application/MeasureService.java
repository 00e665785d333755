package al.rrjeti.survey.application;

import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.InvalidInputException.Violation;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.StaffAlerts;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.survey.SurveyModule;
import al.rrjeti.survey.domain.Answer;
import al.rrjeti.survey.domain.Aspect;
import al.rrjeti.survey.domain.Measure;
import al.rrjeti.survey.domain.MeasureRepository;
import al.rrjeti.survey.domain.MeasureStat;
import al.rrjeti.survey.domain.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard: editors keep the measures; people with an account rate each one (1–5 on each
 * {@link Aspect}), may change their rating, never give a second one. Every rating is counted into
 * the running totals in the same transaction, so results never read the ratings.
 */
@ApplicationScoped
public class MeasureService {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    /** What an editor writes about a measure. */
    public record MeasureForm(String institutionSq, String institutionEn, String titleSq, String titleEn,
            String descriptionSq, String descriptionEn, LocalDate startsOn, LocalDate endsOn, String sources) {
    }

    /** A person's rating as they gave it. */
    public record Given(int effective, int visible, int trust, String comment) {
    }

    /**
     * A comment as the measure's page shows it: the text, the day it was written and the rating
     * given with it; nothing of who wrote it.
     */
    public record Comment(String text, LocalDate day, int effective, int visible, int trust) {
    }

    /** One page of a measure's shown comments (numbered from 0), and whether newer or older ones exist. */
    public record Comments(List<Comment> shown, int page, boolean newer, boolean older) {
    }

    /** Comments per page on a measure's page. */
    public static final int COMMENTS_PER_PAGE = 10;

    static final int COMMENT_MAX = 1000;

    @Inject
    private MeasureRepository measures;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private Keys keys;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Audit audit;

    @Inject
    private StaffAlerts staff;

    @Inject
    private TextModeration moderation;

    public List<Measure> all() {
        return measures.all();
    }

    public Measure get(Long id) {
        return measures.find(id).orElseThrow(() -> new BusinessException("survey.measure.unknown"));
    }

    /** An editor adds a measure. */
    @Transactional
    public Measure create(MeasureForm form) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.EDIT_MEASURES);
        check(form);
        Measure m = new Measure(clock.now());
        describe(m, form);
        measures.add(m);
        audit.record(caller.auditName(), "survey.measure.created", "measure " + m.getId(), null);
        return m;
    }

    /** An editor corrects a measure; its ratings stay. */
    @Transactional
    public void update(Long id, MeasureForm form) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.EDIT_MEASURES);
        Measure m = get(id);
        check(form);
        describe(m, form);
        audit.record(caller.auditName(), "survey.measure.updated", "measure " + id, null);
    }

    /**
     * Rates a measure, or changes the caller's rating of it: one rating per person and measure,
     * found again by its keyed hash; the totals follow (the old values out, the new ones in).
     */
    @Transactional
    public void rate(Long measureId, Given given) {
        publicChange.fire(PublicContentChanged.of("survey"));
        permissions.require(SurveyModule.RATE);
        long account = caller.requireAccount().getId();
        checkRating(given);
        measures.lock(measureId).orElseThrow(() -> new BusinessException("survey.measure.unknown"));
        String key = keys.rater(account, measureId);
        String month = YearMonth.from(clock.now().atZone(dateTimes.zone())).toString();
        Optional<Rating> existing = measures.rating(measureId, key);
        // Moderators are told once per empty queue (free-text answers and comments together), not per comment.
        boolean queueWasEmpty = blankToNull(given.comment()) != null && moderation.countPending() == 0;
        Rating rating;
        if (existing.isPresent()) {
            rating = existing.get();
            count(rating, -1);
        } else {
            rating = new Rating(measureId, key);
        }
        rating.set(given.effective(), given.visible(), given.trust(), blankToNull(given.comment()), month,
                LocalDate.ofInstant(clock.now(), dateTimes.zone()));
        if (existing.isEmpty()) {
            measures.add(rating);
        }
        count(rating, +1);
        if (queueWasEmpty && rating.getCommentStatus() == Answer.TextStatus.PENDING) {
            staff.entered(SurveyModule.TEXTS_QUEUE, new NotificationText(SurveyModule.MESSAGES,
                    MeasureService.class.getClassLoader(), "survey.notification.texts.title",
                    "survey.notification.texts.body", "/survey/moderation.xhtml"));
        }
    }

    /**
     * The comments of a measure a moderator let through, newest first, one page of them ({@code page}
     * from 0; a page past the last is empty). Public: no permission needed, nothing of the author.
     */
    public Comments comments(Long measureId, int page) {
        int p = Math.max(0, page);
        List<Rating> found = measures.comments(measureId, Answer.TextStatus.APPROVED, p * COMMENTS_PER_PAGE,
                COMMENTS_PER_PAGE + 1);
        List<Comment> shown = found.stream().limit(COMMENTS_PER_PAGE).map(r -> new Comment(r.getComment(),
                r.getCommentedOn(), r.getEffective(), r.getVisible(), r.getTrust())).toList();
        return new Comments(shown, p, p > 0, found.size() > COMMENTS_PER_PAGE);
    }

    /** The caller's own rating of a measure, if they gave one. */
    public Optional<Rating> mine(Long measureId) {
        if (!keys.available()) {
            return Optional.empty();
        }
        return caller.account().flatMap(p -> measures.rating(measureId, keys.rater(p.getId(), measureId)));
    }

    /** Takes a rating out of its measure's totals and deletes it (the person's erasure). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Rating rating) {
        publicChange.fire(PublicContentChanged.of("survey"));
        measures.lock(rating.getMeasureId());
        count(rating, -1);
        measures.remove(rating);
    }

    private void count(Rating rating, int sign) {
        for (Aspect aspect : Aspect.values()) {
            for (String period : List.of(MeasureStat.ALL, rating.getMonth())) {
                MeasureStat stat = measures.stat(rating.getMeasureId(), aspect, period).orElseGet(() -> {
                    MeasureStat s = new MeasureStat(rating.getMeasureId(), aspect, period);
                    measures.add(s);
                    return s;
                });
                stat.count(rating.value(aspect), sign);
            }
        }
    }

    private static void checkRating(Given g) {
        List<Violation> v = new ArrayList<>();
        int[] values = {g.effective(), g.visible(), g.trust()};
        for (Aspect a : Aspect.values()) {
            int value = values[a.ordinal()];
            if (value < Rating.MIN || value > Rating.MAX) {
                v.add(new Violation(a.key(), "survey.rating.range", Rating.MIN, Rating.MAX));
            }
        }
        if (g.comment() != null && g.comment().strip().length() > COMMENT_MAX) {
            v.add(new Violation("comment", "survey.input.length", COMMENT_MAX));
        }
        InvalidInputException.throwIfAny(v);
    }

    private static void check(MeasureForm f) {
        List<Violation> v = new ArrayList<>();
        required(v, "institutionSq", f.institutionSq(), 200);
        optional(v, "institutionEn", f.institutionEn(), 200);
        required(v, "titleSq", f.titleSq(), 200);
        optional(v, "titleEn", f.titleEn(), 200);
        optional(v, "descriptionSq", f.descriptionSq(), 4000);
        optional(v, "descriptionEn", f.descriptionEn(), 4000);
        optional(v, "sources", f.sources(), 2000);
        if (f.startsOn() != null && f.endsOn() != null && f.endsOn().isBefore(f.startsOn())) {
            v.add(new Violation("endsOn", "survey.measure.dates"));
        }
        if (f.sources() != null) {
            for (String line : f.sources().split("\\R")) {
                if (!line.isBlank() && !isWebAddress(line.strip())) {
                    v.add(new Violation("sources", "survey.measure.source"));
                    break;
                }
            }
        }
        InvalidInputException.throwIfAny(v);
    }

    private static boolean isWebAddress(String s) {
        try {
            URI u = new URI(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<Violation> v, String field, String value, int max) {
        if (value == null || value.strip().length() < 2) {
            v.add(new Violation(field, "survey.input.required"));
        } else {
            optional(v, field, value, max);
        }
    }

    private static void optional(List<Violation> v, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            v.add(new Violation(field, "survey.input.length", max));
        }
    }

    private static void describe(Measure m, MeasureForm f) {
        m.describe(BilingualText.of(strip(f.institutionSq()), strip(f.institutionEn())),
                BilingualText.of(strip(f.titleSq()), strip(f.titleEn())),
                BilingualText.of(strip(f.descriptionSq()), strip(f.descriptionEn())), f.startsOn(), f.endsOn(),
                blankToNull(f.sources()));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
