package al.rrjeti.chat.web;

import al.rrjeti.chat.ChatModule;
import al.rrjeti.kernel.api.i18n.ModuleTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The chat's own texts in the reader's language, for pages ({@code #{chatTexts['key']}}) and beans. */
@Named("chatTexts")
@RequestScoped
public class ChatTexts extends ModuleTexts {

    @Override
    protected String bundle() {
        return ChatModule.MESSAGES;
    }
}
