package al.rrjeti.chat.application;

import al.rrjeti.chat.domain.Room;
import al.rrjeti.chat.domain.ChatRepository;
import al.rrjeti.kernel.api.People;
import al.rrjeti.kernel.api.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * @mentions in messages, written as {@code @[Name](user:12)} (the page inserts them from the
 * member list). Only a person who may read the room counts as mentioned, and only their current
 * name is shown, so a mention cannot reveal who else has an account or pass for someone else.
 */
@ApplicationScoped
public class ChatMentions {

    static final Pattern TOKEN = Pattern.compile("@\\[([^\\]\\n]{1,120})\\]\\(user:(\\d{1,12})\\)");

    @Inject
    private People people;

    @Inject
    private ChatRepository repository;

    @Inject
    private ChatAccess access;

    /** Every id a text names, whoever they are. */
    public static Set<Long> named(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(2)));
        }
        return ids;
    }

    /** Those the text mentions who may read the room (its members; for open rooms, every chat member). */
    public Set<Long> readers(String text, Room room) {
        Set<Long> found = new LinkedHashSet<>();
        for (Long id : named(text)) {
            boolean reads = room.isOpen() ? access.mayChat(id) : repository.member(room.getId(), id).isPresent();
            if (reads) {
                found.add(id);
            }
        }
        return found;
    }

    /** The Markdown with each valid mention as the person's current name in bold; others as typed. */
    public String toMarkdown(String text, Room room) {
        Set<Long> valid = readers(text, room);
        Map<Long, Person> named = people.byIds(valid);
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Person p = named.get(Long.valueOf(m.group(2)));
            String replacement = p == null || p.isDeleted() ? escape(m.group(1)) : "**@" + escape(p.getDisplayName()) + "**";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Markdown's special characters made literal, so that a name cannot inject markup. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
    }
}
