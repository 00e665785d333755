package al.rrjeti.kernel.spi;

/**
 * A fragment the home page includes.
 *
 * @param fragment Facelets fragment path, e.g. {@code /library/widgets/latest.xhtml}
 * @param audience who sees it
 * @param order    position; lower comes first
 */
public record Widget(String fragment, Audience audience, int order) {
}
