package al.rrjeti.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Which of the build's test servers this test run uses. A build whose modules are built one after
 * the other has one server (the root pom's {@code payara.test.domain} on {@code payara.test.portbase});
 * a build that builds two modules at a time ({@code mvn -T2}) starts a second one
 * ({@code payara.test.domain2} on {@code payara.test.portbase2}, {@code tools/payara-test-server.sh}),
 * and each module's test JVM takes whichever is free, holding a lock on the server's claim file
 * for as long as it runs (the operating system lets go of it when the JVM ends, however it ends).
 * A module's tests then have a server of their own, as when modules are built one after the other:
 * Payara's {@code /openapi}, for one, describes every application deployed on it.
 *
 * <p>A claimed server still starting in the background is waited for. Claimed when the test plan
 * starts ({@link SideBySide}), before Arquillian reads
 * {@code arquillian.xml} and before {@link TestPorts} is first read: the claim sets the system
 * properties both take their server from ({@code payara.domain}, {@code payara.adminport},
 * {@code rrjeti.test.portbase}).
 */
final class TestServers {

    /** A test server: its domain and its port base. */
    record Server(String domain, int portBase) {

        /** Its administration port (the root pom's {@code payara.test.adminport} for the first). */
        int adminPort() {
            return portBase + 48;
        }
    }

    /** The claim file's channel, open and locked for the JVM's life; null until claimed. */
    private static FileChannel held;

    private TestServers() {
    }

    /** Takes a free test server for this JVM (waiting for one) when the build runs two; else leaves the configured one. */
    static synchronized void claim() {
        String second = System.getProperty("rrjeti.test.server2", "");
        if (held != null || !"parallel=true".equals(System.getProperty("rrjeti.test.parallel-build"))
                || !second.contains(":") || System.getProperty("payara.home") == null) {
            return;
        }
        List<Server> servers = List.of(
                new Server(System.getProperty("payara.domain"), Integer.getInteger("rrjeti.test.portbase", 28000)),
                new Server(second.substring(0, second.indexOf(':')),
                        Integer.parseInt(second.substring(second.indexOf(':') + 1).strip())));
        Path domains = Path.of(System.getProperty("payara.home"), "glassfish", "domains");
        Claimed claimed = firstFree(domains, lookedAt(servers, Boolean.getBoolean("rrjeti.test.first-server")),
                Long.MAX_VALUE);
        held = claimed.channel();
        Server server = claimed.server();
        awaitBackgroundStart(domains, server);
        System.setProperty("payara.domain", server.domain());
        System.setProperty("payara.adminport", String.valueOf(server.adminPort()));
        System.setProperty("rrjeti.test.portbase", String.valueOf(server.portBase()));
        System.out.println("[rrjeti] " + System.getProperty("rrjeti.test.module", "these tests")
                + " run on the test server " + server.domain() + " (port base " + server.portBase() + ")");
    }

    /**
     * The build's servers in the order a test run looks at them. The first server is up first (its
     * start makes the domain template the second's waits for): the tests that set
     * {@code rrjeti.test.first-server} (the kernel's, the build's longest) look at it first, the
     * others at the second, so that the longest begin soonest.
     */
    static List<Server> lookedAt(List<Server> servers, boolean firstServerFirst) {
        return firstServerFirst ? servers : List.of(servers.get(1), servers.get(0));
    }

    /**
     * Waits while the build's background start of the server is still going (no module's build
     * waits for the second server: it starts beside the first, while the kernel compiles). Its
     * state is the start script's status file ({@code tools/payara-test-server.sh}).
     */
    private static void awaitBackgroundStart(Path domains, Server server) {
        Path status = domains.resolve("." + server.domain() + "-start");
        try {
            for (int i = 0; i < 600 && Files.exists(status)
                    && Files.readString(status).startsWith("starting "); i++) {
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the test server to start", e);
        }
    }

    /** A server taken, with the locked channel of its claim file (closing it lets the server go). */
    record Claimed(Server server, FileChannel channel) {
    }

    /**
     * The first of {@code servers} whose claim file under {@code domains} no other process holds,
     * locked for the caller; waits for one to be let go, at most {@code waitMillis}.
     */
    static Claimed firstFree(Path domains, List<Server> servers, long waitMillis) {
        try {
            Files.createDirectories(domains);
            for (long waited = 0; ; waited += 500) {
                for (Server server : servers) {
                    FileChannel channel = FileChannel.open(domains.resolve("." + server.domain() + ".claim"),
                            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new Claimed(server, channel);
                    }
                    channel.close();
                }
                if (waited >= waitMillis) {
                    throw new IllegalStateException("No free test server after " + waited + " ms: " + servers);
                }
                if (waited % 30_000 == 0) {
                    System.out.println("[rrjeti] waiting for a free test server (" + servers + ")");
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not claim a test server under " + domains, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a free test server", e);
        }
    }
}
