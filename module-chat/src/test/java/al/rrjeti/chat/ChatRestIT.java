package al.rrjeti.chat;

import static org.assertj.core.api.Assertions.assertThat;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.OpenApiContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
 * What the chat page does over REST and its socket, over real HTTP with real logins: a message
 * written through {@code POST /api/chat/rooms/{id}/messages} reaches the sockets of the room's members
 * with the message itself (its sanitised HTML, author, time, the message pushed before it) and never
 * a non-member's; the room is marked read through {@code POST …/read}; both refuse a request without
 * the page's {@code X-Rrjeti-Request} header (what a form of another site would send), callers who are not
 * members, and bad input or flooding with the words to show in the writer's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Execution(ExecutionMode.CONCURRENT) // beside the journeys: see SideBySide
class ChatRestIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Pattern SOCKET = Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','([^']+)'");
    private static final Pattern ME = Pattern.compile("data-me=\"(\\d+)\"");
    private static final Pattern ROOM = Pattern.compile("id=\"chat-log\"[^>]*data-room=\"(\\d+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @ArquillianResource
    private URL app;

    private HttpSession member(String name) throws Exception {
        String email = Journeys.accountWithRole(app, "cso_member", "chat-rest-" + name + "." + RUN + "." + System.nanoTime()
                + "@example.al");
        HttpSession s = new HttpSession(app.toExternalForm());
        s.logIn(email, Journeys.PASSWORD);
        return s;
    }

    private static long me(HttpSession s) throws Exception {
        Matcher m = ME.matcher(s.get("/chat/").body());
        assertThat(m.find()).as("the page knows its reader's account").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A direct conversation of the two, started on the chat page's form; its room id. */
    private static long direct(HttpSession a, long other) throws Exception {
        String page = a.get("/chat/").body();
        HttpResponse<String> made = a.postForm("/chat/index.xhtml", "direct=direct&direct%3Aothers=" + other
                + "&direct%3Astart=&jakarta.faces.ViewState=" + HttpSession.enc(HttpSession.viewState(page)));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
        Matcher room = Pattern.compile("room=(\\d+)").matcher(made.headers().firstValue("Location").orElse(""));
        assertThat(room.find()).isTrue();
        return Long.parseLong(room.group(1));
    }

    private HttpResponse<String> post(HttpSession s, String path, String json, boolean ownPage) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ownPage) {
            r.header("X-Rrjeti-Request", "1");
        }
        return s.send(r);
    }

    /** A message as a client that asks for a language sends it (Accept-Language), with the page's header. */
    private HttpResponse<String> send(HttpSession s, String path, String json, String acceptLanguage) throws Exception {
        return s.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .header("X-Rrjeti-Request", "1").header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return new ObjectMapper().readTree(answer.body());
    }

    private String base() {
        return app.toExternalForm().replaceAll("/$", "");
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The member's socket, as the chat page opens it; every text frame it gets. */
    private WebSocket socket(HttpSession s, List<String> frames) throws Exception {
        Matcher m = SOCKET.matcher(s.get("/chat/").body());
        assertThat(m.find()).as("the chat page opens a socket").isTrue();
        URI root = URI.create(app.toExternalForm());
        URI ws = URI.create("ws://" + root.getHost() + ":" + root.getPort() + root.getPath().replaceAll("/$", "")
                + "/omnifaces.push/" + m.group(1));
        return HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", s.cookie())
                .buildAsync(ws, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            frames.add(unescaped(text.toString()));
                            text.setLength(0);
                        }
                        w.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    /** OmniFaces writes "/" as "\\/" and letters beyond ASCII as "\\u00eb": the frame as its text reads. */
    private static String unescaped(String json) {
        Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(json.replace("\\/", "/"));
        StringBuilder out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        return u.appendTail(out).toString();
    }

    private static String await(List<String> frames, Predicate<String> wanted) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < until) {
            for (String f : frames) {
                if (wanted.test(f)) {
                    return f;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such push within 5 s; got " + frames);
    }

    @Test
    void aPushCarriesTheMessageToTheRoomsMembersAndNobodyElse() throws Exception {
        HttpSession a = member("a");
        HttpSession b = member("b");
        HttpSession c = member("c");
        long aId = me(a);
        long room = direct(a, me(b));
        List<String> toB = new CopyOnWriteArrayList<>();
        List<String> toC = new CopyOnWriteArrayList<>();
        WebSocket bSocket = socket(b, toB);
        WebSocket cSocket = socket(c, toC);
        try {
            String secret = "Vetëm për dy " + RUN;
            HttpResponse<String> sent = post(a, "/api/chat/rooms/" + room + "/messages",
                    "{\"text\":\"" + secret + " **fort** <script>alert(1)</script>\"}", true);
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            long first = id(sent);
            assertThat(sent.body()).contains("\"mine\":true").contains("\"markdown\":");

            String push = await(toB, f -> f.contains("\"id\":" + first));
            assertThat(push).contains("\"kind\":\"POSTED\"").contains("\"room\":" + room).contains(secret)
                    .contains("<strong>fort</strong>").doesNotContain("<script").contains("\"authorId\":" + aId)
                    .contains("\"author\":\"").contains("\"createdAt\":\"").contains("\"deleted\":false")
                    .as("the writer's Markdown is theirs alone").doesNotContain("\"markdown\"");
            Matcher prev = Pattern.compile("\"prev\":(\\d+)").matcher(push);
            assertThat(prev.find()).isTrue();
            assertThat(Long.parseLong(prev.group(1))).as("the room's first push on this server: none known before it").isZero();

            long second = id(post(a, "/api/chat/rooms/" + room + "/messages", "{\"text\":\"E dyta " + RUN + "\"}", true));
            assertThat(await(toB, f -> f.contains("\"id\":" + second))).as("chained to the message pushed before it")
                    .contains("\"prev\":" + first);

            // C's socket works (the network's room reaches it) but never carried the conversation of the two.
            long network = Long.parseLong(rx(ROOM, c.get("/chat/").body()));
            long open = id(post(a, "/api/chat/rooms/" + network + "/messages", "{\"text\":\"Për të gjithë " + RUN + "\"}", true));
            await(toC, f -> f.contains("\"id\":" + open));
            assertThat(toC).as("a non-member's socket").noneMatch(f -> f.contains(secret) || f.contains("\"room\":" + room + ","));
        } finally {
            bSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            cSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void theRoomIsMarkedReadOverRestByItsMembersFromTheirOwnPage() throws Exception {
        HttpSession a = member("a");
        HttpSession b = member("b");
        HttpSession c = member("c");
        long room = direct(a, me(b));
        long last = 0;
        for (int i = 0; i < 3; i++) {
            last = id(post(a, "/api/chat/rooms/" + room + "/messages", "{\"text\":\"Lexo " + i + "\"}", true));
        }
        assertThat(unread(b, room)).isEqualTo(3);
        String read = "{\"upTo\":" + last + "}";

        assertThat(post(new HttpSession(app.toExternalForm()), "/api/chat/rooms/" + room + "/read", read, true).statusCode())
                .as("anonymous").isEqualTo(401);
        HttpResponse<String> forged = post(b, "/api/chat/rooms/" + room + "/read", read, false);
        assertThat(forged.statusCode()).as("without the page's header (a form of another site)").isEqualTo(403);
        assertThat(forged.body()).contains("X-Rrjeti-Request");
        assertThat(unread(b, room)).as("nothing marked").isEqualTo(3);
        assertThat(post(c, "/api/chat/rooms/" + room + "/read", read, true).statusCode()).as("not a member").isEqualTo(403);
        assertThat(post(b, "/api/chat/rooms/999999999/read", read, true).statusCode()).as("no such room").isEqualTo(404);

        HttpResponse<String> twoOfThree = post(b, "/api/chat/rooms/" + room + "/read", "{\"upTo\":" + (last - 1) + "}", true);
        assertThat(twoOfThree.statusCode()).isEqualTo(204);
        assertThat(unread(b, room)).isEqualTo(1);
        assertThat(post(b, "/api/chat/rooms/" + room + "/read", "{\"upTo\":" + Long.MAX_VALUE / 2 + "}", true).statusCode())
                .isEqualTo(204);
        assertThat(unread(b, room)).isZero();
        assertThat(unread(a, room)).as("the writer's own messages never count").isZero();
        post(a, "/api/chat/rooms/" + room + "/messages", "{\"text\":\"Edhe një\"}", true);
        assertThat(unread(b, room)).as("read never past the latest message").isEqualTo(1);
    }

    @Test
    void writingOverRestIsForMembersWithTheirOwnPageAndSaysWhyNotInTheirLanguage() throws Exception {
        HttpSession a = member("a");
        HttpSession b = member("b");
        HttpSession c = member("c");
        long room = direct(a, me(b));
        String path = "/api/chat/rooms/" + room + "/messages";

        HttpResponse<String> forged = post(a, path, "{\"text\":\"Nga një faqe tjetër " + RUN + "\"}", false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(a.get(path).body()).as("nothing saved").doesNotContain("Nga një faqe tjetër " + RUN);
        assertThat(post(c, path, "{\"text\":\"Futem\"}", true).statusCode()).as("not a member").isEqualTo(403);
        assertThat(post(new HttpSession(app.toExternalForm()), path, "{\"text\":\"Anonim\"}", true).statusCode())
                .isEqualTo(401);
        assertThat(post(a, "/api/chat/rooms/999999999/messages", "{\"text\":\"Askund\"}", true).statusCode()).isEqualTo(404);

        // Refusals are the kernel's one error body, as /openapi documents them: the field, and the words for the writer.
        OpenApiContract contract = OpenApiContract.fetch(app, "chat-refusals");
        String documented = "/api/chat/rooms/{id}/messages";
        contract.assertDocuments("POST", documented, forged);
        HttpResponse<String> empty = post(a, path, "{\"text\":\"   \"}", true);
        assertThat(empty.statusCode()).isEqualTo(400);
        contract.assertDocuments("POST", documented, empty);
        JsonNode why = json(empty);
        assertThat(why.path("error").asText()).isEqualTo("Bad Request");
        assertThat(why.path("field").asText()).isEqualTo("text");
        assertThat(why.path("text").asText()).isEqualTo("Shkruani mesazhin.");
        assertThat(why.path("message").asText()).as("the message key, for a developer").isEqualTo("chat.message.required");
        HttpResponse<String> tooLong = post(a, path, "{\"text\":\"" + "a".repeat(4001) + "\"}", true);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).path("text").asText()).containsPattern("deri në 4\\D?000 shenja");
        // The language as the site chooses it (?lang=, then its cookie, which a browser sends and this client does not
        // keep), else the one the client asks for (the chat page sends its own).
        assertThat(json(post(a, path + "?lang=en", "{}", true)).path("text").asText()).isEqualTo("Write the message.");
        assertThat(json(send(a, path, "{}", "en-US,en;q=0.8")).path("text").asText()).isEqualTo("Write the message.");
        assertThat(json(send(a, path + "?lang=sq", "{}", "en")).path("text").asText()).isEqualTo("Shkruani mesazhin.");

        long mine = id(post(a, path, "{\"text\":\"Para ndryshimit\"}", true));
        HttpResponse<String> edited = a.send(HttpRequest.newBuilder(URI.create(base() + path + "/" + mine))
                .header("Content-Type", "application/json").header("X-Rrjeti-Request", "1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"Pas ndryshimit\"}")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).contains("Pas ndryshimit").contains("\"editedAt\":\"");
        HttpResponse<String> notHers = b.send(HttpRequest.newBuilder(URI.create(base() + path + "/" + mine))
                .header("Content-Type", "application/json").header("X-Rrjeti-Request", "1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"E ndryshoj unë\"}")));
        assertThat(notHers.statusCode()).as("another member's message").isEqualTo(403);

        // The flood limit (20 a minute by default): the refusal says how long to wait, in the writer's language.
        HttpResponse<String> refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            HttpResponse<String> r = post(b, path, "{\"text\":\"Shpejt " + i + "\"}", true);
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
        }
        assertThat(refused).as("refused before 40 messages in a minute").isNotNull();
        contract.assertDocuments("POST", documented, refused);
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1L, 60L);
        JsonNode tooFast = json(refused);
        assertThat(tooFast.path("text").asText()).contains("Po dërgoni mesazhe shumë shpejt");
        assertThat(tooFast.path("message").asText()).isEqualTo("too many requests: try again in " + retry + " s");
        assertThat(tooFast.has("field")).as("the pace, not the text box").isFalse();

        // A client that names no language gets the account's: B chooses English on the profile page.
        String profile = b.get("/account/profile.xhtml").body();
        HttpResponse<String> saved = b.postForm("/account/profile.xhtml", "details=details&details%3AdisplayName="
                + HttpSession.enc("B " + RUN) + "&details%3Alanguage=en&details%3Asave="
                + "&jakarta.faces.ViewState=" + HttpSession.enc(HttpSession.viewState(profile))
                + "&primefaces.nonce=" + HttpSession.enc(rx(Pattern.compile("nonce=\"([^\"]+)\""), profile)));
        assertThat(saved.statusCode()).as(saved.body()).isLessThan(400);
        // (the limit gives one message back every 3 s: the profile's requests may have given one back)
        HttpResponse<String> inEnglish = null;
        for (int i = 0; i < 10 && (inEnglish == null || inEnglish.statusCode() != 429); i++) {
            inEnglish = post(b, path, "{\"text\":\"Edhe një herë " + i + "\"}", true);
        }
        assertThat(inEnglish.statusCode()).isEqualTo(429);
        assertThat(json(inEnglish).path("text").asText()).startsWith("You are sending messages too fast. Try again in");
    }

    @Test
    void theNewEndpointsAreDocumented() throws Exception {
        String openapi = new HttpSession(app.getProtocol() + "://" + app.getHost() + ":" + app.getPort()).get("/openapi")
                .body();
        assertThat(openapi).contains("chatPostMessage").contains("chatEditMessage").contains("chatMarkRead")
                .contains("ChatMessageText").contains("ChatReadMark")
                .as("refusals are the kernel's ApiError, no body of the chat's own").doesNotContain("ChatRefusal");
    }

    private static long unread(HttpSession s, long room) throws Exception {
        String rooms = s.get("/api/chat/rooms").body();
        Matcher m = Pattern.compile("\\{[^{}]*\"id\":" + room + "[,}][^{}]*\\}").matcher(rooms);
        assertThat(m.find()).as(rooms).isTrue();
        return Long.parseLong(rx(Pattern.compile("\"unread\":(\\d+)"), m.group()));
    }

    private static String rx(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(p + " in " + text.substring(0, Math.min(300, text.length()))).isTrue();
        return m.group(1);
    }
}
