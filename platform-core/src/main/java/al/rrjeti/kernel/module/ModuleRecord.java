package al.rrjeti.kernel.module;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A module's operator switch and the version last started, kept across restarts. */
@Entity
@Table(name = "core_module")
public class ModuleRecord {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "installed_version", length = 40, nullable = false)
    private String installedVersion;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ModuleRecord() {
    }

    ModuleRecord(String id, String version, Instant now) {
        this.id = id;
        this.enabled = true;
        this.installedVersion = version;
        this.firstSeen = now;
        this.changedAt = now;
    }

    public String getId() {
        return id;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getInstalledVersion() {
        return installedVersion;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    void switchTo(boolean on, Instant now) {
        this.enabled = on;
        this.changedAt = now;
    }

    void installed(String version) {
        this.installedVersion = version;
    }
}
