package al.rrjeti.kernel.spi;

/**
 * A plug-in module, discovered by the kernel's registry at start.
 *
 * <p>Each module has exactly one implementation, a CDI bean (for example
 * {@code @ApplicationScoped}), that returns its {@link ModuleDescriptor}. The module's id is
 * also its URL prefix ({@code /<id>/…}), its REST prefix ({@code /api/<id>/…}) and its table
 * prefix ({@code <id>_…}); the kernel answers 404 under those prefixes while the module is not
 * active.
 */
public interface PlatformModule {

    /** What the module is, what it requires and what it contributes. Called once at start. */
    ModuleDescriptor descriptor();

    /**
     * Imports the module's initial content. Called at every start of an active module, after its
     * migrations, so it must be idempotent: a second call updates, never duplicates.
     */
    default void seed() {
        // Most modules have no seed content.
    }

    /**
     * Adds the module's demonstration content for a trial installation (the kernel calls it when
     * {@code rrjeti.demo.enabled} is on, after {@link #seed}, and after it has made the demonstration
     * organisations, see {@code al.rrjeti.kernel.api.DemoContent}). Idempotent; every item marked
     * as a demonstration where readers see it.
     */
    default void seedDemo() {
        // Most modules have no demonstration content.
    }

    /** Removes every demonstration item {@link #seedDemo} added; returns how many. */
    default int removeDemo() {
        return 0;
    }
}
