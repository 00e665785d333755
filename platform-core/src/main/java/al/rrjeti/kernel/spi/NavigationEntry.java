package al.rrjeti.kernel.spi;

/**
 * A link in the header's navigation.
 *
 * @param path      path inside the application, starting with the module's prefix, e.g. {@code /forum/}
 * @param labelKey  key in the module's message bundle
 * @param icon      a PrimeIcons class, e.g. {@code pi pi-comments}
 * @param audience  who sees the entry
 * @param order     position; lower comes first
 */
public record NavigationEntry(String path, String labelKey, String icon, Audience audience, int order) {
}
