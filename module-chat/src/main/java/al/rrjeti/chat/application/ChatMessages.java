package al.rrjeti.chat.application;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.chat.application.ChatActivity.Kind;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.chat.domain.Message;
import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.RoomMember;
import al.rrjeti.kernel.api.AccessDeniedException;
import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.NotificationText;
import al.rrjeti.kernel.api.Notifier;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writing and reading messages: post, edit and delete one's own, history pages back from an id,
 * what came after an id (a client catching up after a reconnect), the last-read marker. Every
 * change is announced with a {@link ChatActivity} once it has committed.
 */
@ApplicationScoped
@Transactional
public class ChatMessages {

    /** At most this many messages in one answer to "after". */
    public static final int CATCH_UP_MAX = 200;

    /** A message as one reader sees it. */
    public record MessageView(Long id, Long roomId, Long authorId, String author, String html, String markdown,
            Instant createdAt, Instant editedAt, boolean deleted, boolean mine, boolean mayDelete, FileView file) {
    }

    /** A file sent with a message: served by the kernel at {@code /files/<id>} to those the chat's rule allows. */
    public record FileView(Long id, String name, String contentType, long size) {
    }

    @Inject
    private al.rrjeti.kernel.api.files.StoredFiles files;

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    @Inject
    private ChatMentions mentions;

    @Inject
    private ChatPace pace;

    @Inject
    private ChatSettings settings;

    @Inject
    private Markdown markdown;

    @Inject
    private Notifier notifier;

    @Inject
    private People people;

    @Inject
    private PlatformClock clock;

    @Inject
    private Event<ChatActivity> activity;

    @Inject
    private ChatSearch search;

    /** A member writes in a room they are in; those mentioned hear of it. */
    public MessageView post(Long roomId, String text, Locale reader) {
        return post(roomId, text, null, reader);
    }

    /**
     * A message with a file (words optional then), stored by the kernel's file store in this
     * transaction: a refused file (type, size) refuses the whole message, nothing half-saved.
     */
    public MessageView post(Long roomId, String text, al.rrjeti.kernel.api.files.Upload file, Locale reader) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireMember(room, me);
        String body = file != null && (text == null || text.isBlank()) ? "" : valid(text);
        pace.check(me);
        // The writer's read marker is left alone: their own messages never count as unread, and writing to
        // no member row keeps many people posting in one room free of lock waits on each other's rows.
        Message message = new Message(room.getId(), me.getId(), body, body.isEmpty() ? "" : render(body, room),
                clock.now());
        if (file != null) {
            message.attach(files.store(file.content(), file.name(), settings.attachmentKind(), "file"));
        }
        repository.add(message);
        pace.count(me);
        Set<Long> told = new LinkedHashSet<>(mentions.readers(body, room));
        told.remove(me.getId());
        tellMentioned(told, me, room, message);
        announce(room, message, Kind.POSTED, me);
        return view(message, me, room, reader);
    }

    /** The author rewrites their message; it shows as edited. Newly mentioned people hear of it. */
    public MessageView edit(Long messageId, String text, Locale reader) {
        Person me = access.requireChatter();
        Message message = repository.message(messageId).orElseThrow(() -> new BusinessException("chat.message.unknown"));
        Room room = access.room(message.getRoomId());
        access.requireMember(room, me);
        if (!message.getAuthorId().equals(me.getId()) || message.isDeleted()) {
            throw new AccessDeniedException();
        }
        String body = message.getFileId() != null && (text == null || text.isBlank()) ? "" : valid(text);
        Set<Long> before = mentions.readers(message.getBody(), room);
        message.edit(body, render(body, room), clock.now());
        Set<Long> told = new LinkedHashSet<>(mentions.readers(body, room));
        told.removeAll(before);
        told.remove(me.getId());
        tellMentioned(told, me, room, message);
        announce(room, message, Kind.EDITED, me);
        return view(message, me, room, reader);
    }

    /** The author, or the room's creator or moderators, delete a message; its place stays, marked deleted. */
    public void delete(Long messageId) {
        Person me = access.requireChatter();
        Message message = repository.message(messageId).orElseThrow(() -> new BusinessException("chat.message.unknown"));
        Room room = access.room(message.getRoomId());
        access.requireMember(room, me);
        if (!message.getAuthorId().equals(me.getId()) && !access.mayManage(room, me)) {
            throw new AccessDeniedException();
        }
        if (!message.isDeleted()) {
            message.delete(clock.now());
            announce(room, message, Kind.DELETED, me);
        }
    }

    /** A page of history: the latest messages before the id (or the latest of all), oldest first. */
    public List<MessageView> history(Long roomId, Long before, Locale reader) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireRead(room, me);
        return views(repository.before(roomId, before, settings.pageSize()), me, room, reader);
    }

    /** What came after the id, oldest first, at most {@link #CATCH_UP_MAX}: a client catching up. */
    public List<MessageView> after(Long roomId, long after, Locale reader) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        access.requireRead(room, me);
        return views(repository.after(roomId, after, CATCH_UP_MAX), me, room, reader);
    }

    public MessageView one(Long messageId, Locale reader) {
        Person me = access.requireChatter();
        Message message = repository.message(messageId).orElseThrow(() -> new BusinessException("chat.message.unknown"));
        Room room = access.room(message.getRoomId());
        access.requireRead(room, me);
        return view(message, me, room, reader);
    }

    /**
     * The caller has read the room up to the message (never past the latest one). A page names a
     * message of the room, found by its id (the entity cache has it); only another id costs the search
     * for the room's latest, which reads every index entry of the room (Derby's MAX with a condition).
     */
    public void markRead(Long roomId, long upTo) {
        Person me = access.requireChatter();
        Room room = access.room(roomId);
        RoomMember member = access.requireMember(room, me);
        boolean ofTheRoom = repository.message(upTo).map(m -> m.getRoomId().equals(roomId)).orElse(false);
        member.readUpTo(ofTheRoom ? upTo : Math.min(upTo, repository.latestMessageId(roomId)));
    }

    private String valid(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("text", "chat.message.required");
        }
        if (body.length() > settings.maxLength()) {
            throw new InvalidInputException("text", "chat.message.too-long", settings.maxLength());
        }
        return body;
    }

    private String render(String body, Room room) {
        return markdown.toHtml(mentions.toMarkdown(body, room));
    }

    private void tellMentioned(Set<Long> told, Person me, Room room, Message message) {
        if (!told.isEmpty()) {
            notifier.notifyAll(told, ChatModule.MENTION, new NotificationText(ChatModule.MESSAGES,
                    ChatMessages.class.getClassLoader(), "chat.notification.mention.title", null,
                    "/chat/?room=" + room.getId() + "#m-" + message.getId(), me.getDisplayName()));
        }
    }

    /**
     * Tells the room's members, once committed, with the message as they all see it: the pages show it
     * from the push alone. The members' ids alone are read: two hundred member rows loaded here were
     * two hundred entities to check at commit.
     */
    private void announce(Room room, Message message, Kind kind, Person actor) {
        search.changed(message);
        // Only a deleted account's name depends on the reader's language: the actor's is used then.
        String author = message.getAuthorId().equals(actor.getId()) ? actor.getDisplayName()
                : people.displayName(message.getAuthorId(), actor.getLanguage() == null ? Locale.ROOT : actor.getLanguage());
        boolean gone = message.isDeleted();
        ChatActivity.Shown shown = new ChatActivity.Shown(message.getAuthorId(), author,
                gone ? "" : message.getBodyHtml(), message.getCreatedAt(), message.getEditedAt(), gone,
                gone ? null : message.getFileId(), gone ? null : message.getFileName(),
                gone ? null : message.getFileType(), gone ? 0 : message.getFileSize());
        activity.fire(new ChatActivity(room.getId(), message.getId(), kind,
                Set.copyOf(repository.memberIds(List.of(room.getId()))), shown));
    }


    private List<MessageView> views(List<Message> messages, Person me, Room room, Locale reader) {
        Map<Long, String> names = people.displayNames(messages.stream().map(Message::getAuthorId)
                .collect(Collectors.toSet()), reader);
        boolean manager = access.mayManage(room, me);
        return messages.stream().map(m -> view(m, me, names.get(m.getAuthorId()), manager)).toList();
    }

    private MessageView view(Message m, Person me, Room room, Locale reader) {
        return view(m, me, people.displayName(m.getAuthorId(), reader), access.mayManage(room, me));
    }

    private static MessageView view(Message m, Person me, String author, boolean manager) {
        boolean mine = m.getAuthorId().equals(me.getId());
        // The Markdown as written goes to its author only, for editing.
        return new MessageView(m.getId(), m.getRoomId(), m.getAuthorId(), author, m.isDeleted() ? "" : m.getBodyHtml(),
                mine && !m.isDeleted() ? m.getBody() : null, m.getCreatedAt(), m.getEditedAt(), m.isDeleted(), mine, !m.isDeleted() && (mine || manager),
                m.getFileId() == null || m.isDeleted() ? null
                        : new FileView(m.getFileId(), m.getFileName(), m.getFileType(), m.getFileSize()));
    }
}
