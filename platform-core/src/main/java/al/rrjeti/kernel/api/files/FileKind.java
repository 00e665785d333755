package al.rrjeti.kernel.api.files;

import java.util.Set;

/**
 * What an upload is meant to be, with the content types it may have and its size limit.
 * A module needing another kind (video, say) declares its own.
 */
public record FileKind(String name, Set<String> contentTypes, long maxBytes, boolean stripsImageMetadata) {

    /** An organisation's logo: a raster image, at most 2 MB. */
    public static final FileKind LOGO = new FileKind("logo", Set.of("image/png", "image/jpeg"), 2L * 1024 * 1024);

    /** A document proving an organisation's registration: PDF or an image of the paper, at most 10 MB. */
    public static final FileKind PROOF = new FileKind("proof",
            Set.of("application/pdf", "image/png", "image/jpeg"), 10L * 1024 * 1024);

    public FileKind {
        contentTypes = Set.copyOf(contentTypes);
    }

    /** A kind whose images are stored as uploaded. */
    public FileKind(String name, Set<String> contentTypes, long maxBytes) {
        this(name, contentTypes, maxBytes, false);
    }

    /**
     * The same kind, but PNG and JPEG images are re-encoded before they are stored, which drops
     * their metadata (EXIF with GPS position and camera serial, XMP, comments): for pictures
     * members of the public upload.
     */
    public FileKind strippingImageMetadata() {
        return new FileKind(name, contentTypes, maxBytes, true);
    }
}
