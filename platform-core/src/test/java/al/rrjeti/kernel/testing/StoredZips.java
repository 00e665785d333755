package al.rrjeti.kernel.testing;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.impl.base.exporter.zip.ZipStoredExporterImpl;

/**
 * Test archives go to the server as stored (uncompressed) zips. Arquillian packs every deployment
 * with ShrinkWrap's {@link ZipExporter}, which deflates each entry again, the kernel's and the
 * module's forty-odd library jars too, already compressed: seconds of CPU per deployment for
 * nothing, since the archive only crosses the loopback to the build's own server. Installed by
 * {@link TestArchives} for every test archive made with it.
 */
public final class StoredZips extends ZipStoredExporterImpl implements ZipExporter {

    public StoredZips(Archive<?> archive) {
        super(archive);
    }

    /** From now on, in this JVM, {@code archive.as(ZipExporter.class)} writes stored zips. */
    public static void everywhere() {
        ShrinkWrap.getDefaultDomain().getConfiguration().getExtensionLoader().addOverride(ZipExporter.class,
                StoredZips.class);
    }
}
