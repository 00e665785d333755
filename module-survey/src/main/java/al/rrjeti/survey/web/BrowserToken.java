package al.rrjeti.survey.web;

import al.rrjeti.survey.application.Keys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The cookie that lets a browser without an account answer a survey once: a random token signed
 * with the server's secret. It names nobody; the server keeps only a keyed hash of it with the
 * survey, apart from the answers.
 */
@RequestScoped
public class BrowserToken {

    static final String COOKIE = "rrjeti_survey_browser";

    /** A year: long enough to outlast a survey, short of forever. */
    private static final int MAX_AGE = 365 * 24 * 3600;

    @Inject
    private Keys keys;

    private String issued;

    /** The browser's token, or null without a valid one. */
    public String token() {
        if (issued != null) {
            return issued;
        }
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
        String value = cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null;
        return keys.isBrowserToken(value) ? value : null;
    }

    /** Gives the browser a token unless it has a valid one. */
    public void ensureToken() {
        if (token() != null) {
            return;
        }
        issued = keys.newBrowserToken();
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.addResponseCookie(COOKIE, issued, Map.of("maxAge", MAX_AGE, "httpOnly", Boolean.TRUE,
                "path", context.getRequestContextPath() + "/survey/", "secure", context.isSecure()));
    }
}
