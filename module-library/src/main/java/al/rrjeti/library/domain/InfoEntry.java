package al.rrjeti.library.domain;

import al.rrjeti.kernel.api.i18n.BilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One entry of the initial information package (an institution, a reporting channel, a law, an
 * indicator…), kept as imported: its fields, facts, sources and status, as JSON.
 */
@Entity
@Table(name = "library_info")
public class InfoEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "section", length = 30, nullable = false)
    private String section;

    @Column(name = "code", length = 80, nullable = false)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverride(name = "sq", column = @Column(name = "title_sq", length = 400))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 400))
    private BilingualText title;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "data", nullable = false)
    private String data;

    @Column(name = "status", length = 30)
    private String status;

    @Column(name = "last_checked", nullable = false)
    private LocalDate lastChecked;

    protected InfoEntry() {
    }

    public InfoEntry(String section, String code) {
        this.section = section;
        this.code = code;
    }

    /** @return whether anything changed */
    public boolean update(int newPosition, String sq, String en, String json, String newStatus, LocalDate today) {
        BilingualText newTitle = BilingualText.of(cut(sq), cut(en));
        boolean changed = position != newPosition || !getTitle().equals(newTitle) || !eq(data, json)
                || !eq(status, newStatus);
        if (changed || lastChecked == null) {
            position = newPosition;
            title = newTitle;
            data = json;
            status = newStatus;
            lastChecked = today;
        }
        return changed;
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 400 ? s : s.substring(0, 399) + "…";
    }

    /** The entry's title in Albanian and/or English; empty when untitled. */
    public BilingualText getTitle() {
        return title == null ? BilingualText.of(null, null) : title;
    }

    public Long getId() {
        return id;
    }

    public String getSection() {
        return section;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getData() {
        return data;
    }

    /** confirmed, partially_confirmed or unconfirmed. */
    public String getStatus() {
        return status;
    }

    public LocalDate getLastChecked() {
        return lastChecked;
    }
}
