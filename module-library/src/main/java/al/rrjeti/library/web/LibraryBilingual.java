package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.BilingualText;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How the library's pages show a text kept in both languages (a title, a summary, a name): in the
 * reader's language, or in the other one when that is all there is, with its {@code lang} and the
 * "only in the other language" note. {@code #{libraryBilingual.text(p.title)}}.
 */
@Named("libraryBilingual")
@RequestScoped
public class LibraryBilingual {

    @Inject
    private CurrentLanguage language;

    /** The text in the reader's language, or the other one's; null when it has neither. */
    public String text(BilingualText t) {
        return t == null ? null : t.in(language.getLocale());
    }

    /** The language of {@link #text}, for its {@code lang} attribute; the reader's when there is no text. */
    public String lang(BilingualText t) {
        return t == null || t.isEmpty() ? language.getCode() : t.languageIn(language.getLocale());
    }

    /** Whether {@link #text} is in the other language than the reader's (the page says so). */
    public boolean other(BilingualText t) {
        return t != null && !t.isEmpty() && t.shownTo(language.getLocale()).fallback();
    }
}
