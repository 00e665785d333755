package al.rrjeti.library.web;

import al.rrjeti.kernel.api.i18n.ModuleTexts;
import al.rrjeti.library.LibraryModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The library's own texts in the reader's language, for pages ({@code #{libraryTexts['key']}}) and beans. */
@Named("libraryTexts")
@RequestScoped
public class LibraryTexts extends ModuleTexts {

    @Override
    protected String bundle() {
        return LibraryModule.MESSAGES;
    }
}
