package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many answers a question got with one value: an option (by id), a scale number, or, in a
 * matrix, an option for one row. Kept as answers come, so results never read the answers.
 */
@Entity
@Table(name = "survey_tally")
public class Tally {

    /** The row of questions that are no matrix. */
    public static final long NO_ROW = 0L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "row_id", nullable = false)
    private long rowId;

    @Column(name = "value_key", nullable = false)
    private long valueKey;

    @Column(name = "answers", nullable = false)
    private long answers;

    protected Tally() {
    }

    public Tally(Long questionId, long rowId, long valueKey) {
        this.questionId = questionId;
        this.rowId = rowId;
        this.valueKey = valueKey;
    }

    public void add() {
        answers++;
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

    public long getAnswers() {
        return answers;
    }
}
