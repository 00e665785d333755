package al.rrjeti.chat;

import al.rrjeti.chat.application.ChatDirectory;
import al.rrjeti.chat.application.ChatMessages;
import al.rrjeti.chat.application.ChatModeration;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.infrastructure.ChatPersonalData;
import al.rrjeti.kernel.api.PlatformClock;
import al.rrjeti.kernel.api.Role;
import al.rrjeti.kernel.notification.Notifications;
import al.rrjeti.kernel.testing.ActingUser;
import al.rrjeti.kernel.testing.Fixtures;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** What the chat's in-container service tests share: the services and people made on demand. */
abstract class ChatServicesTestBase {

    protected static final Locale SQ = Locale.forLanguageTag("sq");

    @Inject
    protected ChatRooms rooms;

    @Inject
    protected ChatMessages messages;

    @Inject
    protected ChatDirectory directory;

    @Inject
    protected ChatPersonalData personalData;

    @Inject
    protected ChatModeration moderation;

    @Inject
    protected Fixtures fixtures;

    @Inject
    protected Notifications notifications;

    @Inject
    protected ChatActivityRecorder recorder;

    @Inject
    protected PlatformClock clock;

    @jakarta.annotation.Resource
    protected jakarta.transaction.UserTransaction transaction;

    private final Map<String, Long> ids = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterEach
    void nobody() {
        ActingUser.actAs(null);
    }

    protected static String email(String who) {
        return "chat-" + who + "." + Long.toString(System.nanoTime(), 36) + "@example.al";
    }

    /** A person holding the roles; returns their e-mail (acting continues as whoever acted before). */
    protected String person(String who, Role... roles) {
        String email = email(who);
        ids.put(email, fixtures.account(email, "Anëtar " + who, roles).getId());
        return email;
    }

    protected Long id(String email) {
        return ids.get(email);
    }
}
