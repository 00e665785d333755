package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.PositionDraft;
import al.rrjeti.campaigns.domain.Position;
import java.io.Serializable;
import java.time.LocalDate;

/** What the joint position form holds: the text in both languages, whom it addresses, when it publishes itself. */
public class PositionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private BilingualField title = new BilingualField();
    private BilingualField body = new BilingualField();
    private String law;
    private String institutionName;
    private String institutionEmail;
    private Integer publishAtSignatures;
    private LocalDate publishOn;

    static PositionForm of(Position p) {
        PositionForm f = new PositionForm();
        f.title = BilingualField.of(p.getTitle());
        f.body = BilingualField.of(p.getBody());
        f.law = p.getLaw();
        f.institutionName = p.getInstitutionName();
        f.institutionEmail = p.getInstitutionEmail();
        f.publishAtSignatures = p.getPublishAtSignatures();
        f.publishOn = p.getPublishOn();
        return f;
    }

    PositionDraft draft() {
        return new PositionDraft(title.getSq(), title.getEn(), body.getSq(), body.getEn(), law, institutionName,
                institutionEmail, null, publishAtSignatures, publishOn);
    }

    public BilingualField getTitle() {
        return title;
    }

    public BilingualField getBody() {
        return body;
    }

    public String getLaw() {
        return law;
    }

    public void setLaw(String law) {
        this.law = law;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public void setInstitutionName(String institutionName) {
        this.institutionName = institutionName;
    }

    public String getInstitutionEmail() {
        return institutionEmail;
    }

    public void setInstitutionEmail(String institutionEmail) {
        this.institutionEmail = institutionEmail;
    }

    public Integer getPublishAtSignatures() {
        return publishAtSignatures;
    }

    public void setPublishAtSignatures(Integer publishAtSignatures) {
        this.publishAtSignatures = publishAtSignatures;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public void setPublishOn(LocalDate publishOn) {
        this.publishOn = publishOn;
    }
}
