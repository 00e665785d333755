package al.rrjeti.kernel.api.files;

import al.rrjeti.kernel.files.FileStore;
import al.rrjeti.kernel.files.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel's file store as modules use it: uploads checked by content and size (and images
 * by pixel count), kept once per content, described by {@link FileRef}.
 */
@ApplicationScoped
public class StoredFiles {

    @Inject
    private FileStore store;

    /**
     * Stores an upload in the caller's transaction.
     *
     * @param field the form field, for the message when the file is refused
     * @throws al.rrjeti.kernel.api.InvalidInputException when the type, size or content is refused
     */
    public FileRef store(InputStream content, String originalName, FileKind kind, String field) {
        return ref(store.store(content, originalName, kind, field));
    }

    public Optional<FileRef> find(Long id) {
        return store.find(id).map(StoredFiles::ref);
    }

    /** Files by id, in one query (pages listing many attachments). */
    public Map<Long, FileRef> findAll(Collection<Long> ids) {
        Map<Long, FileRef> found = new HashMap<>();
        store.findAll(ids).forEach((id, f) -> found.put(id, ref(f)));
        return found;
    }

    /** The file's bytes; the caller closes the stream. */
    public InputStream open(FileRef file) throws IOException {
        return store.open(file.sha256());
    }

    /** The kernel's own record as a reference. */
    public static FileRef ref(StoredFile f) {
        return new FileRef(f.getId(), f.getOriginalName(), f.getContentType(), f.getSize(), f.getSha256(),
                f.getCreatedAt());
    }
}
