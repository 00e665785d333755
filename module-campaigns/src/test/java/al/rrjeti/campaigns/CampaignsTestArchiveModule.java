package al.rrjeti.campaigns;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The test-only module that declares {@link CampaignsTestArchive} as the platform's document archive. */
@ApplicationScoped
public class CampaignsTestArchiveModule implements PlatformModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("archivetest", "1.0.0").name("Arkiv prove", "Test archive")
                .requiresKernel("[1.0,2.0)").documents(CampaignsTestArchive.class).build();
    }
}
