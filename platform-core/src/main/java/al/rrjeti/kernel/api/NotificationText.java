package al.rrjeti.kernel.api;

import al.rrjeti.kernel.api.i18n.Texts;

/**
 * What a notification says, as message keys: the kernel puts it in each recipient's language.
 *
 * @param bundle   base name of the publisher's bundle
 * @param loader   the class loader that sees it
 * @param titleKey the title (also the mail subject)
 * @param bodyKey  the body, or null
 * @param link     path inside the application the notification leads to, or null
 * @param args     arguments for both texts; a {@code BilingualText} is given in each recipient's language
 */
public record NotificationText(String bundle, ClassLoader loader, String titleKey, String bodyKey, String link,
        Object... args) {

    /** A notification worded in the kernel's own bundle. */
    public static NotificationText kernel(String titleKey, String bodyKey, String link, Object... args) {
        return new NotificationText(Texts.KERNEL, NotificationText.class.getClassLoader(), titleKey, bodyKey, link,
                args);
    }
}
