package al.rrjeti.kernel.api.i18n;

import jakarta.inject.Inject;
import java.util.AbstractMap;
import java.util.Set;

/**
 * A module's own texts in the reader's language, as a map for pages ({@code #{libraryTexts['key']}}) and
 * a method for beans. A module subclasses it once, as a named request-scoped bean, giving the base
 * name of its bundle.
 */
public abstract class ModuleTexts extends AbstractMap<String, String> {

    @Inject
    private Texts texts;

    @Inject
    private CurrentLanguage language;

    /** The base name of the module's bundle, e.g. {@code al.rrjeti.library.messages}. */
    protected abstract String bundle();

    public String text(String key, Object... args) {
        return texts.text(bundle(), getClass().getClassLoader(), language.getLocale(), key, args);
    }

    @Override
    public String get(Object key) {
        return text(String.valueOf(key));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
