package al.rrjeti.kernel.module;

import al.rrjeti.kernel.spi.ModuleDescriptor;
import al.rrjeti.kernel.spi.PlatformModule;

/** A discovered module with the outcome of its last resolution. */
public record InstalledModule(ModuleDescriptor descriptor, PlatformModule bean, Resolution resolution) {

    public String id() {
        return descriptor.id();
    }

    public boolean isActive() {
        return resolution.isActive();
    }

    public ModuleState state() {
        return resolution.state();
    }
}
