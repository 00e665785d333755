package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's rating of one measure. It names nobody: the rater key is a keyed hash of account
 * and measure, so the same person finds (and changes) their rating, and only a holder of the
 * server's secret, which the database does not keep, can tell whose it is. The month is all the
 * time it keeps.
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

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Rating() {
    }

    public Rating(Long measureId, String raterKey) {
        this.measureId = measureId;
        this.raterKey = raterKey;
    }

    public void set(int effective, int visible, int trust, String comment, String month) {
        this.effective = effective;
        this.visible = visible;
        this.trust = trust;
        this.comment = comment;
        this.month = month;
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
