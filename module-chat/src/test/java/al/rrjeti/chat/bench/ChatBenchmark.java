package al.rrjeti.chat.bench;

import al.rrjeti.kernel.testing.TestPorts;
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
 * as the page's composer does (a REST post with the page's header), under the chat's flood limit. Every
 * client notes when each message's push reaches its socket; after the run the messages' ids are read
 * back from the REST history (each text carries a token), and the delay from the start of the send
 * to each client's receipt is reported as p50/p95/p99, with sends refused, pushes missing and socket
 * errors counted, and the server's CPU load and heap (its MicroProfile metrics) sampled every second.
 *
 * <p>Right after the deployment the server runs its code cold (interpreted, its JIT compiling on the
 * same two cores), and the first seconds' pushes queue behind it. So the same load first runs for
 * {@code bench.warmup} seconds (30; 0 for none) as a warm-up, whose figures and errors are printed
 * too, apart and labelled as such; the figures of the run are those of the {@code bench.seconds}
 * that follow. No sample and no error of either phase is left out of its own figures.
 *
 * <p>A push carries the message and the id of the message pushed before it in the room ({@code prev}):
 * the chat page shows the message from the push alone, asks the REST history only when it does not
 * hold {@code prev} (a missed push: {@code ?after=} a few messages back, one request at a time, once
 * more if asked meanwhile), and marks the room read over REST at most every five seconds (at once after
 * a quiet spell, else once the five seconds are up). With {@code -Dbench.page=true} every client does
 * the same, and the figures add the delay from the send to the message being in that client's page
 * (from its push, its own send's answer, or a catch-up), with those requests' failures counted; without
 * it the clients only hold their sockets. {@code -Dbench.readEveryMs=N} changes the five seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatBenchmark {

    private static final int MEMBERS = Integer.getInteger("bench.members", 200);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    /** Whether each client does what the chat page does on a push: ask for the new messages, mark them read. */
    private static final boolean PAGE = Boolean.getBoolean("bench.page");
    /** The room marked read at most every N ms, as chat.js does (READ_EVERY). */
    private static final long READ_EVERY_MS = Long.getLong("bench.readEveryMs", 5000);
    /** As chat.js: a catch-up asks from this many messages back (OVERLAP). */
    private static final int OVERLAP = 10;
    private static final Pattern PREV = Pattern.compile("\"prev\"\\s*:\\s*(\\d+)");
    /** OmniFaces writes {@code OmniFaces.Push.init('<host>','chat?<channel id>',…)}; its script adds the context and endpoint. */
    private static final Pattern SOCKET = Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','([^']+)'");
    private static final Pattern ROOM = Pattern.compile("id=\"chat-log\"[^>]*data-room=\"(\\d+)\"");
    private static final Pattern PUSH = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    /** A message's token: its phase's letter, its writer, its number in the phase. */
    private static final Pattern TOKEN = Pattern.compile("bench-([a-z]\\d+-\\d+)-end");
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Pattern CREATED = Pattern.compile("\"createdAt\"\\s*:\\s*\"([^\"]+)\"");
    /** The wall clock at a nanoTime origin: receipts are compared with the server's message times (same machine). */
    private static final long NANO0 = System.nanoTime();
    private static final long EPOCH0_MICROS = java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH,
            java.time.Instant.now());

    @ArquillianResource
    private URL app;

    /** The network's room, where everyone writes. */
    private volatile long room;

    /** One connected member: their HTTP session, the page's view state, their socket's receipts. */
    private static final class Member {
        final int n;
        final HttpSession http;
        final Map<Long, Long> received = new ConcurrentHashMap<>();
        /** With bench.page: when each message came in this client's history answer (what the page shows). */
        final Map<Long, Long> shown = new ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
        volatile boolean again;
        volatile long last;
        /** As chat.js: when the room was last marked read (ms, nanoTime), and whether a mark waits for its turn. */
        volatile long readAtMs = Long.MIN_VALUE / 2;
        final java.util.concurrent.atomic.AtomicBoolean readWaiting = new java.util.concurrent.atomic.AtomicBoolean();
        /** The newest message the room was last marked read up to. */
        volatile long readUpTo;
        WebSocket socket;

        Member(int n, HttpSession http) {
            this.n = n;
            this.http = http;
        }
    }

    private final AtomicInteger socketErrors = new AtomicInteger();
    /** With bench.page: the clients' history requests and read posts, and how many of each failed. */
    private final AtomicInteger catchUps = new AtomicInteger();
    private final AtomicInteger catchUpErrors = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger readErrors = new AtomicInteger();
    /** With bench.page: pushes whose prev the page did not hold (a catch-up each). */
    private final AtomicInteger gaps = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicReference<String> firstPageFailure = new java.util.concurrent.atomic.AtomicReference<>();
    private final List<Long> catchUpMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Long> readMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    /** A thread per client, as each browser runs its page on its own (a shared few were held by the busiest pages). */
    private final ExecutorService pages = Executors.newFixedThreadPool(MEMBERS);
    private final ScheduledExecutorService readLater = Executors.newScheduledThreadPool(2);

    /** One phase of sending (the warm-up, the measured run): its sends, their round trips, its errors, its samples. */
    private static final class Phase {
        final String tag;
        final int seconds;
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        final AtomicInteger sends = new AtomicInteger();
        final AtomicInteger sendErrors = new AtomicInteger();
        /** Each send's Faces ajax round trip (µs): the sender's cost, apart from the delivery. */
        final List<Long> postMicros = java.util.Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.atomic.AtomicReference<String> firstSendFailure = new java.util.concurrent.atomic.AtomicReference<>();
        /** Each second: Payara's CPU, its used heap, the machine's CPU, this JVM's CPU. */
        final List<double[]> server = java.util.Collections.synchronizedList(new ArrayList<>());
        long start;
        long ranMs;

        Phase(String tag, int seconds) {
            this.tag = tag;
            this.seconds = seconds;
        }
    }
    /** Each message's creation time on the server (µs since the epoch), read back with its id. */
    private final Map<Long, Long> createdMicros = new ConcurrentHashMap<>();

    @Test
    void twoHundredMembersInOneRoom() throws Exception {
        String base = app.toExternalForm().replaceAll("/$", "");
        URI root = URI.create(base);
        String context = root.getPath();
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
            m.last = before;
            if (before > 0) {
                // The page's first history answer: the room's latest messages are in it.
                m.shown.put(before, System.nanoTime());
            }
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

        ProcessHandle payara = payaraProcess();
        List<Phase> phases = new ArrayList<>();
        if (WARMUP > 0) {
            phases.add(new Phase("w", WARMUP));
        }
        Phase measured = new Phase("m", SECONDS);
        phases.add(measured);
        for (Phase phase : phases) {
            run(phase, members, payara);
        }
        Thread.sleep(3000); // the last pushes

        Map<String, Long> ids = ids(members.get(0), room, before);
        members.stream().filter(m -> m.socket != null).forEach(m -> m.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        if (WARMUP > 0) {
            System.out.printf(Locale.ROOT, "WARM-UP, not in the run's figures: the same load for the first %d s after the"
                    + " deployment (the server's code cold); its own figures and errors:%n", WARMUP);
            report(phases.get(0), members, ids, payara);
            System.out.printf(Locale.ROOT, "THE RUN (after the %d s warm-up):%n", WARMUP);
        }
        report(measured, members, ids, payara);
        pages.shutdownNow();
        readLater.shutdownNow();
    }

    /** One phase: every member sends every ten seconds, spread evenly, for the phase's seconds; CPU and heap each second. */
    private void run(Phase phase, List<Member> members, ProcessHandle payara) throws InterruptedException {
        CpuSampler serverCpu = new CpuSampler(payara);
        CpuSampler clientCpu = new CpuSampler(ProcessHandle.current());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(8);
        ExecutorService senders = Executors.newFixedThreadPool(64);
        long periodMs = 10_000;
        long step = periodMs / members.size();
        phase.start = System.nanoTime();
        for (Member m : members) {
            // A send's delay counts from when it was due, not from when a sender thread took it up.
            clock.scheduleAtFixedRate(() -> {
                long due = System.nanoTime();
                senders.execute(() -> send(m, phase, due));
            }, m.n * step, periodMs, TimeUnit.MILLISECONDS);
        }
        clock.scheduleAtFixedRate(() -> {
            double[] heapAndSystem = metrics(members.get(0).http);
            phase.server.add(new double[] {serverCpu.sample(), heapAndSystem[0], heapAndSystem[1], clientCpu.sample()});
        }, 0, 1, TimeUnit.SECONDS);
        Thread.sleep(phase.seconds * 1000L);
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        phase.ranMs = (System.nanoTime() - phase.start) / 1_000_000;
    }

    /** The phase's figures: every send of it, every member's receipt of each (or its absence), its errors and samples. */
    private void report(Phase phase, List<Member> members, Map<String, Long> ids, ProcessHandle payara) {
        List<Long> micros = new ArrayList<>();
        List<Long> fromCreated = new ArrayList<>();
        // By when the message was sent, ten seconds a window: whether a tail is the server warming up or steady.
        java.util.TreeMap<Long, List<Long>> byWindow = new java.util.TreeMap<>();
        int missing = 0;
        int notShown = 0;
        List<Long> shownMicros = new ArrayList<>();
        int found = 0;
        for (Map.Entry<String, Long> sent : phase.sentAt.entrySet()) {
            Long id = ids.get(sent.getKey());
            if (id == null) {
                continue;
            }
            found++;
            for (Member m : members) {
                Long got = m.received.get(id);
                if (PAGE) {
                    Long seen = m.shown.get(id);
                    if (seen == null) {
                        notShown++;
                    } else {
                        shownMicros.add(Math.max(0, (seen - sent.getValue()) / 1000));
                    }
                }
                if (got == null) {
                    missing++;
                } else {
                    micros.add(Math.max(0, (got - sent.getValue()) / 1000));
                    byWindow.computeIfAbsent((sent.getValue() - phase.start) / 10_000_000_000L, w -> new ArrayList<>())
                            .add(Math.max(0, (got - sent.getValue()) / 1000));
                    Long created = createdMicros.get(id);
                    if (created != null) {
                        fromCreated.add(Math.max(0, EPOCH0_MICROS + (got - NANO0) / 1000 - created));
                    }
                }
            }
        }

        System.out.printf(Locale.ROOT, "Rrjeti chat benchmark: %d members in one room, %d s, one message a second per ten"
                + " members (%d sent in %.1f s, %d found in the history)%n", members.size(), phase.seconds,
                phase.sentAt.size(), phase.ranMs / 1000.0, found);
        if (micros.isEmpty()) {
            System.out.println("no push received");
        } else {
            Latencies.report("delivery, send start to push on each client", micros);
            if (!fromCreated.isEmpty()) {
                Latencies.report("message created on the server to push on each client", fromCreated);
            }
            byWindow.forEach((w, window) -> Latencies.report(String.format(Locale.ROOT,
                    "  delivery of messages sent in %d–%d s", w * 10, w * 10 + 10), window));
        }
        if (PAGE && !shownMicros.isEmpty()) {
            Latencies.report("send start to the message in each client's page (push, own answer or catch-up)", shownMicros);
        }
        if (!phase.postMicros.isEmpty()) {
            Latencies.report("sender's REST post, round trip", phase.postMicros);
        }
        System.out.printf(Locale.ROOT, "errors: %d sends failed over HTTP, %d sent but not saved (refused), %d pushes missing"
                + " of %d, %d socket errors (in the whole run)%n", phase.sendErrors.get(), phase.sentAt.size() - found, missing,
                (long) found * members.size(), socketErrors.get());
        if (PAGE) {
            System.out.printf(Locale.ROOT, "page clients (whole run): %d messages never shown of %d in this phase; %d pushes"
                    + " whose prev the page lacked; %d history requests, %d failed; %d read posts, %d failed%n", notShown,
                    (long) found * members.size(), gaps.get(), catchUps.get(), catchUpErrors.get(), reads.get(), readErrors.get());
            if (!catchUpMicros.isEmpty()) {
                Latencies.report("page client's history request (whole run)", catchUpMicros);
            }
            if (!readMicros.isEmpty()) {
                Latencies.report("page client's read post (whole run)", readMicros);
            }
            if (firstPageFailure.get() != null) {
                System.out.println("first failed page request: " + firstPageFailure.get());
            }
        }
        if (phase.firstSendFailure.get() != null) {
            System.out.println("first failed send: " + phase.firstSendFailure.get());
        }
        List<double[]> server = phase.server;
        System.out.printf(Locale.ROOT, "server (Payara, pid %s): CPU avg %.0f %% max %.0f %% of all %d cores; heap used avg %.0f MB"
                + " max %.0f MB (%d samples)%n", payara == null ? "not found" : payara.pid(), avg(server, 0) * 100,
                max(server, 0) * 100, Runtime.getRuntime().availableProcessors(), avg(server, 1) / 1e6, max(server, 1) / 1e6,
                server.size());
        System.out.printf(Locale.ROOT, "client (this benchmark's JVM, on the same machine): CPU avg %.0f %% max %.0f %%;"
                + " whole machine (Payara's vendor metric system_cpu_load) avg %.0f %% max %.0f %%%n%n",
                avg(server, 3) * 100, max(server, 3) * 100, avg(server, 2) * 100, max(server, 2) * 100);
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
                        long pushed = Long.parseLong(id.group(1));
                        m.received.putIfAbsent(pushed, now);
                        if (PAGE) {
                            pushed(m, pushed, text, now);
                        }
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

    /** One message through the page's composer, as chat.js sends it: a REST post with the page's header. */
    private void send(Member m, Phase phase, long due) {
        String token = phase.tag + m.n + "-" + phase.sends.incrementAndGet();
        try {
            phase.sentAt.put(token, due);
            long start = System.nanoTime();
            HttpResponse<String> r = change(m, "/messages", "{\"text\":\"Mesazh prove bench-" + token + "-end\"}");
            long now = System.nanoTime();
            phase.postMicros.add((now - start) / 1000);
            if (r.statusCode() != 201) {
                phase.sendErrors.incrementAndGet();
                phase.firstSendFailure.compareAndSet(null, r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length())));
            } else if (PAGE) {
                // The writer's page puts the message from the answer.
                Matcher id = ID.matcher(r.body());
                if (id.find()) {
                    m.shown.putIfAbsent(Long.parseLong(id.group(1)), now);
                }
            }
        } catch (Exception e) {
            phase.sendErrors.incrementAndGet();
            phase.firstSendFailure.compareAndSet(null, e.toString());
        }
    }

    /** A change of the page over REST (POST to the room's path + what), with the header chat.js sends. */
    private HttpResponse<String> change(Member m, String what, String json) throws Exception {
        return m.http.send(java.net.http.HttpRequest.newBuilder(URI.create(app.toExternalForm().replaceAll("/$", "")
                + "/api/chat/rooms/" + room + what))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Rrjeti-Request", "1").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * As chat.js's chatPushed: the message is in the page from its push; if the page does not hold
     * the message pushed before it ({@code prev}), a push was missed and the history is asked; then
     * the read mark, at most every READ_EVERY_MS.
     */
    private void pushed(Member m, long id, CharSequence push, long now) {
        m.shown.putIfAbsent(id, now);
        m.last = Math.max(m.last, id);
        Matcher prev = PREV.matcher(push);
        if (prev.find()) {
            long p = Long.parseLong(prev.group(1));
            if (p != 0 && !m.shown.containsKey(p)) {
                gaps.incrementAndGet();
                catchUp(m);
            }
        }
        read(m);
    }

    /** As chat.js's catchUp: one history request at a time, once more if asked meanwhile; then the read mark. */
    private void catchUp(Member m) {
        if (!m.busy.compareAndSet(false, true)) {
            m.again = true;
            return;
        }
        try {
            pages.execute(() -> {
                try {
                    do {
                        m.again = false;
                        fetchAndRead(m);
                    } while (m.again);
                } finally {
                    m.busy.set(false);
                }
                if (m.again) {
                    catchUp(m);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            m.busy.set(false);
        }
    }

    private void fetchAndRead(Member m) {
        long newest = m.last;
        boolean news = false;
        try {
            long start = System.nanoTime();
            List<Long> held = new ArrayList<>(m.shown.keySet());
            java.util.Collections.sort(held);
            long from = held.size() > OVERLAP ? held.get(held.size() - OVERLAP - 1) : 0;
            HttpResponse<String> r = m.http.send(java.net.http.HttpRequest.newBuilder(URI.create(app.toExternalForm()
                    .replaceAll("/$", "") + "/api/chat/rooms/" + room + "/messages?after=" + from))
                    .header("Accept", "application/json"));
            long now = System.nanoTime();
            catchUps.incrementAndGet();
            catchUpMicros.add((now - start) / 1000);
            if (r.statusCode() != 200) {
                catchUpErrors.incrementAndGet();
                firstPageFailure.compareAndSet(null, "history " + r.statusCode() + " " + r.body().substring(0,
                        Math.min(300, r.body().length())));
                return;
            }
            Matcher id = ID.matcher(r.body());
            while (id.find()) {
                long found = Long.parseLong(id.group(1));
                news |= m.shown.putIfAbsent(found, now) == null;
                newest = Math.max(newest, found);
            }
        } catch (Exception e) {
            catchUps.incrementAndGet();
            catchUpErrors.incrementAndGet();
            firstPageFailure.compareAndSet(null, "history " + e);
            return;
        }
        m.last = Math.max(m.last, newest);
        if (news) {
            read(m);
        }
    }

    /** chat.js's read(): at once after a quiet spell of READ_EVERY_MS, else once they are up; nothing new, nothing sent. */
    private void read(Member m) {
        if (m.last <= m.readUpTo || !m.readWaiting.compareAndSet(false, true)) {
            return;
        }
        long wait = m.readAtMs + READ_EVERY_MS - System.nanoTime() / 1_000_000;
        try {
            // Never on the socket's own thread: the browser's fetch does not hold up its socket either.
            if (wait <= 0) {
                pages.execute(() -> markRead(m));
            } else {
                readLater.schedule(() -> pages.execute(() -> markRead(m)), wait, TimeUnit.MILLISECONDS);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            m.readWaiting.set(false);
        }
    }

    /** POST /api/chat/rooms/{id}/read {"upTo": newest shown}, with the page's header. */
    private void markRead(Member m) {
        m.readAtMs = System.nanoTime() / 1_000_000;
        m.readWaiting.set(false);
        reads.incrementAndGet();
        long upTo = m.last;
        try {
            long start = System.nanoTime();
            HttpResponse<String> r = change(m, "/read", "{\"upTo\":" + upTo + "}");
            readMicros.add((System.nanoTime() - start) / 1000);
            if (r.statusCode() == 204) {
                m.readUpTo = Math.max(m.readUpTo, upTo);
            } else {
                readErrors.incrementAndGet();
                firstPageFailure.compareAndSet(null, "read " + r.statusCode() + " " + r.body().substring(0,
                        Math.min(300, r.body().length())));
            }
        } catch (Exception e) {
            readErrors.incrementAndGet();
            firstPageFailure.compareAndSet(null, "read " + e);
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
    private Map<String, Long> ids(Member m, long room, long after) throws Exception {
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
                        Matcher created = CREATED.matcher(object);
                        if (created.find()) {
                            createdMicros.put(found, java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH,
                                    java.time.Instant.parse(created.group(1))));
                        }
                    }
                }
            }
            if (last == cursor) {
                return ids;
            }
            cursor = last;
        }
    }

    /**
     * The server's used heap (bytes) and the whole machine's CPU load (0–1) from its MicroProfile
     * metrics. Payara 6 publishes no process CPU among its base metrics (its metrics.xml maps
     * cpu.availableProcessors and cpu.systemLoadAverage only); its vendor scope has system.cpu.load.
     */
    private static double[] metrics(HttpSession http) {
        try {
            String text = http.send(java.net.http.HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + TestPorts.HTTP + "/metrics"))
                    .header("Accept", "text/plain")).body();
            return new double[] {value(text, "memory_usedHeap_bytes"), value(text, "system_cpu_load")};
        } catch (Exception e) {
            return new double[] {-1, -1};
        }
    }

    private static double value(String metrics, String name) {
        // MicroProfile Metrics 4 writes base_/vendor_ prefixes, 5 writes name{mp_scope="…"}.
        Matcher m = Pattern.compile("(?m)^(?:base_|vendor_)?" + name + "(?:\\{[^}]*\\})?\\s+([0-9.Ee+-]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** The test server's process: the Java process started from the Payara installation the tests use. */
    private static ProcessHandle payaraProcess() {
        String home = System.getProperty("payara.home", "payara6");
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(home)
                && c.contains("ASMain")).orElse(false)).findFirst().orElse(null);
    }

    /** A process's CPU use between two samples, as a share of all the machine's cores (0–1). */
    private static final class CpuSampler {
        private final ProcessHandle process;
        private long lastCpuNanos = -1;
        private long lastWallNanos;

        CpuSampler(ProcessHandle process) {
            this.process = process;
        }

        synchronized double sample() {
            if (process == null) {
                return -1;
            }
            long cpu = process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
            long wall = System.nanoTime();
            double load = -1;
            if (cpu >= 0 && lastCpuNanos >= 0 && wall > lastWallNanos) {
                load = (double) (cpu - lastCpuNanos) / (wall - lastWallNanos) / Runtime.getRuntime().availableProcessors();
            }
            lastCpuNanos = cpu;
            lastWallNanos = wall;
            return load;
        }
    }

    private static double avg(List<double[]> samples, int i) {
        synchronized (samples) {
            return samples.stream().mapToDouble(x -> x[i]).filter(x -> x >= 0).average().orElse(-1);
        }
    }

    private static double max(List<double[]> samples, int i) {
        synchronized (samples) {
            return samples.stream().mapToDouble(x -> x[i]).max().orElse(-1);
        }
    }
}
