package al.rrjeti.kernel.api.files;

import java.time.Instant;

/**
 * A file the kernel stores, as modules see it. Modules keep the id in their tables; the kernel
 * serves the bytes at {@code /files/<id>} when a module's {@link al.rrjeti.kernel.spi.FileAccessRule} allows.
 *
 * @param contentType the type found in the content (never the name's), e.g. {@code application/pdf}
 */
public record FileRef(Long id, String originalName, String contentType, long size, String sha256, Instant createdAt) {

    public Long getId() {
        return id;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }
}
