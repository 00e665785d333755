package al.rrjeti.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The distribution itself, as operators install it: the EAR this module packs, deployed as a
 * whole, and cut down to the kernel alone and to the kernel with one module (what
 * {@code -Dwithout.<id>} builds). Each one deploys on a real Payara and answers as that
 * installation should: the modules it carries are there, the ones it lacks are absent (404), and
 * the kernel's own pages work in every case. They run one after another on one database: the
 * whole first, whose /openapi names every module's REST paths (the subsets must answer each of an
 * absent module's paths with 404), then the kernel alone and the kernel with the forum, as an
 * operator leaving modules out of an existing installation would.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class ModuleSubsetsIT {

    static {
        // The EARs go to the server stored, not deflated a second time (see StoredZips).
        al.rrjeti.kernel.testing.StoredZips.everywhere();
    }

    /**
     * Every module the distribution carries, by id, read from the packed war (a module's jar is
     * {@code WEB-INF/lib/module-<id>.jar}), so a new module needs no line here.
     */
    private static final List<String> MODULES = packedModules();

    /** The build's test server (HTTP on its port base + 80; see the root pom). */
    private static final String BASE = "http://localhost:" + (Integer.getInteger("rrjeti.test.portbase", 28000) + 80);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "kernel", managed = false, testable = false)
    static EnterpriseArchive kernelAlone() {
        return distributionWith("rrjeti-kernel.ear", Set.of());
    }

    @Deployment(name = "kernel-forum", managed = false, testable = false)
    static EnterpriseArchive kernelAndForum() {
        return distributionWith("rrjeti-forum.ear", Set.of("forum"));
    }

    @Deployment(name = "whole", managed = false, testable = false)
    static EnterpriseArchive whole() {
        return distributionWith("rrjeti-whole.ear", Set.copyOf(MODULES));
    }

    /** Each module's REST paths without parameters, as the whole distribution's /openapi lists them. */
    private static final Map<String, List<String>> API_PATHS = new HashMap<>();

    @Test
    @Order(2)
    void theKernelAloneIsAnInstallation() throws Exception {
        deployer.deploy("kernel");
        try {
            kernelWorks();
            for (String module : MODULES) {
                assertAbsent(module);
            }
        } finally {
            deployer.undeploy("kernel");
        }
    }

    @Test
    @Order(3)
    void theKernelWithOneModuleIsAnInstallation() throws Exception {
        deployer.deploy("kernel-forum");
        try {
            kernelWorks();
            assertThat(get("/forum/").statusCode()).isEqualTo(200);
            assertThat(get("/api/forum/threads?space=public").statusCode()).isEqualTo(200);
            assertThat(get("/").body()).contains("/forum/");
            for (String module : MODULES.stream().filter(m -> !m.equals("forum")).toList()) {
                assertAbsent(module);
            }
        } finally {
            deployer.undeploy("kernel-forum");
        }
    }

    @Test
    @Order(1)
    void theWholeDistributionDeploysWithEveryModule() throws Exception {
        deployer.deploy("whole");
        try {
            kernelWorks();
            String openapi = http.send(HttpRequest.newBuilder(URI.create(BASE + "/openapi"))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher path = Pattern.compile("\"(/api/([a-z]+)/[^\"{}]*)\"\\s*:\\s*\\{").matcher(openapi);
            while (path.find()) {
                API_PATHS.computeIfAbsent(path.group(2), m -> new ArrayList<>()).add(path.group(1));
            }
            for (String module : MODULES) {
                assertThat(API_PATHS.get(module)).as("/openapi lists REST paths of %s", module).isNotEmpty();
                for (String p : API_PATHS.get(module)) {
                    assertThat(get(p).statusCode()).as("%s in the whole distribution", p).isNotEqualTo(404);
                }
            }
            String home = get("/").body();
            for (String publicModule : List.of("library", "forum", "survey", "campaigns")) {
                HttpResponse<String> page = get("/" + publicModule + "/");
                assertThat(page.statusCode()).as("/%s/", publicModule).isEqualTo(200);
                assertThat(page.body()).as("/%s/ is the platform's page", publicModule).contains("lang=\"sq\"");
                assertThat(home).as("the home page links /%s/", publicModule).contains("/" + publicModule + "/");
            }
            // The chat is for verified members: its page sends an anonymous visitor to log in.
            HttpResponse<String> chat = get("/chat/");
            assertThat(chat.statusCode()).isEqualTo(302);
            assertThat(chat.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
            // The information package is seeded on first start: the library is not empty.
            assertThat(get("/library/info/").statusCode()).isEqualTo(200);
        } finally {
            deployer.undeploy("whole");
        }
    }

    private void kernelWorks() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<html").contains("lang=\"sq\"");
        assertThat(get("/?lang=en").body()).contains("lang=\"en\"");
        assertThat(get("/login.xhtml").statusCode()).isEqualTo(200);
        assertThat(get("/organisations/").statusCode()).isEqualTo(200);
        assertThat(get("/api/search?q=korrupsion").statusCode()).isEqualTo(200);
        // Restricted pages still send an anonymous visitor to log in.
        HttpResponse<String> console = get("/admin/modules.xhtml");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
    }

    private void assertAbsent(String module) throws Exception {
        assertThat(get("/" + module + "/").statusCode()).as("/%s/ of a module left out", module).isEqualTo(404);
        assertThat(API_PATHS.get(module)).as("REST paths of %s, read from the whole distribution", module)
                .isNotEmpty();
        for (String path : API_PATHS.get(module)) {
            assertThat(get(path).statusCode()).as("%s of a module left out", path).isEqualTo(404);
        }
        assertThat(get("/").body()).as("the home page does not link /%s/", module).doesNotContain("href=\"/" + module + "/");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> packedModules() {
        WebArchive war = packed().getAsType(WebArchive.class, "/webapp.war");
        List<String> ids = war.getContent(Filters.include("/WEB-INF/lib/module-[a-z]+\\.jar")).keySet().stream()
                .map(path -> path.get().replaceAll(".*/module-([a-z]+)\\.jar", "$1")).sorted().toList();
        assertThat(ids).as("the modules in the packed war").contains("library", "forum", "chat", "survey", "campaigns");
        return ids;
    }

    private static EnterpriseArchive packed() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("rrjeti.ear", "target/rrjeti.ear")));
    }

    /** The EAR this module packed, with only the named modules' jars left in its web archive. */
    private static EnterpriseArchive distributionWith(String name, Set<String> modules) {
        EnterpriseArchive ear = packed();
        WebArchive war = ear.getAsType(WebArchive.class, "/webapp.war");
        for (String module : MODULES) {
            if (!modules.contains(module)) {
                assertThat(war.delete("/WEB-INF/lib/module-" + module + ".jar")).as("module-%s.jar in the war", module)
                        .isNotNull();
            }
        }
        ear.delete("/webapp.war");
        ear.addAsModule(war);
        EnterpriseArchive renamed = ShrinkWrap.create(EnterpriseArchive.class, name);
        return renamed.merge(ear);
    }
}
