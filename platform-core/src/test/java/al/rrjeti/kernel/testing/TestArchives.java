package al.rrjeti.kernel.testing;

import al.rrjeti.kernel.api.security.KeyedHashes;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Web archives for Arquillian tests, shaped like the real distribution: the kernel and each
 * module as jars in WEB-INF/lib, with the kernel's libraries and embedded Derby.
 */
public final class TestArchives {

    static {
        StoredZips.everywhere();
    }

    private TestArchives() {
    }


    /**
     * The kernel with its libraries, configured for a trial installation: no SMTP server, so mail
     * waits in an outbox anyone may read.
     */
    public static WebArchive kernel(String name) {
        return kernel(name, "rrjeti.mail.outbox.public=true\n");
    }

    /** The kernel as on a real installation without SMTP: the outbox is for the operator only. */
    public static WebArchive kernelWithoutPublicOutbox(String name) {
        return kernel(name, "");
    }

    /** As the distribution's configuration: java.time values are strings in /openapi, as JSON-B writes them. */
    private static final String OPENAPI_TIME_SCHEMAS =
            "mp.openapi.schema.java.time.Instant={\"name\":\"Instant\",\"type\":\"string\",\"format\":\"date-time\","
            + "\"example\":\"2026-12-01T17:00:00Z\"}\n"
            + "mp.openapi.schema.java.time.LocalDate={\"name\":\"LocalDate\",\"type\":\"string\",\"format\":\"date\","
            + "\"example\":\"2026-12-01\"}\n";

    /** The password cost of {@link #kernelWithSmtp}: twice the test servers' least, so that a hash at the least is "old". */
    public static final int SMTP_KERNEL_PASSWORD_ITERATIONS = 2048;

    /**
     * The kernel, sending mail over SMTP to GreenMail on {@link TestPorts#SMTP}. Passwords at
     * {@value #SMTP_KERNEL_PASSWORD_ITERATIONS} iterations, not the production cost: with the
     * test server's quick JIT one production hash takes seconds, and its tests register dozens.
     * {@code config}: more {@code key=value} lines.
     */
    public static WebArchive kernelWithSmtp(String name, String config) {
        return kernel(name, "rrjeti.mail.smtp.host=127.0.0.1\nrrjeti.mail.smtp.port=" + TestPorts.SMTP + "\n"
                + "rrjeti.security.password-iterations=" + SMTP_KERNEL_PASSWORD_ITERATIONS + "\n" + config)
                .addAsLibraries(libraries("com.icegreen:greenmail", "org.slf4j:slf4j-api"));
    }

    /**
     * The kernel for in-container tests that act as different people ({@link ActingUser}) and
     * make their own accounts ({@link Fixtures}), with AssertJ.
     */
    public static WebArchive kernelActingAs(String name) {
        return kernelActingAs(name, "");
    }

    /** As {@link #kernelActingAs(String)}, with more configuration ({@code key=value} lines). */
    public static WebArchive kernelActingAs(String name, String config) {
        return kernel(name, "rrjeti.mail.outbox.public=true\n" + config)
                .addClasses(ActingUser.class, Fixtures.class, Concurrently.class, Isolated.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsLibraries(withDependencies("org.assertj:assertj-core"));
    }

    /**
     * The module under test, as built ({@code target/classes}), packed like a module jar. For
     * tests in a module's own Maven project.
     */
    public static JavaArchive thisModule(String name) {
        return ShrinkWrap.create(ExplodedImporter.class, name + ".jar").importDirectory("target/classes")
                .as(JavaArchive.class);
    }

    /**
     * The kernel as on a real installation (outbox for the operator only), plus the test-only
     * REST resource that makes accounts holding any role ({@link TestSupportResource}), for
     * tests driven over HTTP.
     */
    public static WebArchive kernelWithTestSupport(String name) {
        return kernelWithTestSupport(name, "");
    }

    /** As {@link #kernelWithTestSupport(String)}, with more configuration ({@code key=value} lines). */
    public static WebArchive kernelWithTestSupport(String name, String config) {
        return kernel(name, config)
                .addClasses(ActingUser.class, Fixtures.class, TestSupportResource.class, TestModulesResource.class, TestClockResource.class, SessionCount.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
    }

    /**
     * The one archive all of a module's Arquillian tests share ({@link SharedDeployment}): the
     * kernel with its test helpers and test-only REST resources, the outbox open to anyone (mail
     * waits there), AssertJ, the module as built with its libraries, and the module's test classes
     * that run in the container (all but unit tests, benchmarks and {@code @RunAsClient} classes).
     *
     * @param module the module's artifact id, e.g. {@code module-forum}
     * @param name   the web context the archive is deployed under
     * @param config more {@code key=value} lines of configuration, for all the module's tests
     */
    public static WebArchive moduleUnderTest(String module, String name, String config) {
        WebArchive war = underTest(name, config).addAsLibrary(thisModule(module)).addAsLibraries(thisModuleLibraries());
        inContainerTestClasses(List.of()).forEach(war::addClass);
        return war;
    }

    /**
     * The kernel's own shared test archive: as {@link #moduleUnderTest}, with the test-only "demo"
     * module and the kernel's in-container test classes (not its test helpers, nor the demo module's
     * classes, which its jar holds).
     */
    public static WebArchive kernelUnderTest(String name, String config) {
        WebArchive war = underTest(name, config).addClass(ClientAddressResource.class).addAsLibrary(demoModule());
        inContainerTestClasses(List.of("al.rrjeti.kernel.testing.", "al.rrjeti.testmodule.")).forEach(war::addClass);
        return war;
    }

    private static WebArchive underTest(String name, String config) {
        return kernel(name, "rrjeti.mail.outbox.public=true\n" + config)
                .addClasses(ActingUser.class, Fixtures.class, Concurrently.class, Isolated.class, HttpSession.class,
                        TestSupportResource.class, TestModulesResource.class, TestClockResource.class, SessionCount.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsLibraries(withDependencies("org.assertj:assertj-core"));
    }

    /** The module's compiled test classes that run in the container, with the helpers they use. */
    private static List<Class<?>> inContainerTestClasses(List<String> skippedPackages) {
        Path root = Path.of("target/test-classes");
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (simple.endsWith("Test") || simple.endsWith("Benchmark") || name.contains(".bench.")
                        || skippedPackages.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                if (!type.isAnnotationPresent(RunAsClient.class)) {
                    classes.add(type);
                }
            }
            return classes;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the module's test classes", e);
        }
    }

    /** The third-party libraries of the module under test (its compile and runtime dependencies). */
    public static File[] thisModuleLibraries() {
        try {
            return resolved("pom.xml", () -> Maven.resolver().loadPomFromFile("pom.xml")
                    .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile());
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith("No dependencies were set")) {
                return new File[0]; // a module with no library of its own (the forum)
            }
            throw e;
        }
    }

    /** The kernel, configured with more {@code key=value} lines (a later line wins over the defaults above it). */
    public static WebArchive kernel(String name, String config) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClass(TestPorts.class)
                // For the journeys' accessibility scans: the browser loads axe from the page's server
                // and keeps it compiled, rather than being sent its source with every scan.
                .addAsWebResource(new org.jboss.shrinkwrap.api.asset.ClassLoaderAsset(Accessibility.SOURCE), Accessibility.PATH)
                .addAsLibrary(kernelJar())
                .addAsLibraries(resolved(KERNEL_POM, () -> Maven.resolver().loadPomFromFile(KERNEL_POM)
                        .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile()))
                .addAsLibraries(withDependencies("org.apache.derby:derby", "org.apache.derby:derbytools"))
                .addAsResource(new StringAsset("mp.openapi.extensions.scan.lib=true\n"
                        // As the distribution: only the platform's classes (the same document, 20 s -> 4 s).
                        + "mp.openapi.scan.packages=al.rrjeti\n"
                        + OPENAPI_TIME_SCHEMAS
                        + "mp.openapi.filter=al.rrjeti.kernel.rest.OpenApiDocument\n"
                        + "rrjeti.base-url=http://localhost:" + TestPorts.HTTP + "/" + name + "\n"
                        // Hundreds of test logins at the real cost would spend minutes hashing; the
                        // tests of the cost itself (AccountFlowIT) ask for it.
                        + (config.contains("rrjeti.security.password-iterations") ? ""
                                : "rrjeti.security.password-iterations=1024\n")
                        // Keyed hashes work as on a configured installation, unless a test says otherwise.
                        + (config.contains(KeyedHashes.SETTING) ? "" : KeyedHashes.SETTING + "=" + TEST_SECRET + "\n")
                        // A test server of the build hosts several modules' tests in turn: each module's
                        // database, files and search index stay its own, as on a server of its own.
                        + (config.contains("rrjeti.db.name") ? "" : "rrjeti.db.name=" + DATA + "/derby\n")
                        + (config.contains("rrjeti.data.dir") ? "" : "rrjeti.data.dir=" + DATA + "\n")
                        + config),
                        "META-INF/microprofile-config.properties");
    }

    /**
     * Libraries the kernel's pom names (its test-scoped ones too, e.g. GreenMail), without their
     * own dependencies; resolved once per test run (each resolution reads the poms again).
     */
    public static File[] libraries(String... coordinates) {
        return resolved("only " + String.join(",", coordinates), () -> Maven.resolver().loadPomFromFile(KERNEL_POM)
                .resolve(coordinates).withoutTransitivity().asFile());
    }

    /** As {@link #libraries}, with their dependencies. */
    public static File[] withDependencies(String... coordinates) {
        return resolved("with " + String.join(",", coordinates), () -> Maven.resolver().loadPomFromFile(KERNEL_POM)
                .resolve(coordinates).withTransitivity().asFile());
    }

    private static final java.util.Map<String, File[]> RESOLVED = new java.util.concurrent.ConcurrentHashMap<>();

    private static File[] resolved(String key, java.util.function.Supplier<File[]> resolution) {
        return RESOLVED.computeIfAbsent(key, k -> resolution.get()).clone();
    }

    /** The data folder of this module's tests on the shared test server (under the domain's config folder). */
    private static final String DATA = "rrjeti-data-" + System.getProperty("rrjeti.test.module", "tests");

    /** The installation secret of test servers ({@link KeyedHashes}). */
    public static final String TEST_SECRET = "test-secret-of-the-platform-0123456789abcdef";

    /** The kernel's pom: this project's own when testing the kernel, the sibling's when testing a module. */
    private static final String KERNEL_POM = new File("src/main/java/al/rrjeti/kernel").isDirectory()
            ? "pom.xml" : "../platform-core/pom.xml";

    /** The kernel as the test's class path has it: its classes folder or its jar. */
    private static JavaArchive kernelJar() {
        try {
            File location = new File(al.rrjeti.kernel.Kernel.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return location.isDirectory()
                    ? ShrinkWrap.create(ExplodedImporter.class, "platform-core.jar").importDirectory(location)
                            .as(JavaArchive.class)
                    : ShrinkWrap.createFromZipFile(JavaArchive.class, location);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test-only "demo" module (and its add-on), packaged like a real module jar. */
    public static JavaArchive demoModule() {
        return ShrinkWrap.create(ExplodedImporter.class, "module-demo.jar")
                .importDirectory(new File(KERNEL_POM.replace("pom.xml", "") + "src/test/testmodule"))
                .as(JavaArchive.class)
                .addPackage("al.rrjeti.testmodule");
    }
}
