package al.rrjeti.kernel.api;

import java.util.Objects;

/**
 * A document a module hands to the platform's archive (see {@link Documents#deposit}).
 *
 * @param kind           what it is
 * @param organisationId the organisation it is submitted for (the caller must be its member)
 * @param titleSq        the title in Albanian; this or {@code titleEn} may be null, not both
 * @param titleEn        the title in English
 * @param summarySq      a summary in Albanian, may be null
 * @param summaryEn      a summary in English, may be null
 * @param text           the document's text (plain text or Markdown), set into the archived PDF
 * @param sourceLink     the path of the original in the depositing module, e.g. {@code /chat/meeting.xhtml?id=4}
 */
public record DocumentDeposit(DocumentKind kind, Long organisationId, String titleSq, String titleEn,
        String summarySq, String summaryEn, String text, String sourceLink) {

    public DocumentDeposit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(text, "text");
        if (isBlank(titleSq) && isBlank(titleEn)) {
            throw new IllegalArgumentException("A deposited document needs a title in at least one language");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("A deposited document needs a text");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
