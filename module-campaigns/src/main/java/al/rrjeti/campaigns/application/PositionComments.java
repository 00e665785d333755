package al.rrjeti.campaigns.application;

import al.rrjeti.kernel.api.PublicContentChanged;
import jakarta.enterprise.event.Event;
import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.Paragraphs;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.PositionComment;
import al.rrjeti.campaigns.domain.PositionRepository;
import al.rrjeti.campaigns.domain.PositionText;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.Language;
import al.rrjeti.kernel.api.limits.RateLimit;
import al.rrjeti.kernel.api.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/**
 * The discussion of a joint position before it is frozen: members of verified organisations
 * comment on a paragraph of the current version or propose replacement text for it; the
 * initiating organisation accepts a proposal (the position's next version, so signatures of the
 * old text need renewing) or rejects it with a reason, and the proposer is told either way.
 */
@ApplicationScoped
public class PositionComments {

    @Inject
    private Event<PublicContentChanged> publicChange;

    /** Enough for a working session on a draft, too few for a flood. */
    static final RateLimit BUDGET = RateLimit.of("campaigns-comments", 20, Duration.ofMinutes(10));

    @Inject
    private PositionRepository positions;

    @Inject
    private PositionService service;

    @Inject
    private Memberships memberships;

    @Inject
    private Caller caller;

    @Inject
    private PlatformClock clock;

    @Inject
    private Notifier notifier;

    @Inject
    private RateLimits limits;

    /**
     * A comment on paragraph {@code paragraph} (from 0) of the current text in a language; with
     * {@code proposedText}, a proposal to replace that paragraph.
     */
    @Transactional
    public PositionComment comment(Long positionId, String language, int paragraph, String body, String proposedText) {
        // Dropped after the commit only (the observer waits for it): the public pages show it.
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Person me = caller.requireAccount();
        OrganisationRef org = organisationOf(me, positionId);
        Position p = service.read(positionId);
        if (p.getStatus().frozen()) {
            throw new BusinessException("campaigns.position.frozen");
        }
        List<String> paragraphs = paragraphs(p, language);
        boolean known = paragraph >= 0 && paragraph < paragraphs.size();
        String original = known ? paragraphs.get(paragraph) : null;
        boolean proposal = !Checks.blank(proposedText);
        new Checks().at("paragraph", !known, "campaigns.comment.paragraph.unknown")
                .at("body", Checks.blank(body) && !proposal, "campaigns.comment.required")
                .maxLength("body", body, 5000).maxLength("proposedText", proposedText, 20_000)
                .at("proposedText", proposal && known && proposedText.strip().equals(original), "campaigns.proposal.same")
                .throwIfAny();
        String key = "person:" + me.getId();
        limits.check(key, "campaigns.comment.too-fast", BUDGET);
        PositionComment c = new PositionComment(p.getId(), p.getVersionNumber(), language, paragraph, original,
                me.getId(), org.getId(), Checks.clean(body), proposal ? proposedText.strip() : null, clock.now());
        positions.add(c);
        limits.spend(key, BUDGET);
        return c;
    }

    /** The initiators take a proposal in: the paragraph replaced, as the position's next version. */
    @Transactional
    public Position accept(Long commentId) {
        // Dropped after the commit only (the observer waits for it): the public pages show it.
        publicChange.fire(PublicContentChanged.of("campaigns"));
        Decision d = decision(commentId);
        Language version = Language.fromCode(d.comment().getLanguage()).orElseThrow();
        List<String> now = paragraphs(d.position(), d.comment().getLanguage());
        int i = d.comment().getParagraph();
        if (i >= now.size() || !now.get(i).equals(d.comment().getOriginalText())) {
            throw new BusinessException("campaigns.proposal.outdated");
        }
        Position p = d.position();
        BilingualText body = p.getBody().with(version,
                Paragraphs.replace(p.getBody().exactly(version), i, d.comment().getProposedText()));
        service.rewriteAccepted(p, new PositionText(p.getTitle().getSq(), p.getTitle().getEn(), body.getSq(), body.getEn()),
                d.me().getId(), commentId);
        d.comment().decide(true, null, d.me().getId(), clock.now());
        tell(d, "campaigns.notification.proposal.accepted.title", "campaigns.notification.proposal.accepted.body");
        return p;
    }

    /** The initiators turn a proposal down, saying why. */
    @Transactional
    public void reject(Long commentId, String reason) {
        // Dropped after the commit only (the observer waits for it): the public pages show it.
        publicChange.fire(PublicContentChanged.of("campaigns"));
        new Checks().required("reason", reason, "campaigns.proposal.reason.required").maxLength("reason", reason, 1000)
                .throwIfAny();
        Decision d = decision(commentId);
        d.comment().decide(false, reason.strip(), d.me().getId(), clock.now());
        tell(d, "campaigns.notification.proposal.rejected.title", "campaigns.notification.proposal.rejected.body");
    }

    /** The position's comments, for whoever may read it. */
    public List<PositionComment> comments(Long positionId) {
        service.read(positionId);
        return positions.comments(positionId);
    }

    /** One paragraph (from 0) of one language's version of a position's text, and the comments on it. */
    public record DiscussedParagraph(int index, String text, List<PositionComment> comments) {
    }

    /**
     * The text of a position in one language's version, paragraph by paragraph as comments anchor
     * to them, each with the comments made on it in that language; empty for a language that is
     * not one of the platform's.
     */
    public List<DiscussedParagraph> discussion(Long positionId, String language) {
        List<String> texts = paragraphs(service.read(positionId), language);
        List<PositionComment> all = positions.comments(positionId);
        List<DiscussedParagraph> discussed = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            discussed.add(new DiscussedParagraph(i, texts.get(i), all.stream()
                    .filter(c -> c.getLanguage().equals(language) && c.getParagraph() == index).toList()));
        }
        return discussed;
    }

    /** A comment belongs to one language's version of the text, exactly (no fallback to the other). */
    private static List<String> paragraphs(Position p, String language) {
        return Language.fromCode(language).filter(l -> l.code().equals(language))
                .map(version -> Paragraphs.of(p.getBody().exactly(version))).orElse(List.of());
    }

    /** Whether the caller may comment: a member of a verified organisation, while the text is not frozen. */
    public boolean mayComment(Position p) {
        return p != null && !p.getStatus().frozen() && service.inNetwork();
    }

    private record Decision(Person me, PositionComment comment, Position position) {
    }

    private Decision decision(Long commentId) {
        Person me = caller.requireAccount();
        PositionComment c = positions.lockComment(commentId)
                .orElseThrow(() -> new BusinessException("campaigns.comment.unknown"));
        Position p = positions.lock(c.getPositionId()).orElseThrow();
        if (!service.mayWrite(p)) {
            throw new AccessDeniedException();
        }
        if (p.getStatus().frozen()) {
            throw new BusinessException("campaigns.position.frozen");
        }
        if (!c.isOpen()) {
            throw new BusinessException("campaigns.proposal.decided");
        }
        return new Decision(me, c, p);
    }

    private void tell(Decision d, String titleKey, String bodyKey) {
        Position p = d.position();
        notifier.notify(d.comment().getAuthorId(), CampaignsModule.PROPOSAL, new NotificationText(
                CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(), titleKey, bodyKey,
                "/campaigns/position.xhtml?id=" + p.getId(),
                p.getTitle().in(Language.SQ.locale())));
    }

    /** The organisation a comment is written for: the initiating one for its members, else the first verified. */
    private OrganisationRef organisationOf(Person me, Long positionId) {
        List<OrganisationRef> mine = memberships.verified(me.getId(), null);
        if (mine.isEmpty()) {
            throw new AccessDeniedException();
        }
        Long initiating = positions.find(positionId).map(Position::getOrganisationId).orElse(null);
        return mine.stream().filter(o -> o.getId().equals(initiating)).findFirst().orElse(mine.get(0));
    }
}
