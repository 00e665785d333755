package al.rrjeti.chat.bench;

import al.rrjeti.kernel.testing.HttpSession;
import al.rrjeti.kernel.testing.Journeys;
import al.rrjeti.kernel.testing.Latencies;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat under load, on the module's test server. Not a test: it prints figures, and runs only
 * with {@code mvn -pl module-chat -am -Pbenchmark verify}.
 *
 * <p>{@code bench.members} members (200) log in, open the chat page (the network's room) and hold
 * its OmniFaces web socket open, as browsers do. For {@code bench.seconds} (60) one message per
 * second per ten members is written (20 a second for 200), each member writing every ten seconds
 * through the page's own composer form (a Faces ajax post), under the chat's flood limit. Every
 * client notes when each message's push reaches its socket; after the run the messages' ids are read
 * back from the REST history (each text carries a token), and the delay from the start of the send
 * to each client's receipt is reported as p50/p95/p99, with sends refused, pushes missing and socket
 * errors counted, and the server's CPU load and heap (its MicroProfile metrics) sampled every second.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 200);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    /** OmniFaces writes {@code OmniFaces.Push.init('<host>','chat?<channel id>',…)}; its script adds the context and endpoint. */
    private static final Pattern SOCKET = Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','([^']+)'");
    private static final Pattern ROOM = Pattern.compile("id=\"chat-log\"[^>]*data-room=\"(\\d+)\"");
    private static final Pattern PUSH = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("bench-(\\d+-\\d+)-end");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @ArquillianResource
    private URL app;

    /** One connected member: their HTTP session, the page's view state, their socket's receipts. */
    private static final class Member {
        final int n;
        final HttpSession http;
        String viewState;
        final Map<Long, Long> received = new ConcurrentHashMap<>();
        WebSocket socket;

        Member(int n, HttpSession http) {
            this.n = n;
            this.http = http;
        }
    }

    private final AtomicInteger socketErrors = new AtomicInteger();
    private final AtomicInteger sendErrors = new AtomicInteger();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    @Test
    void twoHundredMembersInOneRoom() throws Exception {
        String base = app.toExternalForm().replaceAll("/$", "");
        URI root = URI.create(base);
        String context = root.getPath();
        long room;
        List<Member> members = new ArrayList<>();
        // The test-support resource acts as one person at a time (the kernel's ActingUser): accounts one by one.
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            emails.add(Journeys.accountWithRole(new URL(base + "/"), "cso_member", "bench-chat-" + RUN + "-" + i + "@example.al"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Member>> joining = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                int n = i;
                joining.add(pool.submit(() -> join(base, emails.get(n), n)));
            }
            for (Future<Member> f : joining) {
                members.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        Matcher r = ROOM.matcher(members.get(0).http.get("/chat/").body());
        room = r.find() ? Long.parseLong(r.group(1)) : -1;
        long before = latest(members.get(0), room);
        HttpClient sockets = HttpClient.newHttpClient();
        for (Member m : members) {
            String page = m.http.get("/chat/").body();
            m.viewState = HttpSession.viewState(page);
            Matcher s = SOCKET.matcher(page);
            try {
                if (!s.find()) {
                    throw new IllegalStateException("no socket on the chat page");
                }
                URI ws = URI.create("ws://" + root.getHost() + ":" + root.getPort() + context + "/omnifaces.push/" + s.group(1));
                m.socket = sockets.newWebSocketBuilder().header("Cookie", m.http.cookie())
                        .buildAsync(ws, listener(m)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Counted, not fatal: the figures say how many clients never connected.
                socketErrors.incrementAndGet();
                if (socketErrors.get() == 1) {
                    System.out.println("first socket failure: " + e);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%d members, %d with a socket, in room %d (context %s)%n", members.size(),
                members.stream().filter(m -> m.socket != null).count(), room, context);

        List<double[]> server = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(8);
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long periodMs = 10_000;
        long step = periodMs / members.size();
        long start = System.nanoTime();
        for (Member m : members) {
            clock.scheduleAtFixedRate(() -> senders.execute(() -> send(m)), m.n * step, periodMs, TimeUnit.MILLISECONDS);
        }
        clock.scheduleAtFixedRate(() -> server.add(metrics(members.get(0).http)), 0, 1, TimeUnit.SECONDS);
        Thread.sleep(SECONDS * 1000L);
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        long ranMs = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(3000); // the last pushes

        Map<String, Long> ids = ids(members.get(0), room, before);
        List<Long> micros = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
            Long id = ids.get(sent.getKey());
            if (id == null) {
                continue;
            }
            for (Member m : members) {
                Long got = m.received.get(id);
                if (got == null) {
                    missing++;
                } else {
                    micros.add(Math.max(0, (got - sent.getValue()) / 1000));
                }
            }
        }
        members.stream().filter(m -> m.socket != null).forEach(m -> m.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));

        System.out.printf(Locale.ROOT, "Rrjeti chat benchmark: %d members in one room, %d s, one message a second per ten"
                + " members (%d sent in %.1f s, %d found in the history)%n", members.size(), SECONDS, sentAt.size(),
                ranMs / 1000.0, ids.size());
        if (micros.isEmpty()) {
            System.out.println("no push received");
        } else {
            Latencies.report("delivery, send start to push on each client", micros);
        }
        System.out.printf(Locale.ROOT, "errors: %d sends failed over HTTP, %d sent but not saved (refused), %d pushes missing"
                + " of %d, %d socket errors%n", sendErrors.get(), sentAt.size() - ids.size(), missing,
                (long) ids.size() * members.size(), socketErrors.get());
        double cpuAvg = server.stream().mapToDouble(x -> x[0]).filter(x -> x >= 0).average().orElse(-1);
        double cpuMax = server.stream().mapToDouble(x -> x[0]).max().orElse(-1);
        double heapMax = server.stream().mapToDouble(x -> x[1]).max().orElse(-1);
        double heapAvg = server.stream().mapToDouble(x -> x[1]).filter(x -> x >= 0).average().orElse(-1);
        System.out.printf(Locale.ROOT, "server: process CPU load avg %.0f %% max %.0f %% (of all cores); heap used avg %.0f MB"
                + " max %.0f MB (%d samples)%n%n", cpuAvg * 100, cpuMax * 100, heapAvg / 1e6, heapMax / 1e6, server.size());
    }

    private Member join(String base, String email, int n) throws Exception {
        HttpSession http = new HttpSession(base);
        http.logIn(email, Journeys.PASSWORD);
        return new Member(n, http);
    }

    private WebSocket.Listener listener(Member m) {
        return new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                long now = System.nanoTime();
                text.append(data);
                if (last) {
                    Matcher id = PUSH.matcher(text);
                    if (id.find() && text.indexOf("POSTED") >= 0) {
                        m.received.putIfAbsent(Long.parseLong(id.group(1)), now);
                    }
                    text.setLength(0);
                }
                socket.request(1);
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                socketErrors.incrementAndGet();
            }
        };
    }

    /** One message through the page's composer, as the browser's ajax post sends it. */
    private void send(Member m) {
        String token = m.n + "-" + sentAt.size();
        String form = "composer=composer&composer%3Aediting=&composer%3Atext=" + HttpSession.enc("Mesazh prove bench-"
                + token + "-end") + "&jakarta.faces.ViewState=" + HttpSession.enc(m.viewState)
                + "&jakarta.faces.source=composer%3Asend&jakarta.faces.partial.event=click"
                + "&jakarta.faces.partial.execute=composer&jakarta.faces.partial.render=composer"
                + "&jakarta.faces.behavior.event=action&jakarta.faces.partial.ajax=true&composer%3Asend=composer%3Asend";
        try {
            sentAt.put(token, System.nanoTime());
            HttpResponse<String> r = m.http.postForm("/chat/index.xhtml", form);
            if (r.statusCode() != 200 || r.body().contains("<error>")) {
                sendErrors.incrementAndGet();
            }
        } catch (Exception e) {
            sendErrors.incrementAndGet();
        }
    }

    private static long latest(Member m, long room) throws Exception {
        String body = m.http.get("/api/chat/rooms/" + room + "/messages").body();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
        long last = 0;
        while (id.find()) {
            last = Math.max(last, Long.parseLong(id.group(1)));
        }
        return last;
    }

    /** The ids of the benchmark's messages by token, read back page by page. */
    private static Map<String, Long> ids(Member m, long room, long after) throws Exception {
        Map<String, Long> ids = new ConcurrentHashMap<>();
        long cursor = after;
        while (true) {
            String body = m.http.get("/api/chat/rooms/" + room + "/messages?after=" + cursor).body();
            long last = cursor;
            // JSON-B writes a message's keys in any order: each object is read alone (no text of theirs holds braces).
            for (String object : body.split("\\},\\s*\\{")) {
                Matcher id = ID.matcher(object);
                if (id.find()) {
                    long found = Long.parseLong(id.group(1));
                    last = Math.max(last, found);
                    Matcher token = TOKEN.matcher(object);
                    if (token.find()) {
                        ids.put(token.group(1), found);
                    }
                }
            }
            if (last == cursor) {
                return ids;
            }
            cursor = last;
        }
    }

    /** The server's process CPU load (0–1) and used heap (bytes), from its MicroProfile metrics. */
    private static double[] metrics(HttpSession http) {
        try {
            String text = http.send(java.net.http.HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + System.getProperty("bench.port", "28080") + "/metrics"))
                    .header("Accept", "text/plain")).body();
            return new double[] {value(text, "cpu_processCpuLoad"), value(text, "memory_usedHeap_bytes")};
        } catch (Exception e) {
            return new double[] {-1, -1};
        }
    }

    private static double value(String metrics, String name) {
        // MicroProfile Metrics 4 writes base_cpu_processCpuLoad, 5 writes cpu_processCpuLoad{mp_scope="base"}.
        Matcher m = Pattern.compile("(?m)^(?:base_)?" + name + "(?:\\{[^}]*\\})?\\s+([0-9.Ee+-]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
