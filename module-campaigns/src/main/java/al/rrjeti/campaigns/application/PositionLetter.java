package al.rrjeti.campaigns.application;

import al.rrjeti.campaigns.CampaignsModule;
import al.rrjeti.campaigns.domain.Position;
import al.rrjeti.campaigns.domain.Signature;
import al.rrjeti.kernel.api.Mail;
import al.rrjeti.kernel.api.MailAttachment;
import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.api.text.TextPdf;
import al.rrjeti.kernel.api.web.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The letter that takes a published joint position to the institution it addresses: the text as
 * signed, the signatories with their dates and the platform's reference. Albanian, as the
 * institutions' official language; the English text follows when there is one.
 */
@ApplicationScoped
public class PositionLetter {

    static final Locale SQ = Locale.forLanguageTag("sq");

    @Inject
    private Mail mail;

    @Inject
    private Texts texts;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private Links links;

    /** The platform's reference of a position as published, e.g. {@code RRJETI-QP-12-v3}. */
    public static String reference(Position p) {
        return "RRJETI-QP-" + p.getId() + "-v" + p.getVersionNumber();
    }

    void send(Position p, List<Signature> signatures) {
        mail.send(p.getInstitutionEmail(), SQ, text("campaigns.letter.subject", p.getTitle().in(SQ)), body(p, signatures)
                + "\n\n" + text("campaigns.letter.attached", fileName(p)),
                List.of(new MailAttachment(fileName(p), "application/pdf", pdf(p, signatures))), Map.of());
    }

    /** The attached letter's name, with the platform's reference: {@code RRJETI-QP-12-v3.pdf}. */
    static String fileName(Position p) {
        return reference(p) + ".pdf";
    }

    /** Where the letter's PDF is served as well, for readers of the position. */
    public static String pdfPath(Position p) {
        return "/api/campaigns/positions/" + p.getId() + "/letter.pdf";
    }

    /** The letter as a PDF: the same text as the mail, with the signatories and the reference. */
    public byte[] pdf(Position p, List<Signature> signatures) {
        return TextPdf.of(text("campaigns.letter.subject", p.getTitle().in(SQ)), body(p, signatures));
    }

    String body(Position p, List<Signature> signatures) {
        Map<Long, OrganisationRef> orgs = organisations.byIds(signatures.stream().map(Signature::getOrganisationId)
                .collect(Collectors.toSet()));
        String signatories = signatures.stream().filter(s -> s.validFor(p))
                .map(s -> "- " + name(orgs.get(s.getOrganisationId())) + ", " + dateTimes.date(s.getSignedAt(), SQ))
                .collect(Collectors.joining("\n"));
        String english = p.getBody().getEn() == null ? ""
                : "\n\n" + text("campaigns.letter.english") + "\n\n" + (p.getTitle().getEn() == null ? "" : p.getTitle().getEn() + "\n\n")
                        + p.getBody().getEn();
        return text("campaigns.letter.body", p.getInstitutionName(), p.getLaw(), p.getTitle().in(SQ), p.getBody().in(SQ), signatories,
                reference(p), links.absolute("/campaigns/position.xhtml?id=" + p.getId())) + english;
    }

    private static String name(OrganisationRef org) {
        return org == null ? "?" : org.getName();
    }

    private String text(String key, Object... args) {
        return texts.text(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(), SQ, key, args);
    }
}
