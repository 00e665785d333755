package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One value given in a response: an option (for a matrix, with its row), a number or a text.
 * Free text is shown only after a moderator lets it through.
 */
@Entity
@Table(name = "survey_answer")
public class Answer {

    /** Where a free-text answer stands with the moderators. */
    public enum TextStatus { PENDING, APPROVED, REJECTED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "response_id", nullable = false, length = 36)
    private String responseId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "row_id")
    private Long rowId;

    @Column(name = "choice_id")
    private Long choiceId;

    @Column(name = "number_value")
    private Integer number;

    @Column(name = "text_value", length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status", length = 10)
    private TextStatus textStatus;

    protected Answer() {
    }

    private Answer(String responseId, Long questionId) {
        this.id = UUID.randomUUID().toString();
        this.responseId = responseId;
        this.questionId = questionId;
    }

    public static Answer choice(String responseId, Long questionId, Long rowId, Long choiceId) {
        Answer a = new Answer(responseId, questionId);
        a.rowId = rowId;
        a.choiceId = choiceId;
        return a;
    }

    public static Answer number(String responseId, Long questionId, int number) {
        Answer a = new Answer(responseId, questionId);
        a.number = number;
        return a;
    }

    public static Answer text(String responseId, Long questionId, String text) {
        Answer a = new Answer(responseId, questionId);
        a.text = text;
        a.textStatus = TextStatus.PENDING;
        return a;
    }

    public void moderate(boolean approve) {
        textStatus = approve ? TextStatus.APPROVED : TextStatus.REJECTED;
    }

    public String getId() {
        return id;
    }

    public String getResponseId() {
        return responseId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Long getRowId() {
        return rowId;
    }

    public Long getChoiceId() {
        return choiceId;
    }

    public Integer getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }
}
