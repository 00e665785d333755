package al.rrjeti.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "Someone has answered this survey": a keyed hash of account and survey and nothing else, no
 * survey id, no time, no link to the response, so one person answers once and no answer can be
 * traced back to them.
 */
@Entity
@Table(name = "survey_participation")
public class Participation {

    @Id
    @Column(name = "marker", length = 64)
    private String marker;

    protected Participation() {
    }

    public Participation(String marker) {
        this.marker = marker;
    }

    public String getMarker() {
        return marker;
    }
}
