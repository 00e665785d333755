package al.rrjeti.campaigns;

import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.kernel.testing.TestPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive all the campaigns module's Arquillian tests run against, deployed once per test run
 * (named in arquillian.xml; see the kernel's SharedDeployment). A test class declaring a
 * {@code @Deployment} of its own gets that instead.
 */
final class CampaignsTestDeployment {

    /** The web context the archive is deployed under. */
    static final String NAME = "campaigns-it";

    private CampaignsTestDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        // Mail goes over SMTP to the GreenMail a test starts (CampaignsNewsletterIT); without it, mail
        // waits in the outbox to be retried, where the other tests read it.
        return TestArchives.moduleUnderTest("module-campaigns", NAME, "rrjeti.mail.smtp.host=127.0.0.1\n"
                + "rrjeti.mail.smtp.port=" + TestPorts.SMTP + "\n"
                + "rrjeti.campaigns.newsletter.unsubscribe-mailbox=unsubscribe@rrjeti.example\n")
                .addAsLibraries(TestArchives.libraries("com.icegreen:greenmail", "org.slf4j:slf4j-api"));
    }
}
