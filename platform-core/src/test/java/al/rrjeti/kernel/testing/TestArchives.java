package al.rrjeti.kernel.testing;

import java.io.File;
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

    private TestArchives() {
    }

    /** The kernel with its libraries, as built in this module ({@code target/classes}). */
    public static WebArchive kernel(String name) {
        JavaArchive kernel = ShrinkWrap.create(ExplodedImporter.class, "platform-core.jar")
                .importDirectory("target/classes").as(JavaArchive.class);
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(kernel)
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile())
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.apache.derby:derby", "org.apache.derby:derbytools")
                        .withTransitivity().asFile())
                .addAsResource(new StringAsset("mp.openapi.extensions.scan.lib=true\n"),
                        "META-INF/microprofile-config.properties");
    }

    /** The test-only "demo" module (and its add-on), packaged like a real module jar. */
    public static JavaArchive demoModule() {
        return ShrinkWrap.create(ExplodedImporter.class, "module-demo.jar")
                .importDirectory(new File("src/test/testmodule"))
                .as(JavaArchive.class)
                .addPackage("al.rrjeti.testmodule");
    }
}
