package al.rrjeti.chat.web;

import al.rrjeti.chat.application.ChatModeration;
import al.rrjeti.chat.application.ChatModeration.ReportView;
import al.rrjeti.kernel.api.Caller;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.DateTimes;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** {@code chat/moderation.xhtml}: the platform's moderators decide on reported messages. */
@Named("chatModerationBacking")
@RequestScoped
public class ModerationBacking {

    @Inject
    private ChatModeration moderation;

    @Inject
    private Messages messages;

    @Inject
    private Caller caller;

    @Inject
    private CurrentLanguage language;

    @Inject
    private DateTimes dates;

    private List<ReportView> reports;

    public void load() {
        reports = Pages.read(() -> moderation.open(language.getLocale()), caller.isLoggedIn());
    }

    public void remove(Long reportId) {
        messages.attempt("reports", () -> moderation.remove(reportId), "chat.report.removed");
        load();
    }

    public void dismiss(Long reportId) {
        messages.attempt("reports", () -> moderation.dismiss(reportId), "chat.report.dismissed");
        load();
    }

    public String when(Instant at) {
        return dates.dateTime(at, language.getLocale());
    }

    public List<ReportView> getReports() {
        return reports;
    }
}
