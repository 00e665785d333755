package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.OpenApiContract;
import al.rrjeti.kernel.testing.TestPorts;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The chat page and REST resources over real HTTP with real logins: anonymous visitors are sent to
 * log in (401 on REST), citizens and staff who are no network members are refused (403), members get
 * the page with its socket and their rooms as JSON, documented in /openapi by the platform's contract.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class ChatAccessIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    private HttpSession logIn(String role) throws Exception {
        String email = Journeys.accountWithRole(app, role, "chat-" + role + "." + RUN + "." + System.nanoTime()
                + "@example.al");
        HttpSession s = new HttpSession(app.toExternalForm());
        s.logIn(email, Journeys.PASSWORD);
        return s;
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndGet401() throws Exception {
        HttpSession anonymous = new HttpSession(app.toExternalForm());
        HttpResponse<String> page = anonymous.get("/chat/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        assertThat(anonymous.get("/api/chat/rooms").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/chat/rooms/1/messages").statusCode()).isEqualTo(401);
    }

    @Test
    void thoseOutsideTheNetworkAreRefused() throws Exception {
        for (String role : new String[] {"citizen", "business", "media", "moderator", "editor"}) {
            HttpSession s = logIn(role);
            assertThat(s.get("/chat/").statusCode()).as(role + " page").isEqualTo(403);
            assertThat(s.get("/api/chat/rooms").statusCode()).as(role + " rooms").isEqualTo(403);
            assertThat(s.get("/api/chat/rooms/1/messages?before=5").statusCode()).as(role + " messages").isEqualTo(403);
        }
    }

    @Test
    void membersGetThePageWithItsSocketAndTheirRoomsAsJson() throws Exception {
        HttpSession member = logIn("cso_member");
        HttpResponse<String> rooms = member.get("/api/chat/rooms");
        assertThat(rooms.statusCode()).isEqualTo(200);
        assertThat(rooms.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        Matcher network = Pattern.compile("\\{[^{}]*\"kind\":\"network\"[^{}]*\\}").matcher(rooms.body());
        assertThat(network.find()).as(rooms.body()).isTrue();
        assertThat(network.group()).contains("\"unread\":");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(network.group());
        assertThat(id.find()).isTrue();
        String room = id.group(1);

        HttpResponse<String> messages = member.get("/api/chat/rooms/" + room + "/messages");
        assertThat(messages.statusCode()).isEqualTo(200);
        assertThat(messages.body()).startsWith("[");
        assertThat(member.get("/api/chat/rooms/" + room + "/messages?before=1").body()).isEqualTo("[]");
        assertThat(member.get("/api/chat/rooms/" + room + "/messages?after=999999999").body()).isEqualTo("[]");
        assertThat(member.get("/api/chat/rooms/999999999/messages").statusCode()).isEqualTo(404);
        assertThat(member.get("/api/chat/rooms/" + room + "/messages?before=1&after=2").statusCode()).isEqualTo(400);

        HttpResponse<String> page = member.get("/chat/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"chat-log\"").contains("data-room=\"" + room + "\"")
                .contains("OmniFaces.Push.init").contains("chat.js").contains("Biseda e rrjetit")
                .doesNotContain("???");
        HttpResponse<String> english = member.get("/chat/?lang=en");
        assertThat(english.body()).contains("Network chat").contains("The whole network").doesNotContain("???");
    }

    @Test
    void theModerationPageIsForThePlatformsModeratorsAndMeetingsForMembers() throws Exception {
        HttpSession anonymous = new HttpSession(app.toExternalForm());
        HttpResponse<String> page = anonymous.get("/chat/moderation.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        assertThat(anonymous.get("/api/chat/meetings").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/chat/meetings/1/ics").statusCode()).isEqualTo(401);

        for (String role : new String[] {"cso_member", "citizen", "editor"}) {
            assertThat(logIn(role).get("/chat/moderation.xhtml").statusCode()).as(role).isEqualTo(403);
        }
        HttpResponse<String> moderator = logIn("moderator").get("/chat/moderation.xhtml");
        assertThat(moderator.statusCode()).isEqualTo(200);
        assertThat(moderator.body()).contains("Mesazhe të raportuara në bisedë").doesNotContain("???");

        assertThat(logIn("citizen").get("/api/chat/meetings").statusCode()).isEqualTo(403);
        HttpSession member = logIn("institution_member");
        HttpResponse<String> meetings = member.get("/api/chat/meetings");
        assertThat(meetings.statusCode()).isEqualTo(200);
        assertThat(meetings.body()).startsWith("[");
        assertThat(member.get("/api/chat/meetings/999999999/ics").statusCode()).isEqualTo(404);
    }

    /** The chat's REST contract as a client generator reads /openapi, and the chat's real answers held to it. */
    @Test
    void theRestResourcesFollowTheContractAndAnswerAsDocumented() throws Exception {
        OpenApiContract contract = OpenApiContract.fetch(app, "chat")
                .assertFollowsTheRules("http://localhost:" + TestPorts.HTTP + "/" + ChatTestDeployment.NAME);
        assertThat(contract.api().getPaths()).containsKeys("/api/chat/rooms", "/api/chat/rooms/{id}/messages",
                "/api/chat/rooms/{id}/messages/{message}", "/api/chat/rooms/{id}/read", "/api/chat/meetings",
                "/api/chat/meetings/{id}/ics");
        assertThat(contract.api().getComponents().getSchemas()).containsKeys("ChatRoom", "ChatMessage", "ChatFile",
                "ChatMeeting", "ChatMessageText", "ChatReadMark").doesNotContainKey("ChatRefusal");

        HttpSession anonymous = new HttpSession(app.toExternalForm());
        contract.assertDocuments("GET", "/api/chat/rooms", anonymous.get("/api/chat/rooms"));
        contract.assertDocuments("GET", "/api/chat/meetings/{id}/ics", anonymous.get("/api/chat/meetings/1/ics"));
        contract.assertDocuments("GET", "/api/chat/rooms", logIn("citizen").get("/api/chat/rooms"));

        HttpSession member = logIn("cso_member");
        HttpResponse<String> rooms = member.get("/api/chat/rooms");
        contract.assertDocuments("GET", "/api/chat/rooms", rooms);
        Matcher network = Pattern.compile("\\{[^{}]*\"kind\":\"network\"[^{}]*\\}").matcher(rooms.body());
        assertThat(network.find()).as(rooms.body()).isTrue();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(network.group());
        assertThat(id.find()).isTrue();
        String room = id.group(1);
        String messages = "/api/chat/rooms/{id}/messages";
        contract.assertDocuments("GET", messages, member.get("/api/chat/rooms/" + room + "/messages"));
        contract.assertDocuments("GET", messages, member.get("/api/chat/rooms/999999999/messages"));
        contract.assertDocuments("GET", messages, member.get("/api/chat/rooms/" + room + "/messages?before=1&after=2"));
        contract.assertDocuments("GET", "/api/chat/rooms/{id}/messages/{message}",
                member.get("/api/chat/rooms/" + room + "/messages/999999999"));
        contract.assertDocuments("GET", "/api/chat/meetings", member.get("/api/chat/meetings"));
        contract.assertDocuments("GET", "/api/chat/meetings/{id}/ics", member.get("/api/chat/meetings/999999999/ics"));
    }
}
