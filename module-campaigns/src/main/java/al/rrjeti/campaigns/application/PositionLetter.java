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
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.files.StoredFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    @Inject
    private PositionAttachments attachments;

    @Inject
    private StoredFiles files;

    private static final Logger LOG = Logger.getLogger(PositionLetter.class.getName());

    /** The platform's reference of a position as published, e.g. {@code RRJETI-QP-12-v3}. */
    public static String reference(Position p) {
        return "RRJETI-QP-" + p.getId() + "-v" + p.getVersionNumber();
    }

    /**
     * The mail to the institution: the letter as PDF and the position's documents as attachments,
     * as many as fit in one mail ({@link MailAttachment#MAX_TOTAL_BYTES}, in the order attached);
     * every document is listed with its link as well, so one that did not fit is still at hand.
     */
    void send(Position p, List<Signature> signatures) {
        byte[] letterPdf = pdf(p, signatures);
        List<MailAttachment> parts = new ArrayList<>();
        parts.add(new MailAttachment(fileName(p), "application/pdf", letterPdf));
        long total = letterPdf.length;
        StringBuilder listed = new StringBuilder();
        Set<String> names = new HashSet<>(Set.of(fileName(p)));
        for (PositionAttachments.Listed d : attachments.listed(p.getId())) {
            boolean carried = false;
            if (total + d.size() <= MailAttachment.MAX_TOTAL_BYTES) {
                Optional<byte[]> bytes = bytes(d.fileId());
                if (bytes.isPresent()) {
                    parts.add(new MailAttachment(uniqueName(d.name(), names), mailType(d), bytes.get()));
                    total += bytes.get().length;
                    carried = true;
                }
            }
            listed.append("\n- ").append(d.title().in(SQ)).append(": ").append(links.absolute("/files/" + d.fileId()))
                    .append(carried ? " (" + text("campaigns.letter.document.attached") + ")" : "");
        }
        String documents = listed.isEmpty() ? "" : "\n\n" + text("campaigns.letter.documents.links") + listed;
        mail.send(p.getInstitutionEmail(), SQ, text("campaigns.letter.subject", p.getTitle().in(SQ)), body(p, signatures)
                + "\n\n" + text("campaigns.letter.attached", fileName(p)) + documents, parts, Map.of());
    }

    private Optional<byte[]> bytes(Long fileId) {
        Optional<FileRef> ref = files.find(fileId);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = files.open(ref.get())) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            // A file missing from the store: the letter goes with its link only, and the operator sees why.
            LOG.log(Level.WARNING, "position document " + fileId + " could not be read for the letter", e);
            return Optional.empty();
        }
    }

    /** A .docx the detector names x-tika-ooxml travels with its proper type, so the institution's mail program opens it. */
    private static String mailType(PositionAttachments.Listed d) {
        return "application/x-tika-ooxml".equals(d.contentType())
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : d.contentType();
    }

    /** Two documents of the same name (or the letter's) get a number, so none hides another in the mail. */
    private static String uniqueName(String name, Set<String> taken) {
        String base = name == null || name.isBlank() ? "dokument" : name.replaceAll("[\\\\/\\r\\n\\x00]", "_");
        if (base.length() > 180) {
            base = base.substring(base.length() - 180);
        }
        String candidate = base;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = i + "-" + base;
        }
        return candidate;
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
        List<PositionAttachments.Listed> documents = attachments.listed(p.getId());
        String listed = documents.isEmpty() ? "" : "\n\n" + text("campaigns.letter.documents") + "\n" + documents.stream()
                .map(d -> "- " + d.title().in(SQ) + (d.title().getEn() == null ? "" : " / " + d.title().getEn())
                        + " (" + d.name() + ")")
                .collect(Collectors.joining("\n"));
        return text("campaigns.letter.body", p.getInstitutionName(), p.getLaw(), p.getTitle().in(SQ), p.getBody().in(SQ), signatories,
                reference(p), links.absolute("/campaigns/position.xhtml?id=" + p.getId())) + listed + english;
    }

    private static String name(OrganisationRef org) {
        return org == null ? "?" : org.getName();
    }

    private String text(String key, Object... args) {
        return texts.text(CampaignsModule.MESSAGES, CampaignsModule.class.getClassLoader(), SQ, key, args);
    }
}
