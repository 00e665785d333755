package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One anonymous filling-in of a survey: a random id, the day and the respondent's coarse group, and
 * whether the fold has added it to the survey's tallies yet; nothing more.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 10)
    private RespondentGroup group;

    /** Added to the tallies (by the fold, in the transaction that added it; never before it was committed). */
    @Column(name = "folded", nullable = false)
    private boolean folded;

    protected Response() {
    }

    public Response(Long surveyId, LocalDate answeredOn, RespondentGroup group) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = surveyId;
        this.answeredOn = answeredOn;
        this.group = group;
    }

    public String getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public RespondentGroup getGroup() {
        return group;
    }

    public boolean isFolded() {
        return folded;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
