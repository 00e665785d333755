package al.rrjeti.chat;

import al.rrjeti.kernel.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive all the chat module's Arquillian tests run against, deployed once per test run
 * (named in arquillian.xml; see the kernel's SharedDeployment). A test class declaring a
 * {@code @Deployment} of its own gets that instead.
 */
final class ChatTestDeployment {

    /** The web context the archive is deployed under. */
    static final String NAME = "chat-it";

    private ChatTestDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        return TestArchives.moduleUnderTest("module-chat", NAME, "");
    }
}
