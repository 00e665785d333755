package al.rrjeti.library.application;

import al.rrjeti.kernel.api.files.FileKind;
import java.util.Set;

/** What the library accepts as files, checked by content in the kernel's file store. */
final class LibraryFileKinds {

    private static final long MB = 1024L * 1024;

    private LibraryFileKinds() {
    }

    /** Documents: PDF, Word (OOXML), OpenDocument text, images; size limit from configuration. */
    static FileKind document(long maxMegabytes) {
        return new FileKind("document", Set.of("application/pdf", "application/x-tika-ooxml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text", "image/png", "image/jpeg"), maxMegabytes * MB);
    }

    static FileKind video(long maxMegabytes) {
        return new FileKind("video", Set.of("video/mp4", "video/webm", "audio/webm", "application/mp4"),
                maxMegabytes * MB);
    }

    /** WebVTT captions for a video. */
    static final FileKind CAPTIONS = new FileKind("captions", Set.of("text/vtt"), 2 * MB);
}
