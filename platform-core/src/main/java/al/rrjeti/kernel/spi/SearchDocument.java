package al.rrjeti.kernel.spi;

/**
 * One thing a module makes findable.
 *
 * @param key      unique within the module, e.g. {@code publication-42}
 * @param title    shown as the result's heading
 * @param text     everything to search in: summaries in both languages, the text of files
 * @param link     path inside the application the result leads to
 * @param audience who may find it
 */
public record SearchDocument(String key, String title, String text, String link, Audience audience) {
}
