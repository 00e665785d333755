package al.rrjeti.testmodule;

import al.rrjeti.kernel.infrastructure.DataSources;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The demo module's table, in plain JDBC to keep the test module small. */
@ApplicationScoped
public class DemoNotes {

    /** Inserts the note unless it is there: idempotent, as seed content must be. */
    public void ensure(String text) {
        try (Connection c = DataSources.main().getConnection();
                PreparedStatement find = c.prepareStatement("SELECT COUNT(*) FROM demo_note WHERE text = ?")) {
            find.setString(1, text);
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO demo_note (text) VALUES (?)")) {
                insert.setString(1, text);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count() {
        try (Connection c = DataSources.main().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM demo_note");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
