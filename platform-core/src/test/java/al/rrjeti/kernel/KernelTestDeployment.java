package al.rrjeti.kernel;

import al.rrjeti.kernel.testing.TestArchives;
import al.rrjeti.testmodule.DemoModule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive the kernel's Arquillian tests run against, deployed once per test run (named in
 * arquillian.xml; see {@link al.rrjeti.kernel.testing.SharedDeployment}): the kernel, the test-only
 * "demo" module, the test helpers. The classes that need mail over SMTP and a public address of
 * their own share {@link al.rrjeti.kernel.account.KernelOverSmtpDeployment} instead.
 */
public final class KernelTestDeployment {

    /** The web context the archive is deployed under. */
    public static final String NAME = "kernel-it";

    private KernelTestDeployment() {
    }

    @Deployment
    static WebArchive deployment() {
        // The widget lists one note instead of the default three: the module reads its declared setting.
        return TestArchives.kernelUnderTest(NAME, DemoModule.WIDGET_SIZE + "=1\n");
    }
}
