package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One anonymous filling-in of a survey: a random id and the day, nothing more. */
@Entity
@Table(name = "survey_response")
public class Response {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    protected Response() {
    }

    public Response(Long surveyId, LocalDate answeredOn) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = surveyId;
        this.answeredOn = answeredOn;
    }

    public String getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
