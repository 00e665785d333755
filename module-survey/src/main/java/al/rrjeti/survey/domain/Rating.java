package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One person's rating of one measure. It names nobody: the rater key is a keyed hash of account
 * and measure, so the same person finds (and changes) their rating, and only a holder of the
 * server's secret, which the database does not keep, can tell whose it is. The month is all the
 * time it keeps of the rating; an optional comment keeps the day it was written, shown beside it on
 * the measure's page once a moderator has let it through (a changed comment waits again).
 */
@Entity
@Table(name = "survey_rating")
public class Rating {

    public static final int MIN = 1;
    public static final int MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "rater_key", nullable = false, length = 64)
    private String raterKey;

    @Column(name = "effective", nullable = false)
    private int effective;

    @Column(name = "visible", nullable = false)
    private int visible;

    @Column(name = "trust", nullable = false)
    private int trust;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Column(name = "rated_month", nullable = false, length = 7)
    private String month;

    /** Where the comment stands with the moderators; null without a comment. */
    @Enumerated(EnumType.STRING)
    @Column(name = "comment_status", length = 10)
    private Answer.TextStatus commentStatus;

    /** The day the comment was written (or last changed); null without a comment. */
    @Column(name = "commented_on")
    private LocalDate commentedOn;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Rating() {
    }

    public Rating(Long measureId, String raterKey) {
        this.measureId = measureId;
        this.raterKey = raterKey;
    }

    /**
     * The rating as now given. A new or changed comment waits for a moderator again (dated today);
     * the same comment keeps its standing and day; none clears both.
     */
    public void set(int effective, int visible, int trust, String comment, String month, LocalDate today) {
        this.effective = effective;
        this.visible = visible;
        this.trust = trust;
        this.month = month;
        if (comment == null) {
            this.commentStatus = null;
            this.commentedOn = null;
        } else if (!comment.equals(this.comment)) {
            this.commentStatus = Answer.TextStatus.PENDING;
            this.commentedOn = today;
        }
        this.comment = comment;
    }

    /** A moderator lets the comment be shown, or keeps it hidden for good (until it is changed). */
    public void moderateComment(boolean approve) {
        commentStatus = approve ? Answer.TextStatus.APPROVED : Answer.TextStatus.REJECTED;
    }

    public Answer.TextStatus getCommentStatus() {
        return commentStatus;
    }

    public LocalDate getCommentedOn() {
        return commentedOn;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public int value(Aspect aspect) {
        return switch (aspect) {
            case EFFECTIVE -> effective;
            case VISIBLE -> visible;
            case TRUST -> trust;
        };
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getRaterKey() {
        return raterKey;
    }

    public int getEffective() {
        return effective;
    }

    public int getVisible() {
        return visible;
    }

    public int getTrust() {
        return trust;
    }

    public String getComment() {
        return comment;
    }

    public String getMonth() {
        return month;
    }
}
