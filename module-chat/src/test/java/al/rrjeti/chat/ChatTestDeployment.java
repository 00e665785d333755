package al.rrjeti.chat;

import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.kernel.testing.TestPorts;
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
        // Mail goes over SMTP to the GreenMail a test starts (ChatInvitationIT); without it, mail waits to be retried.
        return TestArchives.moduleUnderTest("module-chat", NAME, "rrjeti.mail.smtp.host=127.0.0.1\nrrjeti.mail.smtp.port="
                + TestPorts.SMTP + "\nrrjeti.chat.attachment.max-mb=1\n")
                .addAsLibraries(TestArchives.libraries("com.icegreen:greenmail", "org.slf4j:slf4j-api"));
    }
}
