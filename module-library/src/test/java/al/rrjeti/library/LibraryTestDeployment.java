package al.rrjeti.library;

import al.rrjeti.kernel.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive all the library module's Arquillian tests run against, deployed once per test run
 * (named in arquillian.xml; see the kernel's SharedDeployment). A test class declaring a
 * {@code @Deployment} of its own gets that instead.
 */
final class LibraryTestDeployment {

    /** The web context the archive is deployed under. */
    static final String NAME = "library-it";

    private LibraryTestDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        return TestArchives.moduleUnderTest("module-library", NAME, "rrjeti.library.max-document-mb=1\n"
                // The links checker on, quick to give up (LinksIT: its run is called, never scheduled, in a test).
                + "rrjeti.library.link-check.enabled=true\nrrjeti.library.link-check.dead-after=2\n"
                + "rrjeti.library.link-check.timeout-seconds=3\n");
    }
}
