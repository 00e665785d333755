package al.rrjeti.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A place where members talk: the network's one room, a working group's, or a direct conversation. */
@Entity
@Table(name = "chat_room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private RoomKind kind;

    @Column(name = "name", length = 120)
    private String name;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "invite_only", nullable = false)
    private boolean inviteOnly;

    /** Null for the network's room, which nobody made. */
    @Column(name = "creator_id")
    private Long creatorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Room() {
    }

    public Room(RoomKind kind, String name, String description, boolean inviteOnly, Long creatorId, Instant now) {
        this.kind = kind;
        this.name = name;
        this.description = description;
        // A direct conversation is closed to others by nature.
        this.inviteOnly = inviteOnly || kind == RoomKind.DIRECT;
        this.creatorId = creatorId;
        this.createdAt = now;
    }

    /** Whether any member may join on their own (the network's room, an open working group). */
    public boolean isOpen() {
        return kind == RoomKind.NETWORK || (kind == RoomKind.GROUP && !inviteOnly);
    }

    public Long getId() {
        return id;
    }

    public RoomKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isInviteOnly() {
        return inviteOnly;
    }

    public Long getCreatorId() {
        return creatorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
