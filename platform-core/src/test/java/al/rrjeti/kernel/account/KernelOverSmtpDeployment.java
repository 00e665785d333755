package al.rrjeti.kernel.account;

import al.rrjeti.kernel.rest.RefusingResource;
import al.rrjeti.kernel.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive of the kernel's tests that need what the shared one must not have, shared by the
 * classes naming it ({@code @SharedDeployment.Uses}): mail over SMTP to the tests' GreenMail and
 * the real shape of password hashing ({@link AccountFlowIT}), and a public address unlike anything
 * Payara could guess from its host name and ports, which {@code /openapi} must name
 * ({@code OpenApiIT}); with the demo module and a resource that refuses on purpose.
 */
public final class KernelOverSmtpDeployment {

    /** The web context the archive is deployed under. */
    public static final String NAME = "kernel-smtp-it";

    /** The installation's configured public address. */
    public static final String BASE_URL = "https://rrjeti.test/" + NAME;

    private KernelOverSmtpDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        return TestArchives.kernelWithSmtp(NAME, "rrjeti.base-url=" + BASE_URL + "/\n")
                .addAsLibraries(TestArchives.withDependencies("org.assertj:assertj-core"))
                .addAsLibrary(TestArchives.demoModule())
                .addClasses(RefusingResource.class, AccountFlowIT.class);
    }
}
