package al.rrjeti.kernel.api;

import java.util.Objects;

/**
 * Something an anonymous reader can see has changed: a publication published, edited or hidden, a
 * post written or moderated, a module switched on or off. Fire it as a CDI event from the service
 * that made the change ({@code @Inject Event<PublicContentChanged> changed;
 * changed.fire(PublicContentChanged.of("forum"))}); inside a transaction the kernel acts on it
 * only once the transaction has committed, so a reader never gets the old page back after it.
 *
 * <p>The kernel's page cache for anonymous readers drops, for a module's event, every page under
 * the module's paths ({@code /<id>/}, {@code /api/<id>/}) and every kernel page (home, search,
 * directory: they gather content from all modules); for a {@link #KERNEL} event, every page. This
 * event is the one seam of invalidation: on several instances it is what a cluster topic carries.
 *
 * @param moduleId the module whose public content changed, or {@link #KERNEL}
 */
public record PublicContentChanged(String moduleId) {

    /** The module id of the kernel's own changes (directory, module switches): every cached page goes. */
    public static final String KERNEL = "kernel";

    public PublicContentChanged {
        Objects.requireNonNull(moduleId, "moduleId");
    }

    public static PublicContentChanged of(String moduleId) {
        return new PublicContentChanged(moduleId);
    }

    public static PublicContentChanged kernel() {
        return new PublicContentChanged(KERNEL);
    }
}
