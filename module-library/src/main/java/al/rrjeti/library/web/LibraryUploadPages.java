package al.rrjeti.library.web;

import al.rrjeti.kernel.spi.UploadPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The submission form takes a document, a video and its two caption files, each within its own limit. */
@ApplicationScoped
public class LibraryUploadPages implements UploadPages {

    private static final long MB = 1024L * 1024;
    private static final long CAPTIONS_MB = 2;

    @Inject
    @ConfigProperty(name = "rrjeti.library.max-document-mb", defaultValue = "50")
    long maxDocumentMb;

    @Inject
    @ConfigProperty(name = "rrjeti.library.max-video-mb", defaultValue = "500")
    long maxVideoMb;

    @Override
    public Map<String, Long> uploadPages() {
        return Map.of("/library/submit.xhtml", (maxDocumentMb + maxVideoMb + 2 * CAPTIONS_MB) * MB + FORM_ROOM);
    }
}
