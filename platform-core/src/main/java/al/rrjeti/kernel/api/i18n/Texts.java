package al.rrjeti.kernel.api.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Message bundles of the kernel and the modules. Lookups never fall back to the JVM's locale:
 * a key missing in one language is a defect, logged, and shown as {@code ???key???}.
 */
@ApplicationScoped
public class Texts {

    private static final Logger LOG = Logger.getLogger(Texts.class.getName());

    /** The kernel's own bundle. */
    public static final String KERNEL = "al.rrjeti.kernel.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String kernel(Locale locale, String key, Object... arguments) {
        return text(KERNEL, Texts.class.getClassLoader(), locale, key, arguments);
    }

    public String text(String bundle, ClassLoader loader, Locale locale, String key, Object... arguments) {
        return find(bundle, loader, locale, key, arguments).orElseGet(() -> {
            LOG.warning(() -> "Missing text " + key + " in " + bundle + " for " + locale);
            return "???" + key + "???";
        });
    }

    /**
     * Arguments given in both languages ({@link BilingualText}, e.g. a campaign's title in a
     * notification to many people) each in the language of the text being made.
     */
    private static Object[] inLanguage(Object[] arguments, Locale locale) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof BilingualText both) {
                out[i] = both.in(locale);
            }
        }
        return out;
    }

    /** The text, if the bundle has the key. */
    public java.util.Optional<String> find(String bundle, ClassLoader loader, Locale locale, String key,
            Object... arguments) {
        try {
            ClassLoader cl = loader != null ? loader : Texts.class.getClassLoader();
            String pattern = ResourceBundle.getBundle(bundle, locale, cl, NO_FALLBACK).getString(key);
            return java.util.Optional.of(arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, locale).format(inLanguage(arguments, locale)));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }
}
