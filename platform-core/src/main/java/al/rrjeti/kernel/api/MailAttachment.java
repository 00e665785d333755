package al.rrjeti.kernel.api;

import java.util.Objects;

/**
 * A file sent with a mail: a meeting's invitation ({@code text/calendar}), a letter as PDF. Kept with
 * the message until it is sent, so the outbox and the retries carry it too.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /** What one mail may carry in all: SMTP servers commonly refuse messages much above 10 MB. */
    public static final int MAX_TOTAL_BYTES = 8 * 1024 * 1024;

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank() || fileName.length() > 200 || fileName.matches(".*[\\\\/\\r\\n\\x00].*")) {
            throw new IllegalArgumentException("An attachment's name must be a plain file name of at most 200 characters");
        }
        if (!contentType.matches("[\\w.+-]+/[\\w.+-]+(\\s*;\\s*[\\w.-]+=[\\w.\"-]+)*") || contentType.length() > 150) {
            throw new IllegalArgumentException("Not a media type: " + contentType);
        }
    }
}
