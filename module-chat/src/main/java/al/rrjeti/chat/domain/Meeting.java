package al.rrjeti.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An online meeting of a room's members: its moment is kept as an instant with the time zone it was
 * planned in, so it is shown in any zone and its calendar file keeps the organiser's wall time.
 */
@Entity
@Table(name = "chat_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "room_id", nullable = false)
    private Long roomId;

    @Column(name = "organiser_id", nullable = false)
    private Long organiserId;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Lob
    @Column(name = "agenda")
    private String agenda;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "zone", length = 60, nullable = false)
    private String zone;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "video_url", length = 500, nullable = false)
    private String videoUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Lob
    @Column(name = "notes")
    private String notes;

    @Lob
    @Column(name = "notes_html")
    private String notesHtml;

    @Lob
    @Column(name = "decisions")
    private String decisions;

    @Lob
    @Column(name = "decisions_html")
    private String decisionsHtml;

    @Column(name = "notes_at")
    private Instant notesAt;

    @Column(name = "published_path", length = 500)
    private String publishedPath;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Meeting() {
    }

    public Meeting(Long roomId, Long organiserId, String title, String agenda, ZonedDateTime start, int minutes,
            String videoUrl, Instant now) {
        this.roomId = roomId;
        this.organiserId = organiserId;
        this.title = title;
        this.agenda = agenda;
        this.startsAt = start.toInstant();
        this.zone = start.getZone().getId();
        this.minutes = minutes;
        this.videoUrl = videoUrl;
        this.createdAt = now;
    }

    /** The start as the organiser planned it, in their zone. */
    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(zone));
    }

    public Instant getEndsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    /** Marks the reminder as sent; false when it already was (a reminder goes out once). */
    public boolean remind(Instant now) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** The minutes and decisions as written (Markdown) and as shown (sanitised HTML). */
    public void record(String notes, String notesHtml, String decisions, String decisionsHtml, Instant now) {
        this.notes = notes;
        this.notesHtml = notesHtml;
        this.decisions = decisions;
        this.decisionsHtml = decisionsHtml;
        this.notesAt = now;
    }

    /** The library's page where the published minutes are followed. */
    public void published(String path) {
        this.publishedPath = path;
    }

    public String getPublishedPath() {
        return publishedPath;
    }

    public boolean isRecorded() {
        return notesAt != null;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public String getNotes() {
        return notes;
    }

    public String getNotesHtml() {
        return notesHtml;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getDecisionsHtml() {
        return decisionsHtml;
    }

    public Instant getNotesAt() {
        return notesAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRoomId() {
        return roomId;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getZone() {
        return zone;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
