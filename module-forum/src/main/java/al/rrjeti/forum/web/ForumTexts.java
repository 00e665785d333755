package al.rrjeti.forum.web;

import al.rrjeti.kernel.i18n.CurrentLanguage;
import al.rrjeti.kernel.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The forum's own texts in the reader's language, for pages ({@code #{fm['key']}}) and beans. */
@Named("fm")
@RequestScoped
public class ForumTexts extends java.util.AbstractMap<String, String> {

    static final String BUNDLE = "al.rrjeti.forum.messages";

    @Inject
    private Texts texts;

    @Inject
    private CurrentLanguage language;

    public String text(String key, Object... args) {
        return texts.text(BUNDLE, ForumTexts.class.getClassLoader(), language.getLocale(), key, args);
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
