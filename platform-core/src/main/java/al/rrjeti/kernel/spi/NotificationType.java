package al.rrjeti.kernel.spi;

/**
 * A kind of notification the module publishes.
 *
 * @param id        dotted, prefixed by the module id, e.g. {@code forum.reply}
 * @param labelKey  key in the module's bundle, shown in the user's preferences
 * @param byMail    whether mail is sent by default (users may change it)
 */
public record NotificationType(String id, String labelKey, boolean byMail) {
}
