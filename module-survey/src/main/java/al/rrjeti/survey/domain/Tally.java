package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many answers a question got with one value: an option (by id), a scale number, or, in a
 * matrix, an option for one row, from one respondent group. Kept as answers come, so results never
 * read the answers.
 */
@Entity
@Table(name = "survey_tally")
public class Tally {

    /** The row of questions that are no matrix. */
    public static final long NO_ROW = 0L;

    /** The row of the count of responses that answered the question at all (a multiple choice counts once). */
    public static final long ANSWERED_ROW = -1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "row_id", nullable = false)
    private long rowId;

    @Column(name = "value_key", nullable = false)
    private long valueKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 10)
    private RespondentGroup group;

    @Column(name = "answers", nullable = false)
    private long answers;

    protected Tally() {
    }

    public Tally(Long questionId, long rowId, long valueKey, RespondentGroup group) {
        this.questionId = questionId;
        this.rowId = rowId;
        this.valueKey = valueKey;
        this.group = group;
    }

    public void add() {
        answers++;
    }

    public void add(long more) {
        answers += more;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public long getRowId() {
        return rowId;
    }

    public long getValueKey() {
        return valueKey;
    }

    public RespondentGroup getGroup() {
        return group;
    }

    public long getAnswers() {
        return answers;
    }
}
