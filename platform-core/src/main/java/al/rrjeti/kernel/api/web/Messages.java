package al.rrjeti.kernel.api.web;

import al.rrjeti.kernel.api.BusinessException;
import al.rrjeti.kernel.api.InvalidInputException;
import al.rrjeti.kernel.api.limits.ClientAddress;
import al.rrjeti.kernel.api.limits.WaitLeft;
import jakarta.servlet.http.HttpServletRequest;
import al.rrjeti.kernel.api.i18n.CurrentLanguage;
import al.rrjeti.kernel.api.i18n.Texts;
import al.rrjeti.kernel.module.ModuleRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;

/** Turns outcomes and business errors into Faces messages in the user's language. */
@RequestScoped
public class Messages {

    @Inject
    private Texts texts;

    @Inject
    private CurrentLanguage language;

    @Inject
    private ModuleRegistry registry;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public void error(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, null, e.messageKey(), e.arguments());
    }

    /**
     * Shows a refusal beside the fields it concerns (client id {@code <form>:<field>}), or at the
     * top of the form for a refusal that concerns no field.
     */
    public void refused(String formId, BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.Violation v : invalid.violations()) {
                add(FacesMessage.SEVERITY_ERROR, formId + ":" + v.field(), v.messageKey(), v.arguments().toArray());
            }
            add(FacesMessage.SEVERITY_ERROR, null, "error.input");
        } else {
            error(e);
        }
    }

    /**
     * Runs a use case for a form: on success shows the done message, on refusal shows why,
     * beside the fields (see {@link #refused}).
     *
     * @return whether it succeeded
     */
    public boolean attempt(String formId, Runnable action, String doneKey) {
        try {
            action.run();
            info(doneKey);
            return true;
        } catch (BusinessException e) {
            refused(formId, e);
            return false;
        }
    }

    /** The address of the client making the request, for rate limits ({@link ClientAddress}: proxies as configured). */
    public static String client() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /**
     * A text in the user's language: from the kernel's bundle, or, for a key that starts with a
     * module's id ({@code library.…}), from that module's bundle.
     */
    public String text(String key, Object... arguments) {
        return text(language.getLocale(), key, arguments);
    }

    /**
     * A text in a given language, found as {@link #text(String, Object...)} finds it; arguments that
     * need words of that language (a wait left: "3 minutash", "3 minutes") get them. The REST API's
     * refusals ({@code ApiError.text}) are worded by this too.
     */
    public String text(Locale locale, String key, Object... arguments) {
        Object[] words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof WaitLeft wait) {
                words[i] = texts.kernel(locale, wait.messageKey(), wait.amount());
            }
        }
        String moduleId = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return registry.find(moduleId)
                .flatMap(m -> m.descriptor().messages().flatMap(bundle -> texts.find(bundle,
                        m.bean().getClass().getClassLoader(), locale, key, words)))
                .orElseGet(() -> texts.kernel(locale, key, words));
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
