package al.rrjeti.kernel.files;

import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.PlatformClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded files: checks their type from their bytes and their size, stores each content
 * once (by SHA-256) under {@code <data dir>/files/}, and records a {@link StoredFile}.
 */
@ApplicationScoped
public class FileStore {

    private static final Tika TIKA = new Tika();

    @Inject
    @ConfigProperty(name = "rrjeti.data.dir", defaultValue = "rrjeti-data")
    private String dataDir;

    @PersistenceContext(unitName = "rrjeti-core")
    private EntityManager em;

    @Inject
    private PlatformClock clock;

    /** The most pixels an uploaded image may have (width × height), see README. */
    @Inject
    @ConfigProperty(name = "rrjeti.files.max-image-pixels", defaultValue = "16000000")
    private long maxImagePixels;

    /**
     * The type by content, refined by the file's name only where the name names a subtype of
     * what the content shows: a WebM video is a Matroska file by its bytes, and only its name
     * tells it apart (an executable named {@code .webm} is still an executable).
     */
    static String detect(Path file, String originalName) throws IOException {
        if (originalName == null || originalName.isBlank()) {
            return TIKA.detect(file);
        }
        try (InputStream in = TikaInputStream.get(file)) {
            return TIKA.detect(in, originalName);
        }
    }

    /**
     * Stores an upload.
     *
     * @param field the form field, for the message when the file is refused
     * @throws InvalidInputException {@code file.too-large}, {@code file.type} or {@code file.damaged}
     */
    @Transactional
    public StoredFile store(InputStream content, String originalName, FileKind kind, String field) {
        Path temp = null;
        try {
            Path root = root();
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha)) {
                size = copyAtMost(in, temp, kind.maxBytes());
            }
            if (size < 0) {
                throw new InvalidInputException(field, "file.too-large", kind.maxBytes() / (1024 * 1024));
            }
            String type = detect(temp, originalName);
            if (!kind.contentTypes().contains(type)) {
                throw new InvalidInputException(field, "file.type");
            }
            if (type.startsWith("image/")) {
                // The header's dimensions first: decoding a small file that declares huge dimensions fills the heap.
                ImageDimensions dimensions = ImageDimensions.of(temp)
                        .orElseThrow(() -> new InvalidInputException(field, "file.damaged"));
                if (dimensions.pixels() > maxImagePixels) {
                    throw new InvalidInputException(field, "file.too-many-pixels",
                            Math.max(1, maxImagePixels / 1_000_000), dimensions.width(), dimensions.height());
                }
                if (!decodes(temp)) {
                    throw new InvalidInputException(field, "file.damaged");
                }
            }
            byte[] digest = sha.digest();
            if (kind.stripsImageMetadata() && ("image/jpeg".equals(type) || "image/png".equals(type))) {
                byte[] clean = ImageMetadata.strip(Files.readAllBytes(temp), type);
                Files.write(temp, clean);
                size = clean.length;
                digest = MessageDigest.getInstance("SHA-256").digest(clean);
            }
            String hash = HexFormat.of().formatHex(digest);
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            temp = null;
            StoredFile file = new StoredFile(hash, size, type, safeName(originalName), clock.now());
            em.persist(file);
            em.flush();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A leftover .part file is harmless and swept with the next upload's folder.
                }
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredFile> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(StoredFile.class, id));
    }

    /** Stored files by id, in one query (pages listing many attachments). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, StoredFile> findAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, StoredFile> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT f FROM StoredFile f WHERE f.id IN :ids", StoredFile.class)
                    .setParameter("ids", java.util.Set.copyOf(ids)).getResultList().forEach(f -> found.put(f.getId(), f));
        }
        return found;
    }

    /** The file's bytes; the caller closes the stream. */
    public InputStream open(StoredFile file) throws IOException {
        return open(file.getSha256());
    }

    /** The bytes of the content with this SH-256 hash; the caller closes the stream. */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    private Path root() {
        return Path.of(dataDir).toAbsolutePath().resolve("files");
    }

    private Path pathOf(String hash) {
        return root().resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    /** @return the bytes copied, or -1 when there were more than the limit */
    private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static boolean decodes(Path image) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(image)));
            return read != null && read.getWidth() > 0 && read.getHeight() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String safeName(String name) {
        String n = name == null ? "file" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }
}
