package al.rrjeti.kernel.spi;

/**
 * Pages of a module that only an audience may open, e.g. the network forum for members. The
 * kernel enforces it: anonymous visitors are sent to log in, others get 403.
 *
 * @param pathPrefix inside the module's prefix, e.g. {@code /forum/network/}
 * @param audience   who may open them
 */
public record Restriction(String pathPrefix, Audience audience) {
}
