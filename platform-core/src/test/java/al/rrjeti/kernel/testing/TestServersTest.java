package al.rrjeti.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modules' test JVMs never take the same test server: a server another process holds is
 * passed over, a server whose holder has ended is free again (the lock dies with its process).
 */
class TestServersTest {

    private static final List<TestServers.Server> SERVERS = List.of(
            new TestServers.Server("rrjeti-test", 28000), new TestServers.Server("rrjeti-test-2", 29000));

    @TempDir
    Path domains;

    @Test
    void aServerHeldByAnotherTestRunIsPassedOverAndFreeAgainWhenThatRunEnds() throws Exception {
        Process other = holdInAnotherJvm(domains.resolve(".rrjeti-test.claim"));
        try {
            TestServers.Claimed mine = TestServers.firstFree(domains, SERVERS, 0);
            try (FileChannel channel = mine.channel()) {
                assertThat(mine.server().domain()).isEqualTo("rrjeti-test-2");
                assertThat(mine.server().portBase()).isEqualTo(29000);
            }
            assertThatThrownBy(() -> TestServers.firstFree(domains, SERVERS.subList(0, 1), 0))
                    .as("the only server is held").hasMessageContaining("No free test server");
        } finally {
            other.destroy();
            other.waitFor();
        }
        TestServers.Claimed again = TestServers.firstFree(domains, SERVERS, 0);
        try (FileChannel channel = again.channel()) {
            assertThat(again.server().domain()).as("let go when the other JVM ended").isEqualTo("rrjeti-test");
        }
    }

    @Test
    void theKernelsTestsLookAtTheFirstServerFirstTheModulesAtTheSecond() throws Exception {
        assertThat(TestServers.lookedAt(SERVERS, true)).containsExactly(SERVERS.get(0), SERVERS.get(1));
        assertThat(TestServers.lookedAt(SERVERS, false)).containsExactly(SERVERS.get(1), SERVERS.get(0));
        // As the build sets it: only platform-core-it asks for the first server.
        assertThat(Files.readString(Path.of("../platform-core-it/pom.xml")))
                .contains("<rrjeti.test.first-server>true</rrjeti.test.first-server>");
        assertThat(Files.readString(Path.of("../pom.xml")))
                .contains("<rrjeti.test.first-server>false</rrjeti.test.first-server>")
                .contains("<rrjeti.test.first-server>${rrjeti.test.first-server}</rrjeti.test.first-server>");
    }

    /** Starts a JVM that locks {@code file} and keeps it until it is ended; returns once it holds it. */
    private static Process holdInAnotherJvm(Path file) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the other JVM holds the claim").isEqualTo("held");
        return process;
    }

    /** The other JVM: holds the lock on its argument until it is ended. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
