package al.rrjeti.kernel.spi;

/**
 * A link in the header's navigation.
 *
 * @param path      path inside the application, starting with the module's prefix, e.g. {@code /forum/}
 * @param labelKey  key in the module's message bundle
 * @param icon      a PrimeIcons class, e.g. {@code pi pi-comments}
 * @param audience  who sees the entry
 * @param order     position; lower comes first
 * @param badge     for a logged-in reader, a count the header shows beside the link (e.g. unread
 *                  chat messages; 0 shows nothing), asked once per page: one cheap query; null for none
 */
public record NavigationEntry(String path, String labelKey, String icon, Audience audience, int order,
        java.util.function.ToLongFunction<Long> badge) {

    /** An entry without a count. */
    public NavigationEntry(String path, String labelKey, String icon, Audience audience, int order) {
        this(path, labelKey, icon, audience, order, null);
    }
}
