package al.rrjeti.testmodule;

import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.SearchIndexer;
import al.rrjeti.kernel.api.files.FileKind;
import al.rrjeti.kernel.api.files.FileRef;
import al.rrjeti.kernel.api.files.StoredFiles;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.SearchDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The demo module's table and what it does with it, in plain JDBC to keep the test module small.
 * It calls only the kernel's published surface ({@code al.rrjeti.kernel.api}), as a real module must.
 */
@ApplicationScoped
public class DemoNotes {

    /** The platform's one database, as every module's persistence unit names it. */
    static final String DATA_SOURCE = "java:app/jdbc/rrjeti";

    /** The seed note; it carries an attachment so that file access can be observed. */
    public static final String WELCOME = "welcome";

    /** What a note may carry: a PDF of at most 1 MB. */
    static final FileKind ATTACHMENT = new FileKind("demo-attachment", Set.of("application/pdf"), 1024 * 1024);

    /** A note as the module shows it (getters for the pages' EL). */
    public record Note(long id, String text, Long authorId, Long fileId) {
        public String getText() {
            return text;
        }
    }

    @Inject
    private StoredFiles files;

    @Inject
    private SearchIndexer index;

    @Inject
    private Notifier notifier;

    /** Inserts the note unless it is there: idempotent, as seed content must be. */
    public void ensure(String text) {
        if (find(text).isEmpty()) {
            insert(text, null);
        }
    }

    /** The seed: the welcome note with its attachment, each made once. */
    public void ensureWelcome() {
        ensure(WELCOME);
        Note welcome = find(WELCOME).orElseThrow();
        if (welcome.fileId() == null) {
            FileRef file = files.store(new ByteArrayInputStream(pdf()), "welcome.pdf", ATTACHMENT, "file");
            update("UPDATE demo_note SET file_id = ? WHERE id = ?", file.id(), welcome.id());
        }
    }

    /** A note written by a person: findable at once, and its author is told. */
    public Note write(Long authorId, String text) {
        Note note = insert(text, authorId);
        index.update(DemoModule.ID, document(note));
        notifier.notify(authorId, DemoModule.NOTED, new NotificationText(DemoModule.MESSAGES,
                DemoNotes.class.getClassLoader(), "demo.noted.title", null, "/demo/index.xhtml", text));
        return note;
    }

    public int count() {
        return list("SELECT id, text, author_id, file_id FROM demo_note", null).size();
    }

    public List<Note> latest(int max) {
        List<Note> all = list("SELECT id, text, author_id, file_id FROM demo_note ORDER BY id DESC", null);
        return all.subList(0, Math.min(max, all.size()));
    }

    public List<Note> all() {
        return list("SELECT id, text, author_id, file_id FROM demo_note ORDER BY id", null);
    }

    public Optional<Note> find(String text) {
        return list("SELECT id, text, author_id, file_id FROM demo_note WHERE text = ?", text).stream().findFirst();
    }

    public Optional<Note> owningFile(Long fileId) {
        return list("SELECT id, text, author_id, file_id FROM demo_note WHERE file_id = ?", fileId).stream().findFirst();
    }

    public List<Note> byAuthor(Long authorId) {
        return list("SELECT id, text, author_id, file_id FROM demo_note WHERE author_id = ? ORDER BY id", authorId);
    }

    /** Deletes the person's notes and takes them out of the search. */
    public void eraseAuthor(Long authorId) {
        for (Note n : byAuthor(authorId)) {
            update("DELETE FROM demo_note WHERE id = ?", n.id(), null);
            index.remove(DemoModule.ID, key(n));
        }
    }

    /** A note starting with this is its author's own: only they find it (a search group of one). */
    public static final String PRIVATE = "private:";

    static SearchDocument document(Note n) {
        if (n.text().startsWith(PRIVATE) && n.authorId() != null) {
            return new SearchDocument(key(n), n.text(), n.text(), "/demo/index.xhtml", Audience.ACCOUNTS)
                    .inGroup(group(n.authorId()));
        }
        return new SearchDocument(key(n), n.text(), n.text(), "/demo/index.xhtml", Audience.EVERYONE);
    }

    static String group(Long authorId) {
        return "author-" + authorId;
    }

    private static String key(Note n) {
        return "note-" + n.id();
    }

    private Note insert(String text, Long authorId) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO demo_note (text, author_id) VALUES (?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, text);
            setLong(insert, 2, authorId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Note(keys.getLong(1), text, authorId, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object first, Object second) {
        try (Connection c = dataSource().getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setObject(1, first);
            if (second != null) {
                u.setObject(2, second);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Note> list(String sql, Object parameter) {
        try (Connection c = dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setObject(1, parameter);
            }
            List<Note> notes = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    notes.add(new Note(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), (Long) rs.getObject(4)));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal, valid one-page PDF: the welcome note's attachment. */
    static byte[] pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
