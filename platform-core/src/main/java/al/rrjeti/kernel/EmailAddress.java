package al.rrjeti.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the platform accepts as an e-mail address: deliberately simple (something@domain.tld, no
 * spaces, at most 254 characters); the confirmation mail proves the rest.
 */
public final class EmailAddress {

    private static final Pattern FORM = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text != null && text.strip().length() <= 254 && FORM.matcher(text.strip()).matches();
    }

    /** The canonical form: trimmed, lower case. */
    public static String normalise(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
