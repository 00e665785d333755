package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many responses a survey got from one respondent group, kept as they come (results never count rows). */
@Entity
@Table(name = "survey_group_count")
public class GroupCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group", nullable = false, length = 10)
    private RespondentGroup group;

    @Column(name = "responses", nullable = false)
    private long responses;

    protected GroupCount() {
    }

    public GroupCount(Long surveyId, RespondentGroup group) {
        this.surveyId = surveyId;
        this.group = group;
    }

    public void add() {
        responses++;
    }

    public void add(long more) {
        responses += more;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public RespondentGroup getGroup() {
        return group;
    }

    public long getResponses() {
        return responses;
    }
}
