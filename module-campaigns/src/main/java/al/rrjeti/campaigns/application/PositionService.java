package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionRepository;
import al.rrjeti.campaigns.domain.PositionStatus;
import al.rrjeti.campaigns.domain.PositionText;
import al.rrjeti.campaigns.domain.PositionVersion;
import al.rrjeti.campaigns.domain.Signature;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.Audit;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.OrganisationType;
import al.rrjeti.kernel.api.Permissions;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.PublicContentChanged;
import al.rrjeti.kernel.api.i18n.DateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Joint positions: a member of a verified CSO drafts one for their organisation and edits it
 * (every edit a new version); representatives of verified CSOs sign it, one signature per
 * organisation; it publishes itself when its rule is met, is frozen from then on and goes to the
 * addressed institution by mail. Every rule is checked here, whoever calls.
 */
@ApplicationScoped
public class PositionService {

    /** Anonymous readers' cached pages go when this service changes what they see. */
    @Inject
    private Event<PublicContentChanged> publicChange;

    @Inject
    private PositionRepository positions;

    @Inject
    private Memberships memberships;

    @Inject
    private Permissions permissions;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Audit audit;

    @Inject
    private PositionLetter letter;

    @Inject
    private PositionArchive archive;

    /** Drafts a joint position in the name of a verified CSO the caller belongs to. */
    @Transactional
    public Position draft(Long organisationId, PositionDraft draft) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        permissions.require(CampaignsModule.POSITION);
        if (!memberships.isVerifiedMember(me.getId(), organisationId, OrganisationType.CSO)) {
            throw new AccessDeniedException();
        }
        draft.check(today());
        Position p = new Position(organisationId, me.getId(), draft.text(), draft.addressee(), draft.rule(), clock.now());
        positions.add(p);
        positions.add(new PositionVersion(p.getId(), p.getVersionNumber(), p.text(), me.getId(), clock.now()));
        audit.record(caller.auditName(), "campaigns.position.drafted", "position " + p.getId(), null);
        return p;
    }

    /** A new version of the text (and addressee, rule); signatures given before need renewing. */
    @Transactional
    public Position edit(Long id, PositionDraft draft) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        Position p = positions.lock(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        requireWriter(me, p);
        if (p.getStatus().frozen()) {
            throw new BusinessException("campaigns.position.frozen");
        }
        draft.check(today());
        p.address(draft.addressee(), draft.rule());
        if (!draft.text().sha256().equals(p.getTextHash())) {
            p.rewrite(draft.text());
            positions.add(new PositionVersion(p.getId(), p.getVersionNumber(), p.text(), me.getId(), clock.now()));
            audit.record(caller.auditName(), "campaigns.position.edited", "position " + p.getId(),
                    "version " + p.getVersionNumber());
        }
        return p;
    }

    /** The initiators open the draft for signature. */
    @Transactional
    public void open(Long id) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        Position p = positions.lock(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        requireWriter(me, p);
        if (p.getStatus() != PositionStatus.DRAFT) {
            throw new BusinessException("campaigns.position.not-draft");
        }
        p.open();
        audit.record(caller.auditName(), "campaigns.position.opened", "position " + p.getId(), null);
    }

    /**
     * The caller signs for an organisation they represent (or renews its signature after an
     * edit). The position's row is locked first, so the N-th signature is counted exactly once.
     *
     * @return whether this signature published the position
     */
    @Transactional
    public boolean sign(Long id, Long organisationId) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        if (!memberships.represents(me.getId(), organisationId, OrganisationType.CSO)) {
            throw new AccessDeniedException();
        }
        Position p = positions.lock(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        if (p.getStatus().frozen()) {
            throw new BusinessException("campaigns.position.frozen");
        }
        if (p.getStatus() != PositionStatus.OPEN) {
            throw new BusinessException("campaigns.position.not-open");
        }
        var existing = positions.signature(id, organisationId);
        if (existing.isPresent()) {
            Signature s = existing.get();
            if (s.validFor(p)) {
                throw new BusinessException("campaigns.signature.already");
            }
            s.renew(me.getId(), p.getVersionNumber(), p.getTextHash(), clock.now());
        } else {
            positions.add(new Signature(id, organisationId, me.getId(), p.getVersionNumber(), p.getTextHash(),
                    clock.now()));
        }
        audit.record(caller.auditName(), "campaigns.position.signed", "position " + id, "organisation " + organisationId);
        List<Signature> all = positions.signatures(id);
        if (p.rule().reachedBy(valid(p, all))) {
            publish(p, all, caller.auditName());
            return true;
        }
        return false;
    }

    /**
     * A representative takes the organisation's signature back: before publication it simply
     * goes; after, it stays on the list marked withdrawn, with the note the organisation gives.
     */
    @Transactional
    public void withdraw(Long id, Long organisationId, String note) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        if (!memberships.represents(me.getId(), organisationId, OrganisationType.CSO)) {
            throw new AccessDeniedException();
        }
        Position p = positions.lock(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        Signature s = positions.signature(id, organisationId).filter(x -> !x.isWithdrawn())
                .orElseThrow(() -> new BusinessException("campaigns.signature.none"));
        if (p.getStatus().frozen()) {
            new Checks().required("note", note, "campaigns.signature.note.required").maxLength("note", note, 1000)
                    .throwIfAny();
            s.withdraw(note.strip(), clock.now());
        } else {
            positions.remove(s);
        }
        audit.record(caller.auditName(), "campaigns.position.withdrawn", "position " + id, "organisation " + organisationId);
    }

    /** The institution's answer, attached by an editor or a member of the addressed institution. */
    @Transactional
    public void answer(Long id, String text) {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        Position p = positions.lock(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        if (!mayAnswer(p)) {
            throw new AccessDeniedException();
        }
        if (!p.getStatus().frozen()) {
            throw new BusinessException("campaigns.position.not-published");
        }
        new Checks().required("answer", text, "campaigns.position.answer.required").maxLength("answer", text, 50_000)
                .throwIfAny();
        p.answer(text.strip(), me.getId(), clock.now());
        audit.record(caller.auditName(), "campaigns.position.answered", "position " + id, null);
    }

    /** The job: positions whose publication date has come, with at least one valid signature. */
    @Transactional
    public int publishDue() {
        publicChange.fire(PublicContentChanged.of("campaigns"));
        int published = 0;
        for (Position open : positions.withStatus(List.of(PositionStatus.OPEN))) {
            Position p = positions.lock(open.getId()).orElseThrow();
            List<Signature> all = positions.signatures(p.getId());
            if (p.getStatus() == PositionStatus.OPEN && p.rule().dueOn(today(), valid(p, all))) {
                publish(p, all, "system");
                published++;
            }
        }
        return published;
    }

    /**
     * A position as its reader may see it: drafts only to members of verified organisations (who
     * comment on them and propose changes) and editors.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Position read(Long id) {
        Position p = positions.find(id).orElseThrow(() -> new BusinessException("campaigns.position.unknown"));
        if (!mayRead(p)) {
            throw new AccessDeniedException();
        }
        return p;
    }

    /** Whether the caller may read the position (and its documents): a draft only in the network or as an editor. */
    public boolean mayRead(Position p) {
        return p.getStatus() != PositionStatus.DRAFT || inNetwork() || permissions.may(CampaignsModule.EDIT);
    }

    /** Drafts the caller may read and comment on: every draft, for members of verified organisations. */
    public List<Position> draftsForComment() {
        return inNetwork() ? positions.withStatus(List.of(PositionStatus.DRAFT)) : List.of();
    }

    /** Whether the caller belongs to a verified organisation: the network that discusses drafts. */
    public boolean inNetwork() {
        return caller.account().map(me -> !memberships.verified(me.getId(), null).isEmpty()).orElse(false);
    }

    /** An accepted proposal's text as the position's next version (the position is locked by the caller). */
    void rewriteAccepted(Position p, PositionText text, Long authorId, Long proposalId) {
        p.rewrite(text);
        positions.add(new PositionVersion(p.getId(), p.getVersionNumber(), p.text(), authorId, clock.now()));
        audit.record(caller.auditName(), "campaigns.position.proposal-accepted", "position " + p.getId(),
                "version " + p.getVersionNumber() + ", proposal " + proposalId);
    }

    /** Positions open for signature, published or answered: what everyone reads. */
    public List<Position> visible() {
        return positions.withStatus(List.of(PositionStatus.OPEN, PositionStatus.PUBLISHED, PositionStatus.ANSWERED));
    }

    public List<Signature> signatures(Long id) {
        read(id);
        return positions.signatures(id);
    }

    public List<PositionVersion> versions(Long id) {
        read(id);
        return positions.versions(id);
    }

    /** What changed from one version to another. */
    public VersionDiff diff(Long id, int from, int to) {
        read(id);
        PositionVersion a = positions.version(id, from)
                .orElseThrow(() -> new InvalidInputException("from", "campaigns.version.unknown"));
        PositionVersion b = positions.version(id, to)
                .orElseThrow(() -> new InvalidInputException("to", "campaigns.version.unknown"));
        return VersionDiff.between(from, a.text(), to, b.text());
    }

    /** Whether the caller may edit and open the position: a member of its verified organisation, while not frozen. */
    public boolean mayWrite(Position p) {
        return caller.account().map(me -> memberships.isVerifiedMember(me.getId(), p.getOrganisationId(),
                OrganisationType.CSO)).orElse(false);
    }

    /** The letter sent to the institution, as PDF; only once the position is published. */
    public byte[] letter(Long id) {
        Position p = read(id);
        if (!p.getStatus().frozen()) {
            throw new BusinessException("campaigns.position.not-published");
        }
        return letter.pdf(p, positions.signatures(id));
    }

    /** Whether the caller may attach the institution's answer: an editor, or a member of the addressed institution. */
    public boolean mayAnswer(Position p) {
        return permissions.may(CampaignsModule.EDIT) || caller.account().map(me -> memberships.isVerifiedMember(
                me.getId(), p.getInstitutionOrganisationId(), OrganisationType.INSTITUTION)).orElse(false);
    }

    private void requireWriter(Person me, Position p) {
        if (!memberships.isVerifiedMember(me.getId(), p.getOrganisationId(), OrganisationType.CSO)) {
            throw new AccessDeniedException();
        }
    }

    private void publish(Position p, List<Signature> signatures, String actor) {
        p.publish(clock.now());
        letter.send(p, signatures);
        archive.published(p, signatures);
        audit.record(actor, "campaigns.position.published", "position " + p.getId(), PositionLetter.reference(p));
    }

    private static int valid(Position p, List<Signature> signatures) {
        return (int) signatures.stream().filter(s -> s.validFor(p)).count();
    }

    private LocalDate today() {
        return clock.now().atZone(dateTimes.zone()).toLocalDate();
    }
}
