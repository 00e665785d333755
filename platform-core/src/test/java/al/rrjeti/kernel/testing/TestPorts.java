package al.rrjeti.kernel.testing;

/**
 * The ports of the test server these tests use, from its port base ({@code payara.test.portbase} in
 * the root pom, or the one {@link TestServers} took): failsafe hands the base to the tests outside the server, the test domain's JVM
 * options to the server, so that both sides of a test agree. A class of its own, in every test
 * archive, because in-container tests read it too (the values are not compile-time constants).
 */
public final class TestPorts {

    /** The test domain's port base (Payara's {@code --portbase}). */
    public static final int BASE = Integer.getInteger("rrjeti.test.portbase", 28000);
    /** The test server's HTTP port. */
    public static final int HTTP = BASE + 80;
    /** The test domain's HTTPS listener (Payara's self-signed certificate; see {@link HttpSession#trustingClient()}). */
    public static final int HTTPS = BASE + 81;
    /** Where a test's GreenMail listens. */
    public static final int SMTP = BASE + 25;

    private TestPorts() {
    }
}
