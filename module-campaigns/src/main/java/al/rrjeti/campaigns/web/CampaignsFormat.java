package al.rrjeti.campaigns.web;

import al.rrjeti.kernel.api.OrganisationLookup;
import al.rrjeti.kernel.api.OrganisationRef;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.text.Markdown;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the module's pages show dates, organisations, people and what people wrote (Markdown, sanitised). */
@Named("campaignsFormat")
@RequestScoped
public class CampaignsFormat {

    @Inject
    private DateTimes dateTimes;

    @Inject
    private CurrentLanguage language;

    @Inject
    private Markdown markdown;

    @Inject
    private OrganisationLookup organisations;

    @Inject
    private People people;

    /** What people wrote in both languages, in the reader's, or the other one's when that is all there is. */
    public String text(BilingualText t) {
        return t == null ? "" : t.shownTo(language.getLocale()).text();
    }

    /**
     * The {@code lang} of {@link #text}: the other language's code when the text falls back to it,
     * otherwise null, which Facelets leaves out (the page's own {@code lang} already holds).
     */
    public String lang(BilingualText t) {
        if (t == null) {
            return null;
        }
        BilingualText.Shown shown = t.shownTo(language.getLocale());
        return shown.fallback() ? shown.lang() : null;
    }

    public String dateTime(Instant at) {
        return dateTimes.dateTime(at, language.getLocale());
    }

    /** The time in the event's own zone, with the zone named when it is not the platform's. */
    public String dateTimeIn(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        String shown = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").withZone(zone).format(at);
        return zone.equals(dateTimes.zone()) ? shown : shown + " (" + zone.getId() + ")";
    }

    public String day(LocalDate day) {
        return DateTimes.day(day);
    }

    public String html(String text) {
        return markdown.toHtml(text);
    }

    public String organisation(Long id) {
        return id == null ? "" : organisations.find(id).map(OrganisationRef::getName).orElse("");
    }

    public String person(Long id) {
        return id == null ? "" : people.displayName(id, language.getLocale());
    }

    /** A document's type as readers know it: PDF, DOCX, ODT, PNG, JPEG. */
    public String fileType(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case "application/pdf" -> "PDF";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-tika-ooxml" -> "DOCX";
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            default -> contentType;
        };
    }

    /** A size in kilobytes, rounded up (a 300-byte file is 1 KB, not 0). */
    public long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
