package al.rrjeti.library.web;

import al.rrjeti.kernel.i18n.CurrentLanguage;
import al.rrjeti.kernel.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The library's own texts in the reader's language, for pages ({@code #{lib['key']}}) and beans. */
@Named("lib")
@RequestScoped
public class LibraryTexts extends java.util.AbstractMap<String, String> {

    static final String BUNDLE = "al.rrjeti.library.messages";

    @Inject
    private Texts texts;

    @Inject
    private CurrentLanguage language;

    public String text(String key, Object... args) {
        return texts.text(BUNDLE, LibraryTexts.class.getClassLoader(), language.getLocale(), key, args);
    }

    @Override
    public String get(Object key) {
        return text(String.valueOf(key));
    }

    @Override
    public java.util.Set<Entry<String, String>> entrySet() {
        return java.util.Set.of();
    }
}
