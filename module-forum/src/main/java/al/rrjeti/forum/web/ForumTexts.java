package al.rrjeti.forum.web;

import al.rrjeti.forum.ForumModule;
import al.rrjeti.kernel.api.i18n.ModuleTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The forum's own texts in the reader's language, for pages ({@code #{forumTexts['key']}}) and beans. */
@Named("forumTexts")
@RequestScoped
public class ForumTexts extends ModuleTexts {

    @Override
    protected String bundle() {
        return ForumModule.MESSAGES;
    }
}
