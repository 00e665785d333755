package al.rrjeti.forum.web;

import al.rrjeti.forum.application.ForumSettings;
import al.rrjeti.kernel.spi.UploadPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** A new thread and a reply each take one attachment. */
@ApplicationScoped
public class ForumUploadPages implements UploadPages {

    @Inject
    private ForumSettings settings;

    @Override
    public Map<String, Long> uploadPages() {
        long limit = settings.attachmentMaxMb() * 1024 * 1024 + FORM_ROOM;
        return Map.of("/forum/new.xhtml", limit, "/forum/thread.xhtml", limit);
    }
}
