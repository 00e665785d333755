package al.rrjeti.chat.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The chat's configuration, with the defaults its descriptor declares. */
@ApplicationScoped
public class ChatSettings {

    @Inject
    @ConfigProperty(name = "rrjeti.chat.messages.per-minute", defaultValue = "20")
    int messagesPerMinute;

    @Inject
    @ConfigProperty(name = "rrjeti.chat.message.max-length", defaultValue = "4000")
    int maxLength;

    @Inject
    @ConfigProperty(name = "rrjeti.chat.history.page-size", defaultValue = "50")
    int pageSize;

    @Inject
    @ConfigProperty(name = "rrjeti.chat.meetings.base-url", defaultValue = "https://meet.jit.si")
    String meetingsBaseUrl;

    @Inject
    @ConfigProperty(name = "rrjeti.chat.meetings.reminder-minutes", defaultValue = "60")
    int reminderMinutes;

    public int reminderMinutes() {
        return Math.max(1, reminderMinutes);
    }

    @Inject
    @ConfigProperty(name = "rrjeti.chat.attachment.max-mb", defaultValue = "10")
    int attachmentMaxMb;

    /** What a file sent in the chat may be: documents and pictures (pictures without their metadata). */
    public al.rrjeti.kernel.api.files.FileKind attachmentKind() {
        return new al.rrjeti.kernel.api.files.FileKind("chat-attachment", java.util.Set.of("application/pdf", "image/png",
                "image/jpeg", "application/x-tika-ooxml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text"), Math.max(1, attachmentMaxMb) * 1024L * 1024L)
                .strippingImageMetadata();
    }

    public String meetingsBaseUrl() {
        return meetingsBaseUrl;
    }

    public int messagesPerMinute() {
        return messagesPerMinute;
    }

    public int maxLength() {
        return maxLength;
    }

    public int pageSize() {
        return Math.max(1, Math.min(pageSize, 200));
    }
}
