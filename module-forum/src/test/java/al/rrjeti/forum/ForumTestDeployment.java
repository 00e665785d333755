package al.rrjeti.forum;

import al.rrjeti.kernel.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive all the forum module's Arquillian tests run against, deployed once per test run
 * (named in arquillian.xml; see the kernel's SharedDeployment). A test class declaring a
 * {@code @Deployment} of its own gets that instead.
 */
final class ForumTestDeployment {

    /** The web context the archive is deployed under. */
    static final String NAME = "forum-it";

    private ForumTestDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        return TestArchives.moduleUnderTest("module-forum", NAME, "rrjeti.forum.attachment.max-mb=1\n"
                + "rrjeti.forum.holidays=2031-06-10\nrrjeti.calendar.days-off=2031-06-11\n");
    }
}
