package al.rrjeti.campaigns.web;

import al.rrjeti.campaigns.application.Memberships;
import al.rrjeti.campaigns.application.PositionLetter;
import al.rrjeti.campaigns.application.PositionService;
import al.rrjeti.campaigns.application.VersionDiff;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionVersion;
import al.rrjeti.campaigns.domain.Signature;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code campaigns/position.xhtml}: a joint position, its signatories, versions and their differences; signing. */
@Named("campaignsPositionBacking")
@ViewScoped
public class CampaignsPositionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient PositionService positions;

    @Inject
    private transient Memberships memberships;

    @Inject
    private transient Caller caller;

    @Inject
    private transient al.rrjeti.campaigns.application.PositionArchive archive;

    @Inject
    private transient Messages messages;

    private Long id;
    private Integer from;
    private Integer to;
    private Long organisationId;
    private String note;
    private String answer;
    private transient Position position;

    public void load() {
        position = Pages.read(() -> positions.read(id), caller.isLoggedIn());
    }

    public Position getPosition() {
        if (position == null && id != null) {
            position = positions.read(id);
        }
        return position;
    }

    public String getReference() {
        return PositionLetter.reference(getPosition());
    }

    private transient List<al.rrjeti.campaigns.application.PositionAttachments.Listed> attachments;

    @Inject
    private transient al.rrjeti.campaigns.application.PositionAttachments documents;

    /** The position's documents, read once a request. */
    public List<al.rrjeti.campaigns.application.PositionAttachments.Listed> getAttachments() {
        if (attachments == null) {
            attachments = documents.of(id);
        }
        return attachments;
    }

    public List<Signature> getSignatures() {
        return positions.signatures(id);
    }

    public List<PositionVersion> getVersions() {
        return positions.versions(id);
    }

    /** The difference asked for, or between the last two versions; null when there is one version. */
    public VersionDiff getDiff() {
        int last = getPosition().getVersionNumber();
        int a = from == null ? last - 1 : from;
        int b = to == null ? last : to;
        if (a < 1 || b < 1 || a == b) {
            return null;
        }
        try {
            return positions.diff(id, a, b);
        } catch (BusinessException e) {
            return null;
        }
    }

    /** The organisations the caller may sign for. */
    public List<OrganisationRef> getRepresented() {
        return caller.account().map(me -> memberships.represented(me.getId())).orElse(List.of());
    }

    public boolean isMayWrite() {
        return positions.mayWrite(getPosition());
    }

    public boolean isMayDeposit() {
        return archive.mayDeposit(getPosition());
    }

    public void deposit() {
        messages.attempt("deposit", () -> archive.deposit(id), "campaigns.position.deposit.done");
        position = null;
    }

    public boolean isMayAnswer() {
        return positions.mayAnswer(getPosition());
    }

    public void open() {
        messages.attempt("manage", () -> positions.open(id), "campaigns.position.opened");
        position = null;
    }

    public void sign() {
        try {
            messages.info(positions.sign(id, organisationId) ? "campaigns.signature.published"
                    : "campaigns.signature.done");
        } catch (BusinessException e) {
            messages.refused("sign", e);
        }
        position = null;
    }

    public void withdraw() {
        messages.attempt("sign", () -> positions.withdraw(id, organisationId, note), "campaigns.signature.withdrawn");
        position = null;
    }

    public void attachAnswer() {
        messages.attempt("answer", () -> positions.answer(id, answer), "campaigns.position.answered");
        position = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
