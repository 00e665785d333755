package al.rrjeti.survey.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An option of a choice question, or an item (row) of a matrix. */
@Entity
@Table(name = "survey_choice")
public class Choice {

    public static final String OPTION = "OPTION";
    public static final String ROW = "ROW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "kind", nullable = false, length = 6)
    private String kind;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "label_sq", length = 300))
    @AttributeOverride(name = "en", column = @Column(name = "label_en", length = 300))
    private BilingualText label;

    protected Choice() {
    }

    public Choice(Long questionId, String kind, int position, BilingualText label) {
        this.questionId = questionId;
        this.kind = kind;
        this.position = position;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public boolean isRow() {
        return ROW.equals(kind);
    }

    public int getPosition() {
        return position;
    }

    public BilingualText getLabel() {
        return label == null ? BilingualText.of(null, null) : label;
    }
}
