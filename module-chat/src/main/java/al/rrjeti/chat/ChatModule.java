package al.rrjeti.chat;

import al.rrjeti.chat.api.RoomsResource;
import al.rrjeti.chat.application.ChatRooms;
import al.rrjeti.chat.infrastructure.ChatPersonalData;
import al.rrjeti.kernel.spi.Audience;
import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The chat's one descriptor. Chat is members-only content: it declares no search provider, so no
 * message ever reaches the search index, public or not.
 */
@ApplicationScoped
public class ChatModule implements PlatformModule {

    public static final String ID = "chat";
    public static final String MESSAGES = "al.rrjeti.chat.messages";

    /**
     * Take part in the chat. Only the roles that verified organisations give: a member whose
     * organisation is not (or no longer) verified acts as a citizen and is refused at once.
     */
    public static final String USE = "chat.use";

    /** Someone mentioned you in a message. */
    public static final String MENTION = "chat.mention";

    @Inject
    private ChatRooms rooms;

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder(ID, "1.0.0")
                .name("Biseda", "Chat")
                .requiresKernel("[1.0,2.0)")
                .messages(MESSAGES)
                .navigation("/chat/", "chat.nav", "pi pi-comment", Audience.MEMBERS, 30)
                .permission(USE, "cso_member", "institution_member")
                .notification(MENTION, "chat.notification.mention", true)
                .changelog("META-INF/rrjeti/chat/changelog.xml")
                .rest(RoomsResource.class)
                .stylesheet("/chat/chat.css")
                .personalData(ChatPersonalData.class)
                .setting("rrjeti.chat.messages.per-minute", "20",
                        "Mesazhet më të shumta që një anëtar dërgon në një minutë (kundër vërshimit)",
                        "Most messages one member sends in a minute (against flooding)")
                .setting("rrjeti.chat.message.max-length", "4000",
                        "Gjatësia më e madhe e një mesazhi (shenja)",
                        "Longest message (characters)")
                .setting("rrjeti.chat.history.page-size", "50",
                        "Sa mesazhe sjell një faqe e historikut të një dhome",
                        "How many messages one page of a room's history brings")
                .build();
    }

    @Override
    public void seed() {
        rooms.ensureNetworkRoom();
    }
}
