package al.rrjeti.chat.domain;

/** What a room is for, which decides who is in it. */
public enum RoomKind {
    /** The whole network: every member of a verified organisation is in it. */
    NETWORK,
    /** A working group, made by a member; open to every member or by invitation only. */
    GROUP,
    /** A conversation between two or more members, who are its only readers. */
    DIRECT;

    public String messageKey() {
        return "chat.room.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
