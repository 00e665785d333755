package al.rrjeti.campaigns.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.ConflictException;
import al.rrjeti.kernel.api.web.Messages;
import al.rrjeti.kernel.api.web.Pages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** How the module's forms save: what was typed is never lost, and the done message survives the redirect. */
final class Forms {

    private Forms() {
    }

    /**
     * Runs a save. A refusal shows beside the fields it concerns; a conflict (someone saved since
     * the form was opened) shows at the top and runs {@code reread}, which takes the newer version
     * as seen, so saving again is a deliberate overwrite. The form keeps what was typed either way.
     *
     * @param reread null for forms that check no version
     * @return what the save returned, or null when it was refused
     */
    static <T> T save(Messages messages, String formId, Supplier<T> action, Runnable reread) {
        try {
            return action.get();
        } catch (ConflictException e) {
            if (reread != null) {
                reread.run();
            }
            messages.error(e);
            return null;
        } catch (BusinessException e) {
            messages.refused(formId, e);
            return null;
        }
    }

    /**
     * What an edit page changes, read once: null when it is unknown (404), or when the caller may not
     * change it (403; a visitor not logged in is sent to log in first).
     */
    static <T> T editable(Supplier<T> read, Predicate<T> mayEdit, boolean loggedIn) {
        T found = Pages.read(read, loggedIn);
        if (found != null && !mayEdit.test(found)) {
            Pages.forbidden();
            return null;
        }
        return found;
    }

    /** Sends the browser to the page that shows the result, with the done message kept for it. */
    static void done(Messages messages, String doneKey, String path, Object... arguments) {
        messages.info(doneKey, arguments);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
