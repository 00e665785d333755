package al.rrjeti.kernel.spi;

/**
 * A configuration key a module reads (MicroProfile Config), with its default and what it means.
 * The operator console lists every declared key with the value in force, and a test checks the
 * README's configuration table against the declarations.
 *
 * @param key           e.g. {@code rrjeti.forum.posts.per-hour}; prefixed {@code rrjeti.<module id>.}
 * @param defaultValue  the value when none is configured, as text ({@code null}: no default)
 * @param descriptionSq what it does, in Albanian
 * @param descriptionEn what it does, in English
 * @param secret        its value is never shown (passwords, keys)
 */
public record Setting(String key, String defaultValue, String descriptionSq, String descriptionEn, boolean secret) {
}
