package al.rrjeti.testmodule;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;

/** A second test module that requires the demo module: it follows the demo module's state. */
@ApplicationScoped
public class DemoAddon implements PlatformModule {

    @Override
    public ModuleDescriptor descriptor() {
        return ModuleDescriptor.builder("demoaddon", "1.0.0")
                .name("Shtesë demonstrimi", "Demonstration add-on")
                .requires(DemoModule.ID, "[1.0,2.0)")
                .build();
    }
}
